#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// The exclusive lock on a state folder, held while a process uses it.
///
/// A bridge holds it for its whole life, so a second bridge or an `erase` on the same folder
/// is refused instead of writing under it. It is an `flock` on the folder's `.lock` file,
/// which the kernel releases when the process ends, however it ends.
public final class StateDirectoryLock: Sendable {
    private let descriptor: Int32

    /// Takes the lock on the folder at `path` without waiting.
    ///
    /// - Throws: ``SessionPersistenceError`` when another process holds it, or the lock file
    ///   cannot be opened.
    init(folder path: String) throws(SessionPersistenceError) {
        let lockPath = path + "/" + StateDirectory.lockFileName
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw SessionPersistenceError(
                path: lockPath,
                reason: "cannot open the lock file: \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw SessionPersistenceError(
                path: path,
                reason: busy
                    ? "in use by another process (a running bridge); one process at a time may use a state folder"
                    : "cannot lock the folder: \(reason)")
        }
        self.descriptor = descriptor
    }

    deinit {
        close(self.descriptor)
    }
}
