#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// The few file operations the engine needs, on POSIX calls (no Foundation).
///
/// Only definition loading, the knowledge-base importer and the file stores use it; the
/// matching and dialogue code never touches files.
package enum FileSystem {
    /// A file operation that failed, with the path and the system's reason.
    package struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The path.
        package var path: String
        /// The system's reason, such as `No such file or directory`.
        package var reason: String
        /// The errno value.
        package var code: Int32

        /// `path: reason`.
        package var description: String { "\(self.path): \(self.reason)" }

        package init(path: String, errno code: Int32) {
            self.path = path
            self.code = code
            self.reason = String(cString: strerror(code))
        }
    }

    /// Reads a whole file.
    package static func read(_ path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: path, errno: errno) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, errno: errno)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    /// Calls `body` with each line of a file (without its newline) and its number, reading
    /// 1 MiB at a time so that a large file is never held whole.
    package static func forEachLine<E: Error>(
        in path: String, _ body: (UnsafeBufferPointer<UInt8>, Int) throws(E) -> Void
    ) throws(LineError<E>) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .file(Failure(path: path, errno: errno)) }
        defer { close(fd) }
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var line = 0
        var failure: E?
        func deliver(_ bytes: ArraySlice<UInt8>) {
            line += 1
            bytes.withUnsafeBufferPointer { buffer in
                do throws(E) {
                    try body(buffer, line)
                } catch {
                    failure = error
                }
            }
        }
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .file(Failure(path: path, errno: errno))
            }
            if count == 0 { break }
            var start = 0
            for index in 0..<count where chunk[index] == 0x0A {
                if pending.isEmpty {
                    deliver(chunk[start..<index])
                } else {
                    pending.append(contentsOf: chunk[start..<index])
                    deliver(pending[...])
                    pending.removeAll(keepingCapacity: true)
                }
                if let failure { throw .body(failure) }
                start = index + 1
            }
            pending.append(contentsOf: chunk[start..<count])
        }
        if !pending.isEmpty {
            deliver(pending[...])
            if let failure { throw .body(failure) }
        }
    }

    /// A failure while reading lines: of the file, or of the caller's body.
    package enum LineError<E: Error>: Error {
        /// The file could not be read.
        case file(Failure)
        /// The body threw.
        case body(E)
    }

    /// Whether a path names a directory.
    package static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether a path exists.
    package static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The regular files under a directory, at any depth, as paths relative to it, sorted.
    ///
    /// Hidden files and folders (names starting with `.`) are skipped.
    package static func files(under directory: String) throws(Failure) -> [String] {
        var found: [String] = []
        try Self.collect(directory, prefix: "", into: &found)
        return found.sorted()
    }

    /// The entries of one directory (names only, not recursive), sorted.
    package static func entries(of directory: String) throws(Failure) -> [String] {
        guard let handle = opendir(directory) else { throw Failure(path: directory, errno: errno) }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        return names.sorted()
    }

    private static func collect(
        _ directory: String, prefix: String, into found: inout [String]
    )
        throws(Failure)
    {
        for name in try Self.entries(of: directory) where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            if Self.isDirectory(path) {
                try Self.collect(path, prefix: relative, into: &found)
            } else {
                found.append(relative)
            }
        }
    }

    /// Writes a file atomically: a temporary file beside it, fsync, then rename over the target.
    ///
    /// The temporary file is named `NAME.tmp-PID`, with `NAME` cut short when the whole would
    /// pass 255 bytes, so a long name that fits (a state file of 245 bytes) still gets one
    /// whatever the process id. `permissions` are the new file's mode (before the umask):
    /// files that hold a user's data (session state, an export) pass `0o600`.
    package static func writeAtomically(
        _ bytes: [UInt8], to path: String, permissions: Int = 0o644
    ) throws(Failure) {
        let temporary = Self.temporaryPath(for: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(permissions))
        guard fd >= 0 else { throw Failure(path: temporary, errno: errno) }
        do throws(Failure) {
            try Self.writeAll(bytes, to: fd, path: temporary)
            guard fsync(fd) == 0 else { throw Failure(path: temporary, errno: errno) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let failure = Failure(path: path, errno: errno)
            unlink(temporary)
            throw failure
        }
    }

    /// The temporary file beside `path` that ``writeAtomically(_:to:)`` writes first.
    static func temporaryPath(for path: String) -> String {
        let suffix = Array(".tmp-\(getpid())".utf8)
        let bytes = Array(path.utf8)
        let nameStart = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        let room = max(1, 255 - suffix.count)
        guard bytes.count - nameStart > room else {
            return path + String(decoding: suffix, as: UTF8.self)
        }
        // Cut on a character boundary, so the name stays valid UTF-8.
        var end = nameStart + room
        while end > nameStart, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return String(decoding: bytes[..<end] + suffix, as: UTF8.self)
    }

    /// Creates a directory and its parents, like `mkdir -p`.
    package static func createDirectory(_ path: String) throws(Failure) {
        var current = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            current += component
            if !Self.isDirectory(current), mkdir(current, 0o755) != 0, errno != EEXIST {
                throw Failure(path: current, errno: errno)
            }
            current += "/"
        }
    }

    /// Writes every byte, retrying short writes and interruptions.
    package static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(Failure) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes {
                write(fd, $0.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, errno: errno)
            }
            written += count
        }
    }

    /// Opens a pipe whose two ends are closed in programs this process starts (`FD_CLOEXEC`),
    /// so a child holds only the ends it is given.
    ///
    /// Glibc's module map does not export `pipe2`; a spawn racing between the two calls can
    /// still inherit the ends, which is rare and only delays its end-of-file.
    package static func closeOnExecPipe(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// The user's home directory, from `HOME`.
    package static var homeDirectory: String? {
        Self.environment("HOME")
    }

    /// An environment variable's value, `nil` when unset or empty.
    package static func environment(_ name: String) -> String? {
        guard let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty else {
            return nil
        }
        return value
    }
}

/// The POSIX `read`, named apart from ``FileSystem/read(_:)``.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
