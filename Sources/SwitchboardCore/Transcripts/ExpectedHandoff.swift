/// The queue and reason a transcript expects of a handoff.
public struct ExpectedHandoff: Sendable, Hashable {
    /// The queue's id.
    public var queue: String
    /// The reason code.
    public var reason: String

    /// Creates an expected handoff.
    public init(queue: String, reason: String) {
        self.queue = queue
        self.reason = reason
    }
}
