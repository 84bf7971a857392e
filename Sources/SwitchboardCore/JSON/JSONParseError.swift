/// A syntax error in a JSON document, with the line and column where it was found.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong, such as `expected ',' or '}' after object member, found '"'`.
    public var message: String
    /// Where the problem is.
    public var location: SourceLocation
    /// The JSON path of the value being read when the problem was found, such as
    /// `flows.refund.states.ask_order` (empty at the top level).
    public var path: String

    /// Creates an error.
    public init(message: String, location: SourceLocation, path: String = "") {
        self.message = message
        self.location = location
        self.path = path
    }

    /// `LINE:COLUMN: message`.
    public var description: String { "\(self.location): \(self.message)" }
}
