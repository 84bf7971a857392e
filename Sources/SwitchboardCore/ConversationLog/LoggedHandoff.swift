/// The handoff part of a conversation log line: enough to count handoffs by reason and to
/// find the full record in the handoff log by its ticket.
public struct LoggedHandoff: Sendable, Hashable {
    /// The ticket id the user was given.
    public var ticket: String
    /// The reason code, such as `user_request` (text, so codes added later still read).
    public var reason: String
    /// The queue's id.
    public var queue: String
    /// The priority, such as `normal`.
    public var priority: String
    /// When a person must reply by.
    public var due: Timestamp

    /// Creates the handoff part of a log line.
    public init(ticket: String, reason: String, queue: String, priority: String, due: Timestamp) {
        self.ticket = ticket
        self.reason = reason
        self.queue = queue
        self.priority = priority
        self.due = due
    }

    /// The logged part of a handoff record.
    public init(_ record: HandoffRecord) {
        self.init(
            ticket: record.ticket, reason: record.reason.rawValue, queue: record.queue,
            priority: record.priority.rawValue, due: record.due)
    }
}
