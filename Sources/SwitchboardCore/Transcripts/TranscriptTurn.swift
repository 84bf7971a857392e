/// One user message and what must follow it.
public struct TranscriptTurn: Sendable, Hashable {
    /// What the user says.
    public var input: String
    /// The line of the `>` in the file.
    public var line: Int
    /// The bot's messages, in order; all of them.
    public var expected: [ExpectedMessage]
    /// Further checks on the turn.
    public var assertions: [TranscriptAssertion]
    /// The line of each assertion in the file (0 when not read from a file).
    public var assertionLines: [Int]
    /// Canned action results for this turn only (`mock NAME: {...}`), tried first.
    public var mocks = ActionMocks()

    /// Creates a turn.
    public init(
        input: String, line: Int = 0, expected: [ExpectedMessage] = [],
        assertions: [TranscriptAssertion] = [], assertionLines: [Int] = []
    ) {
        self.input = input
        self.line = line
        self.expected = expected
        self.assertions = assertions
        self.assertionLines =
            assertionLines.count == assertions.count ? assertionLines : assertions.map { _ in 0 }
    }
}
