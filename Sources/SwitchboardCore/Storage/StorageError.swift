#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// A file the engine keeps (a handoff log, a conversation log) that could not be read or written.
///
/// The error names the file, the step that failed and the system's reason, and says whether
/// the disk is full or permission was denied, so front ends can tell operators what to fix:
///
/// ```swift
/// do {
///     try file.append(line)
/// } catch {
///     print(error)  // "handoff.jsonl: cannot write: No space left on device"
/// }
/// ```
public struct StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The step that failed.
    public enum Operation: String, Sendable, Equatable {
        /// Opening or creating the file.
        case open
        /// Taking the file's lock.
        case lock
        /// Reading the file.
        case read
        /// Writing to the file (or to the temporary file of a rewrite).
        case write
        /// Syncing the file or its folder to disk.
        case sync
        /// Renaming the rewritten file over the original.
        case rename
    }

    /// The file's path.
    public var path: String
    /// The step that failed.
    public var operation: Operation
    /// The system's `errno`, or 0 when the failure did not come from a system call.
    public var code: Int32
    /// Why, as the system says it (such as `No space left on device`).
    public var reason: String

    /// Creates an error with a reason of its own.
    public init(path: String, operation: Operation, code: Int32 = 0, reason: String) {
        self.path = path
        self.operation = operation
        self.code = code
        self.reason = reason
    }

    /// Creates an error from a system call's `errno`.
    package init(path: String, operation: Operation, errno code: Int32) {
        self.init(
            path: path, operation: operation, code: code, reason: String(cString: strerror(code)))
    }

    /// Whether the disk (or the user's quota) is full.
    public var isDiskFull: Bool { self.code == ENOSPC || self.code == EDQUOT }

    /// Whether the file or its folder may not be written (or is on a read-only file system).
    public var isPermissionDenied: Bool {
        self.code == EACCES || self.code == EPERM || self.code == EROFS
    }

    /// `path: cannot write: No space left on device`.
    public var description: String {
        "\(self.path): cannot \(self.operation.rawValue): \(self.reason)"
    }
}
