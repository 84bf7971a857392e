#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// A JSON Lines file that several processes append to durably and that can be rewritten
/// atomically: the storage under the handoff log and the conversation log.
///
/// - **Append** writes one or more lines with one `write` to the file opened with `O_APPEND`,
///   under an exclusive `flock`, then `fsync`s before returning. If the file ends inside a
///   line (a writer crashed mid-write), a newline goes first, so the torn line cannot swallow
///   the new record. A failed write is cut back off the file.
/// - **Read** takes a shared lock (so it never sees an append half done), parses every line
///   and reports lines that cannot be read (not a complete JSON object, or an object that has
///   a key twice, at any depth) as ``JSONLinesProblem``s (file, line number, reason) instead of
///   failing; the lines after them read normally.
/// - **Rewrite** (for erasing a user's data) takes the exclusive lock, writes the kept lines
///   (and the lines that cannot be read, unless the caller drops them, and the blank lines)
///   to a temporary file in the same folder, syncs it, renames it over the file and syncs the
///   folder. Every operation checks after locking that its descriptor still names the file at
///   the path (device and inode) and opens the path again if not, so an append that waited
///   for the lock during a rewrite lands in the new file, never in the replaced one.
///
/// The value holds only the path; every call opens, locks and closes the file, so values can
/// be shared freely between tasks and processes.
///
/// ```swift
/// let log = JSONLinesFile(path: "handoff.jsonl")
/// try log.append(#"{"event":"accepted","ticket":"TKT-7Q2M9XKD"}"#)
/// let contents = try log.read()
/// for problem in contents.problems { print(problem) }  // handoff.jsonl:12: torn last line …
/// let receipt = try log.rewrite { $0.string("user") != "u-1009" }
/// ```
public struct JSONLinesFile: Sendable {
    /// The file's path.
    public let path: String
    /// The mode a file created by an append gets (before the umask).
    public let permissions: Int

    /// Names the file at `path`; nothing is opened until a call needs it.
    ///
    /// - Parameters:
    ///   - permissions: the mode of the file when an append creates it; owner-only by
    ///     default, because the engine's files are about users.
    public init(path: String, permissions: Int = 0o600) {
        self.path = path
        self.permissions = permissions
    }

    /// Appends one line (a JSON object without its newline) durably.
    ///
    /// - Throws: ``StorageError`` when the file cannot be opened, locked, written or synced;
    ///   the file is then as it was.
    public func append(_ line: String) throws(StorageError) {
        try self.append([line])
    }

    /// Appends several lines with one write, durably: all of them reach the file, or (when the
    /// write fails) none.
    ///
    /// - Throws: ``StorageError`` when the file cannot be opened, locked, written or synced,
    ///   or a line contains a newline.
    public func append(_ lines: [String]) throws(StorageError) {
        guard !lines.isEmpty else { return }
        let bytes = try self.encode(lines)
        try Self.append(bytes, to: try self.openForAppending())
    }

    /// Every line of the file: the complete JSON objects, and the problems with the others.
    ///
    /// A missing file reads as empty. Blank lines are skipped without a problem. An object that
    /// has a key twice (at any depth) is a problem, not a line: which value is meant cannot be
    /// told.
    ///
    /// - Throws: ``StorageError`` only when the file cannot be opened or read at all.
    public func read() throws(StorageError) -> JSONLinesContents {
        var contents = JSONLinesContents()
        contents.problems = try self.forEachLine { contents.lines.append($0) }
        return contents
    }

    /// Calls `body` with each complete line in file order, without holding the whole file,
    /// and returns the problems with the other lines.
    ///
    /// The file is locked (shared) while this runs, so appends wait: keep `body` short.
    ///
    /// - Throws: ``StorageError`` only when the file cannot be opened or read at all.
    @discardableResult
    public func forEachLine(_ body: (JSONLine) -> Void) throws(StorageError) -> [JSONLinesProblem] {
        guard let file = try LockedFile.open(self.path, for: .reading, creating: false) else {
            return []
        }
        return try Self.scan(file) { line in body(line) }
    }

    /// Calls `body` with each complete line and `unreadable` with each line that is not a
    /// complete JSON object, or has a key twice (its bytes and its problem), in file order,
    /// under the shared lock.
    ///
    /// - Throws: ``StorageError`` only when the file cannot be opened or read at all.
    public func forEachLine(
        _ body: (JSONLine) -> Void, unreadable: (UnreadableJSONLine) -> Void
    ) throws(StorageError) {
        guard let file = try LockedFile.open(self.path, for: .reading, creating: false) else {
            return
        }
        _ = try Self.scan(file, body) { problem, bytes in
            unreadable(UnreadableJSONLine(problem: problem, bytes: Array(bytes)))
        }
    }

    /// Rewrites the file with only the lines `keeping` and `keepingUnreadable` accept,
    /// atomically.
    ///
    /// Under the exclusive lock, `keeping` is called with each complete line in file order
    /// (so it may remember earlier lines, such as the tickets of a user whose records it
    /// dropped), and `keepingUnreadable` with each line that is not a complete JSON object
    /// (torn, garbage) or has a key twice; kept lines are written byte for byte, each followed
    /// by a newline, to a temporary file in the same folder, which is synced and renamed over
    /// the file, and the folder is synced. A kept torn last line gets the newline it lacked, so
    /// the next append starts a line of its own (and the line reads as an incomplete line, no
    /// longer as a torn tail). Blank lines (empty, or only spaces, tabs and `\r`) are neither
    /// passed to the closures nor counted, and are written back where they were, byte for byte:
    /// a blank last line without a newline stays without one (the next append adds the newline
    /// first, as it does for any file). A line ending `\r\n` keeps its `\r`, since lines are
    /// split at `\n` only. A missing file stays missing. The file keeps its mode.
    ///
    /// Appends wait for the rewrite and then go to the new file; readers see the old file or
    /// the new one, never a mix.
    ///
    /// - Parameters:
    ///   - keeping: whether to keep a complete line.
    ///   - keepingUnreadable: whether to keep a line that cannot be read; by default every
    ///     such line is kept, since nothing can tell what it holds.
    /// - Returns: counts of kept and dropped lines, and where the unreadable lines kept and
    ///   dropped are.
    /// - Throws: ``StorageError`` when the file cannot be read, or the new one written, synced
    ///   or renamed; the file is then unchanged.
    public func rewrite(
        keeping: (JSONLine) -> Bool,
        keepingUnreadable: (UnreadableJSONLine) -> Bool = { _ in true }
    ) throws(StorageError) -> JSONLinesRewrite {
        guard let file = try LockedFile.open(self.path, for: .appending, creating: false) else {
            return JSONLinesRewrite(kept: 0, dropped: 0, fileExisted: false)
        }
        let mode = try file.status().st_mode & 0o7777
        let prefix = "." + Self.baseName(of: self.path) + ".rewrite-"
        Self.removeInterruptedRewrites(in: LockedFile.folder(of: self.path), prefix: prefix)
        let temporary = LockedFile.folder(of: self.path) + "/" + prefix + "\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw StorageError(path: temporary, operation: .open, errno: errno)
        }
        var isClosed = false
        defer {
            if !isClosed {
                close(descriptor)
                unlink(temporary)
            }
        }
        _ = fchmod(descriptor, mode)
        var kept = 0
        var dropped = 0
        var keptUnreadable: [JSONLinesProblem] = []
        var droppedUnreadable: [JSONLinesProblem] = []
        var buffer: [UInt8] = []
        var failure: StorageError?
        func keep(_ bytes: some Collection<UInt8>, newline: Bool = true) {
            buffer.append(contentsOf: bytes)
            if newline { buffer.append(0x0A) }
            if buffer.count >= 1 << 20 {
                failure = Self.write(&buffer, to: descriptor, path: temporary)
            }
        }
        _ = try Self.scan(
            file,
            { line in
                guard failure == nil else { return }
                guard keeping(line) else {
                    dropped += 1
                    return
                }
                kept += 1
                keep(line.bytes)
            },
            unreadable: { problem, bytes in
                guard failure == nil else { return }
                let line = UnreadableJSONLine(problem: problem, bytes: Array(bytes))
                guard keepingUnreadable(line) else {
                    droppedUnreadable.append(problem)
                    return
                }
                keptUnreadable.append(problem)
                keep(line.bytes)
            },
            blank: { bytes, isTerminated in
                guard failure == nil else { return }
                keep(bytes, newline: isTerminated)
            })
        if let failure { throw failure }
        if let failure = Self.write(&buffer, to: descriptor, path: temporary) { throw failure }
        guard fsync(descriptor) == 0 else {
            throw StorageError(path: temporary, operation: .sync, errno: errno)
        }
        close(descriptor)
        isClosed = true
        guard rename(temporary, self.path) == 0 else {
            let error = StorageError(path: self.path, operation: .rename, errno: errno)
            unlink(temporary)
            throw error
        }
        try LockedFile.syncFolder(of: self.path)
        return JSONLinesRewrite(
            kept: kept, dropped: dropped, keptUnreadable: keptUnreadable,
            droppedUnreadable: droppedUnreadable, fileExisted: true)
    }

    // MARK: - Shared with the conditional append

    /// Opens the file (creating it) and takes the exclusive lock.
    func openForAppending() throws(StorageError) -> LockedFile {
        guard
            let file = try LockedFile.open(
                self.path, for: .appending, creating: true, permissions: mode_t(self.permissions))
        else { throw StorageError(path: self.path, operation: .open, errno: ENOENT) }
        return file
    }

    /// The lines as bytes to write, each followed by a newline.
    func encode(_ lines: [String]) throws(StorageError) -> [UInt8] {
        var bytes: [UInt8] = []
        for line in lines {
            if line.utf8.contains(0x0A) {
                throw StorageError(
                    path: self.path, operation: .write, code: EINVAL,
                    reason: "a line to append contains a newline")
            }
            bytes.append(contentsOf: line.utf8)
            bytes.append(0x0A)
        }
        return bytes
    }

    /// Appends `bytes` (whole lines) to the locked file, after a newline when the file ends
    /// inside a torn line, and syncs.
    static func append(_ bytes: [UInt8], to file: LockedFile) throws(StorageError) {
        try file.appendLines(bytes)
        try file.sync()
    }

    /// Parses each line of the locked file, passing complete ones to `body`, the others (not a
    /// JSON object, or one with a key twice), with their bytes, to `unreadable`, and blank ones
    /// (empty, or only spaces, tabs and `\r`), with whether a newline ends them, to `blank`.
    static func scan(
        _ file: LockedFile, _ body: (JSONLine) -> Void,
        unreadable: (JSONLinesProblem, UnsafeBufferPointer<UInt8>) -> Void = { _, _ in },
        blank: (UnsafeBufferPointer<UInt8>, _ isTerminated: Bool) -> Void = { _, _ in }
    ) throws(StorageError) -> [JSONLinesProblem] {
        var problems: [JSONLinesProblem] = []
        let parser = JSONParser(maxDepth: 64)
        try file.forEachLine { bytes, number, isTerminated in
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                blank(bytes, isTerminated)
                return
            }
            let reason: String
            var isTornTail = !isTerminated
            do throws(JSONParseError) {
                let node = try parser.parse(bytes)
                if case .object(let object) = node.value {
                    // A repeated key leaves the line's meaning to the reader (this parser's
                    // lookups take the first, other tools the last): which user, ticket or
                    // time a line with `"user"` twice is about cannot be told, so it is an
                    // unreadable line, judged (erase, export) from its strings.
                    guard let duplicate = JSONDuplicateKey.earliest(in: node) else {
                        body(JSONLine(number: number, bytes: Array(bytes), object: object))
                        return
                    }
                    isTornTail = false
                    reason = Self.reason(for: duplicate)
                } else {
                    reason = Self.reason(
                        "not a JSON object but \(node.value.typeNameWithArticle)",
                        isTerminated: isTerminated)
                }
            } catch {
                reason = Self.reason(
                    "\(error.message) at column \(error.location.column)",
                    isTerminated: isTerminated)
            }
            let found = JSONLinesProblem(
                path: file.path, line: number, reason: reason, isTornTail: isTornTail)
            problems.append(found)
            unreadable(found, bytes)
        }
        return problems
    }

    /// Why a line that is not a complete JSON object is skipped.
    private static func reason(_ problem: String, isTerminated: Bool) -> String {
        isTerminated
            ? "not a complete JSON object, skipped: \(problem)"
            : "torn last line (no newline at the end of the file), skipped: \(problem)"
    }

    /// Why a line whose object repeats a key is skipped: the key's path, and the columns where
    /// it first appears and where it appears again, as
    /// `"user" appears twice (first at column 30, again at column 78), skipped`.
    private static func reason(for duplicate: JSONDuplicateKey) -> String {
        "\"\(duplicate.path)\" appears \(duplicate.appearances) (first at column "
            + "\(duplicate.first.keyLocation.column), again at column "
            + "\(duplicate.again.keyLocation.column)), skipped"
    }

    private static func write(
        _ buffer: inout [UInt8], to descriptor: Int32, path: String
    ) -> StorageError? {
        defer { buffer.removeAll(keepingCapacity: true) }
        do throws(FileSystem.Failure) {
            try FileSystem.writeAll(buffer, to: descriptor, path: path)
            return nil
        } catch {
            return StorageError(path: path, operation: .write, errno: error.code)
        }
    }

    /// Deletes the temporary files of rewrites that a crash interrupted (`.NAME.rewrite-PID`
    /// in `folder`), as far as it can.
    ///
    /// Such a file is the log as it was then, without one user's lines but with everyone
    /// else's, so it would keep a person's lines after their own erasure rewrote the log. Only
    /// a rewrite holding the log's lock writes one and it renames or deletes it before letting
    /// go, so while the caller holds the lock, any there is left over.
    private static func removeInterruptedRewrites(in folder: String, prefix: String) {
        guard let names = try? FileSystem.entries(of: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            let pid = name.dropFirst(prefix.count)
            guard !pid.isEmpty, pid.allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
            unlink(folder + "/" + name)
        }
    }

    private static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
