internal import Synchronization

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Appends to a ``JSONLinesFile`` through a descriptor kept open between appends, for a log
/// written on every turn (the conversation log).
///
/// It keeps the file's guarantees: each call's lines go in with one `write` to the file opened
/// with `O_APPEND`, under the exclusive `flock` (so they never interleave with another
/// process's lines, and wait for a rewrite); a newline goes first when the file ends inside a
/// torn line; a failed write is cut back off the file. What it saves is opening and closing
/// the file each time: after taking the lock it checks, with `fstat` on the descriptor, that
/// the file still has a name (a rewrite renames a new file over it, which leaves the old one
/// with none) and opens the path again if not. It reads the last byte only when the file's
/// size is not where its own last write left it.
///
/// Appends do not `fsync` unless asked (`syncing`): ``sync()`` makes everything appended so
/// far durable. Records someone is promised (handoffs) use ``JSONLinesFile/append(_:)-([String])``,
/// which syncs every time.
///
/// ```swift
/// let appender = JSONLinesAppender(file: JSONLinesFile(path: "conversations.jsonl"))
/// try appender.append([line1, line2], syncing: false)
/// try appender.sync()
/// ```
public final class JSONLinesAppender: Sendable {
    /// The open descriptor (or -1) and the file's size after this appender's last write (or -1).
    private struct Descriptor {
        var number: Int32 = -1
        var end: Int = -1
    }

    /// The file.
    public let file: JSONLinesFile
    private let descriptor = Mutex(Descriptor())

    /// Creates an appender; the file is opened (and created, mode ``JSONLinesFile/permissions``)
    /// by the first append.
    public init(file: JSONLinesFile) {
        self.file = file
    }

    deinit {
        self.descriptor.withLock { if $0.number >= 0 { close($0.number) } }
    }

    /// Appends lines (JSON objects without their newlines) with one write.
    ///
    /// - Parameter syncing: whether to `fsync` before returning.
    /// - Throws: ``StorageError`` when the file cannot be opened, locked, written or synced,
    ///   or a line contains a newline; the file then holds none of the lines.
    public func append(_ lines: [String], syncing: Bool) throws(StorageError) {
        guard !lines.isEmpty else { return }
        let bytes = try self.file.encode(lines)
        let path = self.file.path
        let permissions = mode_t(self.file.permissions)
        try self.descriptor.withLock { (open: inout Descriptor) throws(StorageError) in
            // Each pass loses only to a rewrite between opening and locking.
            for _ in 0..<100 {
                if open.number < 0 {
                    open.number = try Self.open(path, permissions: permissions)
                    open.end = -1
                }
                let number = open.number
                while flock(number, LOCK_EX) != 0 {
                    if errno != EINTR {
                        throw StorageError(path: path, operation: .lock, errno: errno)
                    }
                }
                defer { flock(number, LOCK_UN) }
                var info = stat()
                guard fstat(number, &info) == 0 else {
                    throw StorageError(path: path, operation: .read, errno: errno)
                }
                if info.st_nlink == 0 {
                    // Replaced by a rewrite (or deleted): the lines belong in the file at the path.
                    close(number)
                    open.number = -1
                    continue
                }
                let size = Int(info.st_size)
                var output = bytes
                if size > 0, size != open.end, try Self.endsInsideALine(number, size, path) {
                    output.insert(0x0A, at: 0)
                }
                do throws(FileSystem.Failure) {
                    try FileSystem.writeAll(output, to: number, path: path)
                } catch {
                    _ = ftruncate(number, off_t(size))
                    open.end = -1
                    throw StorageError(path: path, operation: .write, errno: error.code)
                }
                open.end = size + output.count
                if syncing { try Self.sync(number, path) }
                return
            }
            throw StorageError(
                path: path, operation: .lock, code: EAGAIN,
                reason: "the file kept being replaced while it was being appended to")
        }
    }

    /// Makes every line appended so far durable (`fsync`); nothing to do before the first
    /// append.
    ///
    /// The sync runs on a duplicate of the descriptor, without holding the appender's lock,
    /// so appends from other threads go on while the disk catches up.
    ///
    /// - Throws: ``StorageError`` when the file cannot be synced.
    public func sync() throws(StorageError) {
        let path = self.file.path
        let copy = self.descriptor.withLock { $0.number >= 0 ? dup($0.number) : -2 }
        if copy == -2 { return }
        guard copy >= 0 else { throw StorageError(path: path, operation: .sync, errno: errno) }
        defer { close(copy) }
        try Self.sync(copy, path)
    }

    /// Opens the file for appending, creating it (and syncing its folder) when missing.
    private static func open(_ path: String, permissions: mode_t) throws(StorageError) -> Int32 {
        let flags = O_RDWR | O_APPEND | O_CLOEXEC
        for _ in 0..<100 {
            let existing = systemOpen(path, flags, 0)
            if existing >= 0 { return existing }
            guard errno == ENOENT else {
                throw StorageError(path: path, operation: .open, errno: errno)
            }
            let created = systemOpen(path, flags | O_CREAT | O_EXCL, permissions)
            if created >= 0 {
                try LockedFile.syncFolder(of: path)
                return created
            }
            guard errno == EEXIST else {
                throw StorageError(path: path, operation: .open, errno: errno)
            }
        }
        throw StorageError(
            path: path, operation: .open, code: EAGAIN,
            reason: "the file kept appearing and disappearing while it was being opened")
    }

    private static func endsInsideALine(
        _ descriptor: Int32, _ size: Int, _ path: String
    ) throws(StorageError) -> Bool {
        var last: UInt8 = 0
        while true {
            let count = pread(descriptor, &last, 1, off_t(size - 1))
            if count == 1 { return last != 0x0A }
            if count < 0, errno == EINTR { continue }
            throw StorageError(path: path, operation: .read, errno: count < 0 ? errno : EIO)
        }
    }

    private static func sync(_ descriptor: Int32, _ path: String) throws(StorageError) {
        while fsync(descriptor) != 0 {
            if errno != EINTR { throw StorageError(path: path, operation: .sync, errno: errno) }
        }
    }
}

/// The POSIX `open`, named apart from ``JSONLinesAppender``'s own.
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    open(path, flags, mode)
}
