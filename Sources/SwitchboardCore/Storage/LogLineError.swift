/// A line of a JSON Lines log that is not a record this version can read.
///
/// ```swift
/// LogLineError(path: "conversations.jsonl", line: 41, field: "turn", reason: "expected a whole number")
///     .description  // "conversations.jsonl:41: turn: expected a whole number"
/// ```
public struct LogLineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The log's path.
    public var path: String
    /// The line's number, from 1.
    public var line: Int
    /// The field at fault, such as `time` or `intent.confidence`; `nil` when the line as a
    /// whole is (not JSON, not an object, cut short).
    public var field: String?
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(path: String, line: Int, field: String? = nil, reason: String) {
        self.path = path
        self.line = line
        self.field = field
        self.reason = reason
    }

    /// A line the file reader could not parse (not JSON, not an object, torn).
    public init(_ problem: JSONLinesProblem) {
        self.init(path: problem.path, line: problem.line, reason: problem.reason)
    }

    /// `path:line: field: reason`, on one line: control characters in the field and the
    /// reason (which may quote the line's values) are written as escapes.
    public var description: String {
        let reason = self.reason.escapingControlCharacters()
        if let field {
            return "\(self.path):\(self.line): \(field.escapingControlCharacters()): \(reason)"
        }
        return "\(self.path):\(self.line): \(reason)"
    }
}
