/// A named piece of information that flows collect from the user.
public struct SlotDefinition: Sendable, Hashable {
    /// The slot's id.
    public var id: String
    /// How the slot is named in summaries.
    public var title: String
    /// The entity that finds the slot's value.
    public var entity: Reference
    /// The question, per attempt; the last one repeats.
    public var prompts: [MessageTemplate]
    /// Said before the next prompt when an answer holds no value.
    public var invalid: MessageTemplate?
    /// Checks the value must pass.
    public var validation: SlotValidation?
    /// Answers accepted before ``onExhausted`` applies.
    public var maxAttempts: Int
    /// What happens when the attempts run out.
    public var onExhausted: ExhaustionPolicy
    /// Whether the value is masked everywhere it is written or echoed.
    public var isSensitive: Bool
    /// Where the slot is defined.
    public var origin: Origin

    /// Creates a slot.
    public init(
        id: String, title: String, entity: Reference, prompts: [MessageTemplate],
        invalid: MessageTemplate? = nil, validation: SlotValidation? = nil, maxAttempts: Int = 3,
        onExhausted: ExhaustionPolicy = .handoff, isSensitive: Bool = false, origin: Origin
    ) {
        self.id = id
        self.title = title
        self.entity = entity
        self.prompts = prompts
        self.invalid = invalid
        self.validation = validation
        self.maxAttempts = maxAttempts
        self.onExhausted = onExhausted
        self.isSensitive = isSensitive
        self.origin = origin
    }

    /// The prompt for an attempt, counting from 0.
    public func prompt(forAttempt attempt: Int) -> MessageTemplate? {
        guard let last = self.prompts.last else { return nil }
        return attempt < self.prompts.count ? self.prompts[max(0, attempt)] : last
    }
}
