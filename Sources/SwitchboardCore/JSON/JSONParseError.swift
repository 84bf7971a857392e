/// A syntax error in a JSON document, with the line and column where it was found.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong, such as `expected ',' or '}' after object member, found '"'`.
    public var message: String
    /// Where the problem is.
    public var location: SourceLocation

    /// Creates an error.
    public init(message: String, location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `LINE:COLUMN: message`.
    public var description: String { "\(self.location): \(self.message)" }
}
