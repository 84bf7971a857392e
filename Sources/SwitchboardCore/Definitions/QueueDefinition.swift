/// A team of people who take handed-off conversations.
public struct QueueDefinition: Sendable, Hashable {
    /// The queue's id.
    public var id: String
    /// The team's name as users read it.
    public var title: String
    /// Minutes within which a person must reply, per priority.
    public var slaMinutes: [HandoffPriority: Int]
    /// Where the queue is defined.
    public var origin: Origin

    /// Creates a queue.
    public init(id: String, title: String, slaMinutes: [HandoffPriority: Int], origin: Origin) {
        self.id = id
        self.title = title
        self.slaMinutes = slaMinutes
        self.origin = origin
    }
}
