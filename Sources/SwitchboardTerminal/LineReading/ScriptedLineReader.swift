/// Hands out lines from a list, for tests.
public struct ScriptedLineReader: LineReader {
    private var lines: [String]
    /// The prompts asked for, in order.
    public private(set) var prompts: [String] = []

    /// Creates a reader that returns `lines` in order, then `nil`.
    public init(_ lines: [String]) {
        self.lines = lines
    }

    /// The next scripted line.
    public mutating func readLine(prompt: String) -> String? {
        self.prompts.append(prompt)
        guard !self.lines.isEmpty else { return nil }
        return self.lines.removeFirst()
    }
}
