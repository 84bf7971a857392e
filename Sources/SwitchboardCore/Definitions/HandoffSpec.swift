/// Where and how urgently a handoff goes, and why.
public struct HandoffSpec: Sendable, Hashable {
    /// The queue; `nil` for the bot's default queue.
    public var queue: Reference?
    /// How urgent the case is.
    public var priority: HandoffPriority
    /// Why the bot hands off.
    public var reason: HandoffReason
    /// Whether later messages are answered with this state's guidance again.
    ///
    /// While the case waits for a person, every message is answered with the state's `say`
    /// messages without handoff placeholders, then `messages.handedOff`. On by default, so a
    /// crisis line stays in front of the user; off (`"repeat": false`) for a state whose
    /// messages tell what just happened ("I couldn't find that order, so ...") and read wrong
    /// said again.
    public var repeatsGuidance: Bool

    /// Creates a handoff specification.
    public init(
        queue: Reference?, priority: HandoffPriority, reason: HandoffReason,
        repeatsGuidance: Bool = true
    ) {
        self.queue = queue
        self.priority = priority
        self.reason = reason
        self.repeatsGuidance = repeatsGuidance
    }
}
