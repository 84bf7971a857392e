/// A line of a JSON Lines file that cannot be read: not a complete JSON object, or an object
/// that has a key twice (at any depth).
///
/// Such a line is a torn tail left by a crash mid-write, garbage, or a line damaged or edited
/// by hand. Reading reports it and goes on with the next line.
public struct JSONLinesProblem: Sendable, Equatable, CustomStringConvertible {
    /// The file's path.
    public var path: String
    /// The line's number, starting at 1 (blank lines count).
    public var line: Int
    /// What is wrong with it.
    public var reason: String
    /// Whether it is the file's last line and has no newline: a write that was cut short.
    public var isTornTail: Bool

    /// Creates a problem.
    public init(path: String, line: Int, reason: String, isTornTail: Bool) {
        self.path = path
        self.line = line
        self.reason = reason
        self.isTornTail = isTornTail
    }

    /// `path:line: reason`, as compilers write a location, on one line: control characters
    /// in the reason (which may quote the line's values) are written as escapes.
    public var description: String {
        "\(self.path):\(self.line): \(self.reason.escapingControlCharacters())"
    }
}
