/// The record of one conversation handed to a person: the contract with the human team.
///
/// Everything in a record is already masked: personal data in the transcript and slots is
/// replaced (`[email]`, `[phone]`, `[card]`, `[iban]`, `[redacted]`) before the record exists,
/// so no store can write it unmasked.
public struct HandoffRecord: Sendable, Hashable {
    /// The ticket id the user is given, such as `TKT-7Q2M9XKD`.
    public var ticket: String
    /// When the handoff was made.
    public var time: Timestamp
    /// The conversation's session id.
    public var session: String
    /// The user's id, when the frontend gave one.
    public var user: String?
    /// The bot's folder name.
    public var bot: String
    /// The content hash of the bot's definitions.
    public var botHash: String
    /// The queue's id.
    public var queue: String
    /// How urgent the case is.
    public var priority: HandoffPriority
    /// Why the bot handed off.
    public var reason: HandoffReason
    /// When a person must reply by, from the queue's SLA.
    public var due: Timestamp
    /// The intent in play, if any.
    public var intent: String?
    /// The flow in progress, if any.
    public var flow: String?
    /// The state in progress, if any.
    public var state: String?
    /// When the handoff came from a digression: the `flow.state` the user had been in before.
    public var interrupted: String?
    /// The procedure's owner and version, when a flow handed off.
    public var sop: SOPMetadata?
    /// Slot values as people read them, masked, sorted by slot id.
    public var slots: [String: String]
    /// What the frontend said about the user (its `context` values, such as a plan), as text,
    /// masked like the slots, sorted by key.
    public var context: [String: String]
    /// Knowledge-base articles the bot already offered.
    public var articles: [String]
    /// The conversation so far, masked.
    public var transcript: [HistoryEntry]

    /// Creates a record.
    public init(
        ticket: String, time: Timestamp, session: String, user: String?, bot: String,
        botHash: String,
        queue: String, priority: HandoffPriority, reason: HandoffReason, due: Timestamp,
        intent: String?,
        flow: String?, state: String?, interrupted: String? = nil, sop: SOPMetadata?,
        slots: [String: String],
        context: [String: String] = [:],
        articles: [String],
        transcript: [HistoryEntry]
    ) {
        self.ticket = ticket
        self.time = time
        self.session = session
        self.user = user
        self.bot = bot
        self.botHash = botHash
        self.queue = queue
        self.priority = priority
        self.reason = reason
        self.due = due
        self.intent = intent
        self.flow = flow
        self.state = state
        self.interrupted = interrupted
        self.sop = sop
        self.slots = slots
        self.context = context
        self.articles = articles
        self.transcript = transcript
    }

    /// The record as one compact JSON object, keys in a fixed order, for the JSON Lines log.
    public func jsonLine() -> String {
        var writer = JSONWriter()
        self.write(to: &writer)
        return writer.text
    }

    /// Writes the record as a JSON object.
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("event")
        writer.string("handoff")
        writer.key("ticket")
        writer.string(self.ticket)
        writer.key("time")
        writer.string(self.time.isoString)
        writer.key("session")
        writer.string(self.session)
        writer.key("user")
        if let user = self.user { writer.string(user) } else { writer.null() }
        writer.key("bot")
        writer.string(self.bot)
        writer.key("botHash")
        writer.string(self.botHash)
        writer.key("queue")
        writer.string(self.queue)
        writer.key("priority")
        writer.string(self.priority.rawValue)
        writer.key("reason")
        writer.string(self.reason.rawValue)
        writer.key("due")
        writer.string(self.due.isoString)
        for (key, value) in [
            ("intent", self.intent), ("flow", self.flow), ("state", self.state),
            ("interrupted", self.interrupted),
        ] {
            writer.key(key)
            if let value { writer.string(value) } else { writer.null() }
        }
        writer.key("sop")
        if let sop = self.sop {
            writer.beginObject()
            for (key, value) in [
                ("owner", sop.owner), ("policy", sop.policy), ("version", sop.version),
                ("reviewed", sop.reviewed),
            ] {
                if let value {
                    writer.key(key)
                    writer.string(value)
                }
            }
            writer.endObject()
        } else {
            writer.null()
        }
        for (name, values) in [("slots", self.slots), ("context", self.context)] {
            writer.key(name)
            writer.beginObject()
            for key in values.keys.sorted() {
                writer.key(key)
                writer.string(values[key] ?? "")
            }
            writer.endObject()
        }
        writer.key("articles")
        writer.beginArray()
        for article in self.articles { writer.string(article) }
        writer.endArray()
        writer.key("transcript")
        writer.beginArray()
        for entry in self.transcript {
            writer.beginObject()
            writer.key(entry.speaker.rawValue)
            writer.string(entry.text)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    /// Reads a record back from a parsed log line; `nil` when the line is not a whole handoff
    /// record.
    public init?(json node: JSONNode) {
        do throws(LogFieldError) {
            self = try Self(fields: try LogFields(node))
        } catch {
            return nil
        }
    }

    /// Reads a record back from a log line's fields.
    ///
    /// The fields a record cannot do without (`ticket`, `time`, `session`, `queue`, `priority`,
    /// `reason`, `due`) must be there and valid (`ticket` and `queue` not empty: the engine
    /// never writes them so), and are checked in that order; the others are read as far as
    /// they are.
    ///
    /// - Throws: ``LogFieldError`` naming the first required field that is missing or invalid
    ///   (`event` when the line is not a handoff record).
    public init(fields: LogFields) throws(LogFieldError) {
        let event = try fields.string("event")
        guard event == "handoff" else {
            throw LogFieldError(
                field: fields.name("event"), reason: "expected \"handoff\", found \"\(event)\"")
        }
        let ticket = try fields.nonEmptyString("ticket")
        let time = try fields.time("time")
        let session = try fields.string("session")
        let queue = try fields.nonEmptyString("queue")
        let priority = try fields.choice("priority", as: HandoffPriority.self)
        let reason = try fields.choice("reason", as: HandoffReason.self)
        let due = try fields.time("due")
        let object = fields.object
        func texts(_ key: String) -> [String: String] {
            var texts: [String: String] = [:]
            if case .object(let members)? = object[key]?.value {
                for member in members.members {
                    if let value = member.value.value.stringValue { texts[member.key] = value }
                }
            }
            return texts
        }
        var transcript: [HistoryEntry] = []
        for line in object["transcript"]?.value.arrayValue ?? [] {
            guard case .object(let entry) = line.value, let member = entry.members.first,
                let speaker = HistoryEntry.Speaker(rawValue: member.key),
                let text = member.value.value.stringValue
            else { continue }
            transcript.append(HistoryEntry(speaker: speaker, text: text))
        }
        var sop: SOPMetadata?
        if case .object(let sopObject)? = object["sop"]?.value {
            sop = SOPMetadata(
                owner: sopObject["owner"]?.value.stringValue,
                policy: sopObject["policy"]?.value.stringValue,
                version: sopObject["version"]?.value.stringValue,
                reviewed: sopObject["reviewed"]?.value.stringValue)
        }
        self.init(
            ticket: ticket, time: time, session: session, user: object["user"]?.value.stringValue,
            bot: object["bot"]?.value.stringValue ?? "",
            botHash: object["botHash"]?.value.stringValue ?? "",
            queue: queue, priority: priority, reason: reason, due: due,
            intent: object["intent"]?.value.stringValue, flow: object["flow"]?.value.stringValue,
            state: object["state"]?.value.stringValue,
            interrupted: object["interrupted"]?.value.stringValue, sop: sop,
            slots: texts("slots"), context: texts("context"),
            articles: (object["articles"]?.value.arrayValue ?? []).compactMap {
                $0.value.stringValue
            },
            transcript: transcript)
    }
}
