/// A handoff recorded in a turn: `{"ticket", "queue", "priority", "reason", "due"}`.
///
/// The record is already durable in the handoff log when the line carrying this is written.
public struct BridgeHandoff: Sendable, Hashable {
    /// The ticket id the user was given, such as `TKT-7Q2M9XKD`.
    public var ticket: String
    /// The queue's id.
    public var queue: String
    /// `urgent`, `high`, `normal` or `low`.
    public var priority: String
    /// The reason code, such as `user_request` or `safety`.
    public var reason: String
    /// When a person must reply by, ISO 8601 in UTC.
    public var due: String

    /// Creates a handoff.
    public init(ticket: String, queue: String, priority: String, reason: String, due: String) {
        self.ticket = ticket
        self.queue = queue
        self.priority = priority
        self.reason = reason
        self.due = due
    }
}
