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
    /// What the transcript expects, as written.
    public var expected: String
    /// What the bot did, written the same way.
    public var got: String

    /// A readable report with `Expected:` and `Got:`.
    public var description: String {
        var report = "\(self.path):\(self.line): "
        report += self.turn == 0 ? "greeting" : "turn \(self.turn)"
        if let input = self.input { report += " (> \(input))" }
        report += ": \(self.what)"
        if !self.expected.isEmpty || !self.got.isEmpty {
            report += "\n  Expected: \(self.expected)\n  Got:      \(self.got)"
        }
        return report
    }
}
