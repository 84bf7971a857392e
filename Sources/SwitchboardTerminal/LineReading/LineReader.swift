/// A source of lines typed by a person or fed by a script.
public protocol LineReader {
    /// The next line, without its newline; `nil` at the end of input.
    mutating func readLine(prompt: String) -> String?

    /// Keeps `line` in the reader's history, for recalling it later (and in a history file,
    /// for readers that keep one). Readers without a history ignore it.
    ///
    /// The REPL passes lines here masked, as they may be written to a file: the reader keeps
    /// nothing it was not given.
    mutating func remember(_ line: String)
}

extension LineReader {
    /// Keeps nothing: a reader without a history.
    public mutating func remember(_ line: String) {}
}
