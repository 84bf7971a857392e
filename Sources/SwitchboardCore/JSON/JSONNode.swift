/// A JSON value together with the place in the source where it starts.
///
/// Parsed trees keep a location on every value so that later checks can point
/// at the exact line and column of a problem in a definition file.
public struct JSONNode: Sendable, Equatable {
    /// The value.
    public var value: JSONValue
    /// Where the value starts: its first byte (`{`, `[`, `"`, a digit, `-` or a letter).
    public var location: SourceLocation

    /// Creates a node; values built in code default to the start of the file.
    public init(value: JSONValue, location: SourceLocation = .start) {
        self.value = value
        self.location = location
    }
}
