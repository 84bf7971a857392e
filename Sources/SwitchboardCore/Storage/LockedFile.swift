#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// An open file descriptor holding a `flock` on the file that its path names right now.
///
/// Opening takes the lock and then checks that the descriptor still names the file at the path
/// (`fstat` against `stat`, device and inode): a rewrite replaces the file by renaming a new
/// one over it, and a process that opened the old file before the rename must not write to
/// it after. When the check fails, the descriptor is closed and the path opened again.
/// Closing the descriptor (on `deinit`) releases the lock.
///
/// A holder that keeps the descriptor open between uses (``JSONLinesAppender``) lets the lock
/// go with ``unlock()`` and takes it again with ``relock()``, which makes a cheaper check.
final class LockedFile {
    /// How the file is opened and locked.
    enum Access {
        /// Read-only, with a shared lock: appends wait, other readers don't.
        case reading
        /// Read-write with `O_APPEND`, with an exclusive lock.
        case appending
    }

    /// The descriptor.
    let descriptor: Int32
    /// The path it was opened by.
    let path: String
    /// How it was opened, and so which lock it takes.
    let access: Access

    private init(descriptor: Int32, path: String, access: Access) {
        self.descriptor = descriptor
        self.path = path
        self.access = access
    }

    deinit {
        close(self.descriptor)
    }

    /// Opens and locks the file at `path`; `nil` when it is missing and `creating` is false.
    ///
    /// A file it creates gets mode `permissions` and its folder is synced, so that the new
    /// name survives a crash as well as the data.
    static func open(
        _ path: String, for access: Access, creating: Bool, permissions: mode_t = 0o600
    ) throws(StorageError) -> LockedFile? {
        let flags: Int32 =
            switch access {
            case .reading: O_RDONLY | O_CLOEXEC
            case .appending: O_RDWR | O_APPEND | O_CLOEXEC
            }
        // Each pass loses only to a rename or unlink between open and lock; give up after
        // many, rather than spin forever against a misbehaving process.
        for _ in 0..<1000 {
            var created = false
            var descriptor = systemOpen(path, flags, 0)
            if descriptor < 0, errno == ENOENT, creating {
                descriptor = systemOpen(path, flags | O_CREAT | O_EXCL, permissions)
                if descriptor < 0, errno == EEXIST { continue }
                created = descriptor >= 0
            }
            if descriptor < 0 {
                if errno == ENOENT, !creating { return nil }
                throw StorageError(path: path, operation: .open, errno: errno)
            }
            let file = LockedFile(descriptor: descriptor, path: path, access: access)
            try file.lock()
            guard file.isStillAtPath() else { continue }
            if created { try Self.syncFolder(of: path) }
            return file
        }
        throw StorageError(
            path: path, operation: .lock, code: EAGAIN,
            reason: "the file kept being replaced while it was being opened")
    }

    /// Takes the lock again after ``unlock()`` and checks that the file still has a name.
    ///
    /// The check is the file's link count (`fstat`), cheaper than the lookup of the path that
    /// opening makes, for a holder that relocks on every write: a rewrite renames a new file
    /// over the path and a deletion unlinks it, and either leaves this one with no name. (A
    /// file moved away by hand keeps its name elsewhere, and its holder goes on writing to it.)
    ///
    /// - Returns: `false` when the file has no name any more: the lock is held, and closing
    ///   this file (dropping it) releases it; open the path again.
    /// - Throws: ``StorageError`` when the lock cannot be taken or the file's status read.
    func relock() throws(StorageError) -> Bool {
        try self.lock()
        return try self.status().st_nlink > 0
    }

    /// Takes the lock: shared for reading, exclusive for appending.
    private func lock() throws(StorageError) {
        let operation = self.access == .reading ? LOCK_SH : LOCK_EX
        while flock(self.descriptor, operation) != 0 {
            if errno != EINTR {
                throw StorageError(path: self.path, operation: .lock, errno: errno)
            }
        }
    }

    /// Lets the lock go, keeping the descriptor open for a later ``relock()``.
    func unlock() {
        flock(self.descriptor, LOCK_UN)
    }

    /// Whether the descriptor names the file its path names now.
    private func isStillAtPath() -> Bool {
        var open = stat()
        var named = stat()
        guard fstat(self.descriptor, &open) == 0, stat(self.path, &named) == 0 else {
            return false
        }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    /// The file's status.
    func status() throws(StorageError) -> stat {
        var info = stat()
        guard fstat(self.descriptor, &info) == 0 else {
            throw StorageError(path: self.path, operation: .read, errno: errno)
        }
        return info
    }

    /// Calls `body` with each line of the file (bytes without the newline), its number from
    /// 1, and whether a newline ended it, reading 1 MiB at a time.
    ///
    /// Regular files are read up to the size they had when the lock was taken (the lock keeps
    /// appenders out, so that is all of it), pipes to their end. Devices read as empty:
    /// `/dev/full` and `/dev/zero` would never end.
    func forEachLine(
        _ body: (UnsafeBufferPointer<UInt8>, _ number: Int, _ isTerminated: Bool) -> Void
    ) throws(StorageError) {
        let info = try self.status()
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG || kind == S_IFIFO else { return }
        let limit = kind == S_IFREG ? Int(info.st_size) : Int.max
        var offset = 0
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var number = 0
        while offset < limit {
            let wanted = min(chunk.count, limit - offset)
            let count = chunk.withUnsafeMutableBytes {
                pread(self.descriptor, $0.baseAddress, wanted, off_t(offset))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw StorageError(path: self.path, operation: .read, errno: errno)
            }
            if count == 0 { break }
            offset += count
            var start = 0
            for index in 0..<count where chunk[index] == 0x0A {
                number += 1
                if pending.isEmpty {
                    chunk.withUnsafeBufferPointer {
                        body(UnsafeBufferPointer(rebasing: $0[start..<index]), number, true)
                    }
                } else {
                    pending.append(contentsOf: chunk[start..<index])
                    pending.withUnsafeBufferPointer { body($0, number, true) }
                    pending.removeAll(keepingCapacity: true)
                }
                start = index + 1
            }
            pending.append(contentsOf: chunk[start..<count])
        }
        if !pending.isEmpty {
            number += 1
            pending.withUnsafeBufferPointer { body($0, number, false) }
        }
    }

    /// Writes whole lines (`bytes`, each ending in a newline) at the end of the file, after a
    /// newline when the file ends inside a line (a writer crashed mid-write), so the torn line
    /// cannot swallow the first of them; on failure cuts the file back to its size before, so
    /// a half-written line is not left behind.
    ///
    /// - Parameter knownEnd: the size this descriptor's last append left the file at, if the
    ///   caller kept it: when the file still has that size, its last byte is the newline that
    ///   append wrote, and is not read again.
    /// - Returns: the file's size after the write (for a device or pipe, the bytes written).
    @discardableResult
    func appendLines(_ bytes: [UInt8], knownEnd: Int? = nil) throws(StorageError) -> Int {
        let info = try self.status()
        let isRegular = (info.st_mode & S_IFMT) == S_IFREG
        let size = isRegular ? Int(info.st_size) : 0
        var output = bytes
        if size > 0, size != knownEnd, try self.byte(at: size - 1) != 0x0A {
            output.insert(0x0A, at: 0)
        }
        do throws(FileSystem.Failure) {
            try FileSystem.writeAll(output, to: self.descriptor, path: self.path)
        } catch {
            if isRegular { _ = ftruncate(self.descriptor, info.st_size) }
            throw StorageError(path: self.path, operation: .write, errno: error.code)
        }
        return size + output.count
    }

    /// The byte at `offset`.
    private func byte(at offset: Int) throws(StorageError) -> UInt8 {
        var byte: UInt8 = 0
        while true {
            let count = pread(self.descriptor, &byte, 1, off_t(offset))
            if count == 1 { return byte }
            if count < 0, errno == EINTR { continue }
            throw StorageError(path: self.path, operation: .read, errno: count < 0 ? errno : EIO)
        }
    }

    /// Flushes the file's data to disk.
    func sync() throws(StorageError) {
        try Self.sync(self.descriptor, path: self.path)
    }

    /// Flushes the data of the file open as `descriptor` (named `path` in errors) to disk.
    static func sync(_ descriptor: Int32, path: String) throws(StorageError) {
        while fsync(descriptor) != 0 {
            if errno != EINTR { throw StorageError(path: path, operation: .sync, errno: errno) }
        }
    }

    /// The folder that holds `path`.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Syncs the folder holding `path`, so a new or renamed name in it is durable.
    static func syncFolder(of path: String) throws(StorageError) {
        let folder = Self.folder(of: path)
        let descriptor = systemOpen(folder, O_RDONLY | O_CLOEXEC | O_DIRECTORY, 0)
        guard descriptor >= 0 else {
            throw StorageError(path: folder, operation: .sync, errno: errno)
        }
        defer { close(descriptor) }
        // Some file systems cannot sync a folder (EINVAL); their names are as safe as they get.
        while fsync(descriptor) != 0 {
            if errno == EINTR { continue }
            if errno == EINVAL { return }
            throw StorageError(path: folder, operation: .sync, errno: errno)
        }
    }
}

/// The POSIX `open`, named apart from ``LockedFile/open(_:for:creating:permissions:)``.
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    open(path, flags, mode)
}
