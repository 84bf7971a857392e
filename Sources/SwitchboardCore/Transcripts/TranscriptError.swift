/// A transcript file that cannot be read.
public struct TranscriptError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// The line, from 1.
    public var line: Int
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`, on one line: control characters in the message (which may quote
    /// the transcript's text) are written as escapes.
    public var description: String {
        "\(self.path):\(self.line): \(self.message.escapingControlCharacters())"
    }
}
