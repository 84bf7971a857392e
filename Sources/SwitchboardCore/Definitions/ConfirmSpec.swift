/// A `confirm` state's yes/no question: where each answer leads, how it is asked again, and
/// what happens when the user gives no yes or no.
public struct ConfirmSpec: Sendable, Hashable {
    /// The state a yes leads to.
    public var yes: Reference
    /// The state a no leads to.
    public var no: Reference
    /// The suggested replies; the first one means yes, the second no.
    public var options: [Template]
    /// Whether ``options`` are the engine's default ("Yes", "No"), not the state's own: a bot
    /// in another language shows its own words instead.
    public var hasDefaultOptions: Bool
    /// Said, instead of `messages.confirmRetry`, before the question is asked again after an
    /// answer that is neither yes nor no.
    public var retry: MessageTemplate?
    /// Answers accepted (yes, no, or neither) before ``onExhausted`` applies: the question is
    /// asked `maxAttempts` times in all, as a slot's is.
    public var maxAttempts: Int
    /// What happens when the attempts run out and ``exhausted`` names no state.
    ///
    /// `handoff` (the default, as for slots) or `cancel`. A yes/no question has no value to
    /// go on without, so the loader refuses `skip`.
    public var onExhausted: ExhaustionPolicy
    /// The state to go to when the attempts run out, instead of ``onExhausted``.
    public var exhausted: Reference?
    /// Whether an answer holding a value for the slot the yes branch asks for next counts as
    /// yes and fills that slot ("Do you have the case number?" answered "MOD-1234567").
    public var valueMeansYes: Bool
    /// Whether an answer holding a value for the slot the no branch asks for next counts as no
    /// and fills that slot ("Is your order number still TP-12345678?" answered "no, it's
    /// TP-87654321"); the slot's own value again counts as yes.
    public var valueMeansNo: Bool

    /// Attempts a yes/no question allows when its state does not say.
    public static let defaultMaxAttempts = 3

    /// Creates a yes/no question.
    public init(
        yes: Reference, no: Reference, options: [Template], retry: MessageTemplate? = nil,
        maxAttempts: Int = ConfirmSpec.defaultMaxAttempts, onExhausted: ExhaustionPolicy = .handoff,
        exhausted: Reference? = nil, valueMeansYes: Bool = true, valueMeansNo: Bool = true,
        hasDefaultOptions: Bool = false
    ) {
        self.yes = yes
        self.no = no
        self.options = options
        self.hasDefaultOptions = hasDefaultOptions
        self.retry = retry
        self.maxAttempts = maxAttempts
        self.onExhausted = onExhausted
        self.exhausted = exhausted
        self.valueMeansYes = valueMeansYes
        self.valueMeansNo = valueMeansNo
    }
}
