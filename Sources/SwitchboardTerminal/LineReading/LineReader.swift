/// A source of lines typed by a person or fed by a script.
public protocol LineReader {
    /// The next line, without its newline; `nil` at the end of input.
    mutating func readLine(prompt: String) -> String?
}
