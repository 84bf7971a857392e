/// A lifecycle event of a handed-off case, appended to the handoff log as its own line.
///
/// An event names the ticket, not the user: erasing a user drops the events of their tickets.
/// The agent and note are masked (emails, phone numbers, cards, IBANs) before the event
/// exists, like everything else the engine writes.
///
/// ```json
/// {"event":"accepted","ticket":"TKT-7Q2M9XKD","time":"2026-11-27T10:05:00Z","agent":"ana"}
/// {"event":"resolved","ticket":"TKT-7Q2M9XKD","time":"2026-11-27T11:40:00Z","agent":"ana","note":"refund sent"}
/// ```
public struct HandoffEvent: Sendable, Hashable {
    /// What happened.
    public var kind: HandoffEventKind
    /// The ticket it happened to.
    public var ticket: String
    /// When.
    public var time: Timestamp
    /// Who did it (a staff handle), masked.
    public var agent: String?
    /// A short note, masked.
    public var note: String?

    /// Creates an event, masking the agent and note with `masker`.
    public init(
        _ kind: HandoffEventKind, ticket: String, time: Timestamp, agent: String? = nil,
        note: String? = nil, masker: PIIMasker = PIIMasker()
    ) {
        self.kind = kind
        self.ticket = ticket
        self.time = time
        self.agent = agent.map(masker.mask)
        self.note = note.map(masker.mask)
    }

    /// The event as one compact JSON object, keys in a fixed order.
    public func jsonLine() -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("event")
        writer.string(self.kind.rawValue)
        writer.key("ticket")
        writer.string(self.ticket)
        writer.key("time")
        writer.string(self.time.isoString)
        if let agent = self.agent {
            writer.key("agent")
            writer.string(agent)
        }
        if let note = self.note {
            writer.key("note")
            writer.string(note)
        }
        writer.endObject()
        return writer.text
    }

    /// Reads an event back from a log line; `nil` when the line is not a lifecycle event.
    ///
    /// - Throws: ``LogFieldError`` naming the first missing or invalid field, when the line
    ///   says it is an event but is not a whole one.
    init?(line: JSONLine) throws(LogFieldError) {
        guard let name = line.string("event"), let kind = HandoffEventKind(rawValue: name) else {
            return nil
        }
        let fields = LogFields(line)
        let ticket = try fields.nonEmptyString("ticket")
        let time = try fields.time("time")
        // Already masked when written; read back as stored. One of the wrong type (`"agent":5`)
        // makes the line unreadable, as any other field does: dropped without a word, it
        // would leave an event that says nobody did it.
        let agent = try fields.optionalString("agent")
        let note = try fields.optionalString("note")
        self.kind = kind
        self.ticket = ticket
        self.time = time
        self.agent = agent
        self.note = note
    }
}
