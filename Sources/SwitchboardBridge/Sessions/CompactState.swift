import SwitchboardCore

/// A session's state as the store keeps it between requests: one byte array per session.
///
/// A ``ConversationState`` in memory is a tree of arrays, dictionaries and strings, each its
/// own allocation; its history alone holds up to 40 lines, most of them the bot's own words,
/// identical across sessions. Packed, the state is a single allocation, and identifiers and
/// the bot's lines are ``StringPool`` ids, so an idle session costs a few hundred bytes.
/// Packing and unpacking cost a few microseconds per turn.
struct CompactState {
    /// The session id (also the store's key, sharing its storage).
    let session: String
    private let bytes: [UInt8]

    /// Packs a state, interning identifiers and bot lines in `pool`.
    init(_ state: ConversationState, pool: inout StringPool) {
        var writer = CompactStateWriter()
        writer.optional(state.user, &pool)
        Self.write(state.context, &writer, &pool)
        Self.write(state.slots, &writer, &pool)
        writer.int(state.stack.count)
        for frame in state.stack {
            writer.pooled(frame.flow, &pool)
            writer.pooled(frame.state, &pool)
            writer.int(frame.attempts)
            writer.optional(frame.returnTo, pooled: true, &pool)
            writer.bool(frame.isDigression)
            writer.int(frame.answered.count)
            for question in frame.answered {
                writer.pooled(question.state, &pool)
                writer.optional(question.slot, pooled: true, &pool)
            }
        }
        switch state.pending {
        case nil:
            writer.int(0)
        case .offerHuman:
            writer.int(1)
        case .choice(let intents):
            writer.int(2)
            writer.int(intents.count)
            for intent in intents { writer.pooled(intent, &pool) }
        case .csat:
            writer.int(3)
        case .articleFeedback(let article, let next):
            writer.int(4)
            writer.pooled(article, &pool)
            writer.optional(next, pooled: true, &pool)
        }
        writer.int(state.consecutiveFallbacks)
        writer.int(state.variantUses.count)
        for (key, uses) in state.variantUses {
            writer.pooled(key, &pool)
            writer.int(uses)
        }
        writer.int(state.articlesTried.count)
        for article in state.articlesTried { writer.pooled(article, &pool) }
        writer.optional(state.lastIntent, pooled: true, &pool)
        writer.int(state.turn)
        writer.bool(state.isEnded)
        if let handoff = state.handoff {
            writer.bool(true)
            writer.string(handoff.ticket)
            writer.pooled(handoff.queue, &pool)
            writer.int64(handoff.due.millisecondsSince1970)
            writer.pooled(handoff.priority.rawValue, &pool)
            writer.optional(handoff.position, pooled: true, &pool)
        } else {
            writer.bool(false)
        }
        writer.int(state.history.count)
        for entry in state.history {
            writer.int((entry.speaker == .bot ? 1 : 0) | (entry.isSensitive ? 2 : 0))
            // The bot's lines repeat across sessions; the user's rarely do.
            if entry.speaker == .bot {
                writer.pooled(entry.text, &pool)
            } else {
                writer.string(entry.text)
            }
        }
        if let action = state.pendingAction {
            writer.bool(true)
            writer.string(action.call)
            writer.pooled(action.name, &pool)
            writer.int64(action.deadline.millisecondsSince1970)
        } else {
            writer.bool(false)
        }
        self.session = state.session
        // A copy of exactly the bytes written: the writer's spare capacity is not kept.
        let written = writer.bytes
        self.bytes = [UInt8](unsafeUninitializedCapacity: written.count) { buffer, count in
            _ = buffer.initialize(from: written)
            count = written.count
        }
    }

    /// The packed size in bytes.
    var byteCount: Int { self.bytes.count }

    /// The state again, or `nil` if the bytes are not a state this type packed with `pool`.
    func expanded(pool: StringPool) -> ConversationState? {
        var reader = CompactStateReader(self.bytes, pool: pool)
        guard let user = reader.optionalString(), let context = Self.values(&reader),
            let slots = Self.values(&reader), let frames = reader.count()
        else { return nil }
        var state = ConversationState(session: self.session, user: user, context: context)
        state.slots = slots
        for _ in 0..<frames {
            guard let flow = reader.string(), let position = reader.string(),
                let attempts = reader.int(), let returnTo = reader.optionalString(),
                let isDigression = reader.bool()
            else { return nil }
            var frame = FlowFrame(
                flow: flow, state: position, returnTo: returnTo, isDigression: isDigression)
            frame.attempts = attempts
            guard let answered = reader.count() else { return nil }
            for _ in 0..<answered {
                guard let question = reader.string(), let slot = reader.optionalString() else {
                    return nil
                }
                frame.answered.append(AnsweredQuestion(state: question, slot: slot))
            }
            state.stack.append(frame)
        }
        switch reader.int() {
        case 0:
            state.pending = nil
        case 1:
            state.pending = .offerHuman
        case 2:
            guard let count = reader.count() else { return nil }
            var intents: [String] = []
            for _ in 0..<count {
                guard let intent = reader.string() else { return nil }
                intents.append(intent)
            }
            state.pending = .choice(intents)
        case 3:
            state.pending = .csat
        case 4:
            guard let article = reader.string(), let next = reader.optionalString() else {
                return nil
            }
            state.pending = .articleFeedback(article: article, next: next)
        default:
            return nil
        }
        guard let fallbacks = reader.int(), let variantCount = reader.count() else { return nil }
        state.consecutiveFallbacks = fallbacks
        state.variantUses.reserveCapacity(variantCount)
        for _ in 0..<variantCount {
            guard let key = reader.string(), let uses = reader.int() else { return nil }
            state.variantUses[key] = uses
        }
        guard let articleCount = reader.count() else { return nil }
        for _ in 0..<articleCount {
            guard let article = reader.string() else { return nil }
            state.articlesTried.append(article)
        }
        guard let lastIntent = reader.optionalString(), let turn = reader.int(),
            let isEnded = reader.bool(), let hasHandoff = reader.bool()
        else { return nil }
        state.lastIntent = lastIntent
        state.turn = turn
        state.isEnded = isEnded
        if hasHandoff {
            guard let ticket = reader.string(), let queue = reader.string(),
                let due = reader.int64(),
                let priority = reader.string().flatMap(HandoffPriority.init(rawValue:)),
                let position = reader.optionalString()
            else { return nil }
            state.handoff = OpenHandoff(
                ticket: ticket, queue: queue, due: Timestamp(millisecondsSince1970: due),
                priority: priority, position: position)
        }
        guard let lines = reader.count() else { return nil }
        state.history.reserveCapacity(lines)
        for _ in 0..<lines {
            guard let flags = reader.int(), let text = reader.string() else { return nil }
            state.history.append(
                HistoryEntry(
                    speaker: flags & 1 == 1 ? .bot : .user, text: text, isSensitive: flags & 2 == 2)
            )
        }
        guard let hasAction = reader.bool() else { return nil }
        if hasAction {
            guard let call = reader.string(), let name = reader.string(),
                let deadline = reader.int64()
            else { return nil }
            state.pendingAction = PendingAction(
                call: call, name: name, deadline: Timestamp(millisecondsSince1970: deadline))
        }
        return reader.isAtEnd ? state : nil
    }

    private static func write(
        _ values: [String: SlotValue], _ writer: inout CompactStateWriter, _ pool: inout StringPool
    ) {
        writer.int(values.count)
        for (key, value) in values {
            writer.pooled(key, &pool)
            switch value {
            case .text(let text):
                writer.int(0)
                writer.string(text)
            case .number(let number):
                writer.int(1)
                writer.double(number)
            case .money(let money):
                writer.int(2)
                writer.int64(money.minorUnits)
                writer.pooled(money.currency, &pool)
            case .date(let date):
                writer.int(3)
                writer.int(date.daysSinceEpoch)
            case .bool(let flag):
                writer.int(4)
                writer.bool(flag)
            }
        }
    }

    private static func values(_ reader: inout CompactStateReader) -> [String: SlotValue]? {
        guard let count = reader.count() else { return nil }
        var values: [String: SlotValue] = Dictionary(minimumCapacity: count)
        for _ in 0..<count {
            guard let key = reader.string(), let kind = reader.int() else { return nil }
            switch kind {
            case 0:
                guard let text = reader.string() else { return nil }
                values[key] = .text(text)
            case 1:
                guard let number = reader.double() else { return nil }
                values[key] = .number(number)
            case 2:
                guard let units = reader.int64(), let currency = reader.string() else { return nil }
                values[key] = .money(Money(minorUnits: units, currency: currency))
            case 3:
                guard let days = reader.int() else { return nil }
                values[key] = .date(CalendarDate(daysSinceEpoch: days))
            case 4:
                guard let flag = reader.bool() else { return nil }
                values[key] = .bool(flag)
            default:
                return nil
            }
        }
        return values
    }
}
