/// The handoff a conversation is waiting on, in a `state` response:
/// `{"ticket", "queue", "priority", "due"}`.
public struct BridgeOpenHandoff: Sendable, Hashable {
    /// The ticket id the user was given.
    public var ticket: String
    /// The queue's id.
    public var queue: String
    /// `urgent`, `high`, `normal` or `low`.
    public var priority: String
    /// When a person must reply by, ISO 8601 in UTC.
    public var due: String

    /// Creates an open handoff.
    public init(ticket: String, queue: String, priority: String, due: String) {
        self.ticket = ticket
        self.queue = queue
        self.priority = priority
        self.due = due
    }
}
