/// What happens when a slot's attempts run out.
public enum ExhaustionPolicy: String, Sendable, Hashable, CaseIterable {
    /// Hand the conversation to a person (reason `slot_attempts_exhausted`).
    case handoff
    /// Go on without the value.
    case skip
    /// Abandon the flow.
    case cancel
}
