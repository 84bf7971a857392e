/// Why a JSON object is not an action result, and where in it the problem is.
public struct ActionResultError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// Where the offending value is, when one is.
    public var location: SourceLocation?

    /// Creates an error about a node (or the whole object when `nil`).
    public init(_ message: String, at node: JSONNode?) {
        self.message = message
        self.location = node?.location
    }

    /// The message.
    public var description: String { self.message }
}
