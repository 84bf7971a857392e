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
