/// A source of lines typed by a person or fed by a script.
public protocol LineReader {
    /// The next line, without its newline; `nil` at the end of input.
    mutating func readLine(prompt: String) -> String?
}

/// Reads lines from standard input with the standard library, for pipes and files.
///
/// Prompts are not printed: scripted sessions (`switchboard chat < script.txt`) produce only
/// the bot's side of the conversation.
public struct PlainLineReader: LineReader {
    /// Creates a reader on standard input.
    public init() {}

    /// The next line of standard input.
    public mutating func readLine(prompt: String) -> String? {
        Swift.readLine(strippingNewline: true)
    }
}

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
