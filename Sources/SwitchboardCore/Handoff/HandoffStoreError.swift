/// A handoff that could not be stored or read.
public struct HandoffStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The log's path, or a name for stores that have none.
    public var path: String
    /// What went wrong.
    public var reason: String
    /// The file's failure underneath, when the store is a file.
    public var storage: StorageError?

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
        self.storage = nil
    }

    /// Creates an error from a failure of the log's file, such as
    /// `cannot write the handoff log: No space left on device`.
    public init(_ storage: StorageError) {
        self.path = storage.path
        self.reason = "cannot \(storage.operation.rawValue) the handoff log: \(storage.reason)"
        self.storage = storage
    }

    /// Whether the disk (or the user's quota) is full.
    public var isDiskFull: Bool { self.storage?.isDiskFull ?? false }

    /// Whether the log or its folder may not be written.
    public var isPermissionDenied: Bool { self.storage?.isPermissionDenied ?? false }

    /// `path: reason`.
    public var description: String { "\(self.path): \(self.reason)" }
}
