/// The handoff that ended a conversation, remembered so that later messages are answered
/// with where the case is rather than by starting over.
public struct OpenHandoff: Sendable, Hashable, Codable {
    /// The ticket id the user was given.
    public var ticket: String
    /// The queue's id.
    public var queue: String
    /// When a person must reply by.
    public var due: Timestamp
    /// How urgent the case is.
    public var priority: HandoffPriority
    /// The handoff state as `flow.state`, whose guidance is repeated; `nil` outside a flow.
    public var position: String?

    /// Creates a record of an open handoff.
    public init(
        ticket: String, queue: String, due: Timestamp, priority: HandoffPriority, position: String?
    ) {
        self.ticket = ticket
        self.queue = queue
        self.due = due
        self.priority = priority
        self.position = position
    }
}
