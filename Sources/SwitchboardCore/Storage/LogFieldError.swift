/// A field of a log line that is missing or has the wrong type: what a line parser throws
/// before the reader adds the file and line (see ``LogLineError``).
public struct LogFieldError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The field, such as `time` or `intent.confidence`; `nil` for the line as a whole.
    public var field: String?
    /// What is wrong, such as `missing` or `expected a string`.
    public var reason: String

    /// Creates an error.
    public init(field: String?, reason: String) {
        self.field = field
        self.reason = reason
    }

    /// `field: reason`.
    public var description: String {
        self.field.map { "\($0): \(self.reason)" } ?? self.reason
    }

    /// The error at a place in a file.
    public func at(path: String, line: Int) -> LogLineError {
        LogLineError(path: path, line: line, field: self.field, reason: self.reason)
    }
}
