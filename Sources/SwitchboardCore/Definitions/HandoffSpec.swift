/// Where and how urgently a handoff goes, and why.
public struct HandoffSpec: Sendable, Hashable {
    /// The queue; `nil` for the bot's default queue.
    public var queue: Reference?
    /// How urgent the case is.
    public var priority: HandoffPriority
    /// Why the bot hands off.
    public var reason: HandoffReason

    /// Creates a handoff specification.
    public init(queue: Reference?, priority: HandoffPriority, reason: HandoffReason) {
        self.queue = queue
        self.priority = priority
        self.reason = reason
    }
}
