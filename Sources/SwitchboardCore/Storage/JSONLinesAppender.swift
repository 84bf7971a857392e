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
/// It keeps the file's guarantees, with the same ``LockedFile`` the file's own calls use:
/// each call's lines go in with one `write` to the file opened with `O_APPEND`, under the
/// exclusive `flock` (so they never interleave with another process's lines, and wait for a
/// rewrite); a newline goes first when the file ends inside a torn line; a failed write is cut
/// back off the file. What it saves is opening and closing the file each time: between
/// appends it lets the lock go but keeps the descriptor, and after taking the lock again it
/// checks, with ``LockedFile/relock()``, that the file still has a name (a rewrite renames a
/// new file over it, which leaves the old one with none) and opens the path again if not. It
/// reads the last byte only when the file's size is not where its own last write left it.
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
    /// The open file (unlocked between appends), and its size after this appender's last
    /// write.
    private struct OpenFile {
        var file: LockedFile?
        var end: Int?
    }

    /// The file.
    public let file: JSONLinesFile
    private let state = Mutex(OpenFile())

    /// Creates an appender; the file is opened (and created, mode ``JSONLinesFile/permissions``)
    /// by the first append.
    public init(file: JSONLinesFile) {
        self.file = file
    }

    /// Appends lines (JSON objects without their newlines) with one write.
    ///
    /// - Parameter syncing: whether to `fsync` before returning.
    /// - Throws: ``StorageError`` when the file cannot be opened, locked, written or synced,
    ///   or a line contains a newline; the file then holds none of the lines.
    public func append(_ lines: [String], syncing: Bool) throws(StorageError) {
        guard !lines.isEmpty else { return }
        let bytes = try self.file.encode(lines)
        try self.state.withLock { (open: inout OpenFile) throws(StorageError) in
            let file: LockedFile
            if let kept = open.file, try kept.relock() {
                file = kept
            } else {
                // Not opened yet, or replaced by a rewrite (or deleted) since: the lines
                // belong in the file at the path. Dropping the old one closes it.
                open.file = nil
                file = try self.file.openForAppending()
                open.file = file
                open.end = nil
            }
            defer { file.unlock() }
            do throws(StorageError) {
                open.end = try file.appendLines(bytes, knownEnd: open.end)
            } catch {
                open.end = nil
                throw error
            }
            if syncing { try file.sync() }
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
        let copy = self.state.withLock { $0.file.map { dup($0.descriptor) } }
        guard let copy else { return }
        guard copy >= 0 else { throw StorageError(path: path, operation: .sync, errno: errno) }
        defer { close(copy) }
        try LockedFile.sync(copy, path: path)
    }
}
