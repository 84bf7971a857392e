/// Session state that could not be saved, deleted or listed.
public struct SessionPersistenceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or folder concerned, or a name for stores without files.
    public var path: String
    /// What went wrong.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `path: reason`.
    public var description: String { "\(self.path): \(self.reason)" }
}
