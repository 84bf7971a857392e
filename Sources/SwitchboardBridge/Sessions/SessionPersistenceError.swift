public import SwitchboardCore

/// Session state that could not be saved, deleted, listed or read back.
public struct SessionPersistenceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or folder concerned, or a name for stores without files.
    public var path: String
    /// Where in the file the problem is, when it is one place (a state file that is not
    /// valid JSON).
    public var location: SourceLocation?
    /// What went wrong.
    public var reason: String

    /// Creates an error.
    public init(path: String, location: SourceLocation? = nil, reason: String) {
        self.path = path
        self.location = location
        self.reason = reason
    }

    /// `path: reason`, or `path:line:column: reason`, on one line: control characters in the
    /// reason (which may quote a file's values) are written as escapes.
    public var description: String {
        let place = self.location.map { "\(self.path):\($0)" } ?? self.path
        return "\(place): \(self.reason.escapingControlCharacters())"
    }
}
