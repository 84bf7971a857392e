/// A team of people who take handed-off conversations.
public struct QueueDefinition: Sendable, Hashable {
    /// The queue's id.
    public var id: String
    /// The team's name as users read it.
    public var title: String
    /// Minutes within which a person must reply, per priority.
    public var slaMinutes: [HandoffPriority: Int]
    /// When the team works, or `nil` for around the clock.
    ///
    /// SLA minutes count only working time.
    public var businessHours: BusinessHours?
    /// Where the queue is defined.
    public var origin: Origin

    /// Creates a queue.
    public init(
        id: String, title: String, slaMinutes: [HandoffPriority: Int],
        businessHours: BusinessHours? = nil, origin: Origin
    ) {
        self.id = id
        self.title = title
        self.slaMinutes = slaMinutes
        self.businessHours = businessHours
        self.origin = origin
    }

    /// When a case of `priority` handed off at `time` is due: the SLA minutes later, counting
    /// only business hours when the queue has them (a day when the priority has no SLA).
    public func due(for priority: HandoffPriority, handedOffAt time: Timestamp) -> Timestamp {
        let minutes = self.slaMinutes[priority] ?? 24 * 60
        guard let hours = self.businessHours else { return time.adding(minutes: minutes) }
        return hours.adding(minutes: minutes, to: time)
    }
}
