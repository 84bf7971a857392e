/// Conversation events that could not be written or read.
public struct ConversationLogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The log's path, or a name for stores that have none.
    public var path: String
    /// What went wrong.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The error of the file underneath.
    public init(_ error: StorageError) {
        self.init(path: error.path, reason: "cannot \(error.operation.rawValue): \(error.reason)")
    }

    /// `path: reason`.
    public var description: String { "\(self.path): \(self.reason)" }
}
