/// Where a replay first differed from its transcript.
public struct TranscriptFailure: Sendable, Hashable, CustomStringConvertible {
    /// The transcript file.
    public var path: String
    /// The line of the expectation (or of the turn).
    public var line: Int
    /// The turn, from 1 (0 for the greeting or setup).
    public var turn: Int
    /// The user's message in that turn.
    public var input: String?
    /// What differed: `message 2`, `assertion`, or a setup problem.
    public var what: String
    /// What the transcript expects, as written (a message's options on a line of their own).
    public var expected: String
    /// What the bot did, written the same way.
    public var got: String
    /// Whether the transcript names something the bot does not have (a `given` slot or state,
    /// a `slot NAME:` assertion), rather than the bot doing something else; reported as
    /// `path:line: message`.
    public var isSetup = false

    /// A readable report with `Expected:` and `Got:`.
    ///
    /// Control characters in the transcript's and the bot's text are written as escapes, so
    /// that each part stays on its line and none reaches the terminal as an escape sequence;
    /// only the line breaks of the report's own layout remain.
    public var description: String {
        if self.isSetup {
            return "\(self.path):\(self.line): \(self.what)".escapingControlCharacters()
        }
        var report = "\(self.path):\(self.line): "
        report += self.turn == 0 ? "greeting" : "turn \(self.turn)"
        if let input = self.input { report += " (> \(input))" }
        report += ": \(self.what)"
        report = report.escapingControlCharacters()
        if !self.expected.isEmpty || !self.got.isEmpty {
            report +=
                "\n  Expected: \(Self.escapingByLine(self.expected))"
                + "\n  Got:      \(Self.escapingByLine(self.got))"
        }
        return report
    }

    /// The text with the control characters of each of its lines written as escapes.
    private static func escapingByLine(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.escapingControlCharacters() }.joined(separator: "\n")
    }
}
