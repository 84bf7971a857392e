extension ConversationEvent {
    /// The event as one compact JSON object, keys in a fixed order, for the JSON Lines log.
    ///
    /// Every line starts `{"event","time","session","user","bot"`; the rest depends on the
    /// kind (see docs/operations.md).
    public func jsonLine() -> String {
        var writer = JSONWriter()
        self.write(to: &writer)
        return writer.text
    }

    /// Writes the event as a JSON object.
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("event")
        writer.string(self.kind.name)
        writer.key("time")
        writer.string(self.time.isoString)
        writer.key("session")
        writer.string(self.session)
        writer.key("user")
        if let user = self.user { writer.string(user) } else { writer.null() }
        writer.key("bot")
        writer.string(self.bot)
        switch self.kind {
        case .started(let botHash):
            writer.key("botHash")
            writer.string(botHash)
        case .turn(let turn):
            Self.write(turn, to: &writer)
        case .handoff(let handoff):
            writer.key("ticket")
            writer.string(handoff.ticket)
            writer.key("reason")
            writer.string(handoff.reason)
            writer.key("queue")
            writer.string(handoff.queue)
            writer.key("priority")
            writer.string(handoff.priority)
            writer.key("due")
            writer.string(handoff.due.isoString)
        case .ended(let reason, let contained, let turns):
            writer.key("reason")
            writer.string(reason.rawValue)
            writer.key("contained")
            writer.bool(contained)
            writer.key("turns")
            writer.number(turns)
        case .csat(let score):
            writer.key("score")
            writer.number(score)
        case .csatAsked:
            break
        }
        writer.endObject()
    }

    private static func write(_ turn: LoggedTurn, to writer: inout JSONWriter) {
        writer.key("turn")
        writer.number(turn.number)
        writer.key("text")
        writer.string(turn.text)
        writer.key("intent")
        if let intent = turn.intent {
            writer.beginObject()
            writer.key("name")
            writer.string(intent.name)
            writer.key("confidence")
            Self.writeConfidence(intent.confidence, to: &writer)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("match")
        if let match = turn.match { writer.string(match.rawValue) } else { writer.null() }
        writer.key("stage")
        writer.string(turn.stage.rawValue)
        writer.key("article")
        if let article = turn.article { writer.string(article) } else { writer.null() }
        writer.key("fallback")
        writer.bool(turn.isFallback)
        writer.key("stateBefore")
        writer.string(turn.stateBefore)
        writer.key("state")
        writer.string(turn.state)
        // Only on the turns it marks: every other line stays as older Switchboard wrote it.
        if let csat = turn.csat {
            writer.key("csat")
            writer.string(csat.rawValue)
        }
    }

    /// A confidence rounded to four decimals, as the bridge writes it: stable across runs.
    private static func writeConfidence(_ value: Double, to writer: inout JSONWriter) {
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            writer.number(Int(rounded))
        } else {
            writer.number(rounded)
        }
    }

    /// Reads an event back from a parsed log line.
    ///
    /// - Throws: ``LogFieldError`` naming the first field that is missing or wrong.
    public init(json node: JSONNode) throws(LogFieldError) {
        let fields = try LogFields(node)
        let name = try fields.string("event")
        let time = try fields.time("time")
        let session = try fields.string("session")
        let user = try fields.optionalString("user")
        let bot = try fields.string("bot")
        let kind: Kind
        switch name {
        case "started":
            kind = .started(botHash: try fields.optionalString("botHash") ?? "")
        case "turn":
            kind = .turn(try Self.turn(fields))
        case "handoff":
            kind = .handoff(
                LoggedHandoff(
                    ticket: try fields.string("ticket"), reason: try fields.string("reason"),
                    queue: try fields.string("queue"), priority: try fields.string("priority"),
                    due: try fields.time("due")))
        case "ended":
            kind = .ended(
                reason: try fields.choice("reason", as: ConversationEndReason.self),
                contained: try fields.bool("contained"), turns: try fields.integer("turns"))
        case "csat":
            let score = try fields.integer("score")
            guard (1...5).contains(score) else {
                throw LogFieldError(field: "score", reason: "expected 1 to 5, found \(score)")
            }
            kind = .csat(score: score)
        case "csat_asked":
            kind = .csatAsked
        default:
            throw LogFieldError(
                field: "event",
                reason: "\"\(name)\" is not one of \"started\", \"turn\", \"handoff\", \"ended\", "
                    + "\"csat\", \"csat_asked\"")
        }
        self.init(time: time, session: session, user: user, bot: bot, kind: kind)
    }

    private static func turn(_ fields: LogFields) throws(LogFieldError) -> LoggedTurn {
        var intent: RecognizedIntent?
        if let object = try fields.optionalObject("intent") {
            intent = RecognizedIntent(
                name: try object.string("name"), confidence: try object.number("confidence"))
        }
        let match: LoggedTurn.Match? =
            fields.has("match") ? try fields.choice("match", as: LoggedTurn.Match.self) : nil
        return LoggedTurn(
            number: try fields.integer("turn"), text: try fields.string("text"), intent: intent,
            match: match, stage: try fields.choice("stage", as: TurnExplanation.Stage.self),
            article: try fields.optionalString("article"),
            stateBefore: try fields.string("stateBefore"), state: try fields.string("state"),
            csat: fields.has("csat") ? try fields.choice("csat", as: CSATMark.self) : nil)
    }
}
