/// Collects what a turn does while the machine works through it.
struct TurnRecorder {
    /// The time of the turn.
    let now: Timestamp
    /// Random bits for ids made in this turn.
    let entropy: UInt64
    /// The user's message (empty for the greeting).
    let input: String
    /// The actions so far.
    var actions: [DialogueAction] = []
    /// The explanation so far.
    var explanation = TurnExplanation()

    init(now: Timestamp, entropy: UInt64, input: String) {
        self.now = now
        self.entropy = entropy
        self.input = input
    }

    /// Adds a line to the step-by-step explanation.
    mutating func step(_ text: String) {
        self.explanation.steps.append(text)
    }

    /// The finished turn.
    func finish() -> Turn {
        Turn(actions: self.actions, explanation: self.explanation)
    }
}

/// Values for the engine's own placeholders in one message.
struct RenderValues {
    var ticket: String?
    var queue: String?
    var due: String?
    var priority: String?
    var flow: String?
    var title: String?
    var summary: String?
    var url: String?
}
