/// One `"key": value` pair of a JSON object, with the location of its key.
public struct JSONMember: Sendable, Equatable {
    /// The key, with escapes decoded.
    public var key: String
    /// Where the key's opening quote is.
    public var keyLocation: SourceLocation
    /// The member's value.
    public var value: JSONNode

    /// Creates a member; members built in code default to the start of the file.
    public init(key: String, keyLocation: SourceLocation = .start, value: JSONNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
