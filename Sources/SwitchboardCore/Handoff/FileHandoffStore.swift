#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Appends handoff records to a JSON Lines file, durably.
///
/// Each record is one `write` of one line to a file opened with `O_APPEND`, under an
/// exclusive `flock`, followed by `fsync` before `append` returns; several processes may
/// append to the same log. Reading skips (and counts) lines that are not complete records,
/// such as a torn last line left by a crash.
public struct FileHandoffStore: HandoffStore {
    /// The log's path.
    public let path: String

    /// Creates a store for the log at `path`; the file is created on the first append.
    public init(path: String) {
        self.path = path
    }

    /// Appends a record as one line and syncs it to disk.
    public func append(_ record: HandoffRecord) async throws(HandoffStoreError) {
        try self.appendLine(record.jsonLine())
    }

    /// Appends one line of JSON (without its newline) under the lock, and syncs it.
    public func appendLine(_ line: String) throws(HandoffStoreError) {
        let fd = open(self.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw self.failure("cannot open the handoff log") }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw self.failure("cannot lock the handoff log") }
        defer { flock(fd, LOCK_UN) }
        var bytes = Array(line.utf8)
        // A torn last line (no newline) from a crash must not swallow this record.
        if self.endsWithoutNewline(fd) { bytes.insert(0x0A, at: 0) }
        bytes.append(0x0A)
        do {
            try FileSystem.writeAll(bytes, to: fd, path: self.path)
        } catch {
            throw HandoffStoreError(
                path: self.path, reason: "cannot write the handoff log: \(error.reason)")
        }
        guard fsync(fd) == 0 else { throw self.failure("cannot sync the handoff log") }
    }

    /// The complete records in the log, oldest first; missing file means none.
    public func records() async throws(HandoffStoreError) -> [HandoffRecord] {
        try self.read().records
    }

    /// The records and the number of lines that were not complete handoff records.
    public func read() throws(HandoffStoreError) -> (records: [HandoffRecord], skippedLines: Int) {
        guard FileSystem.exists(self.path) else { return ([], 0) }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(self.path)
        } catch {
            throw HandoffStoreError(path: self.path, reason: error.reason)
        }
        var records: [HandoffRecord] = []
        var skipped = 0
        let parser = JSONParser(maxDepth: 32)
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            guard let node = try? parser.parse(Array(line)) else {
                skipped += 1
                continue
            }
            if let record = HandoffRecord(json: node) {
                records.append(record)
            } else if node.value.objectValue?["event"]?.value.stringValue == "handoff" {
                skipped += 1
            }
        }
        return (records, skipped)
    }

    private func endsWithoutNewline(_ fd: Int32) -> Bool {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return false }
        let reader = open(self.path, O_RDONLY | O_CLOEXEC)
        guard reader >= 0 else { return false }
        defer { close(reader) }
        var last: UInt8 = 0
        return pread(reader, &last, 1, off_t(info.st_size - 1)) == 1 && last != 0x0A
    }

    private func failure(_ what: String) -> HandoffStoreError {
        HandoffStoreError(path: self.path, reason: "\(what): \(String(cString: strerror(errno)))")
    }
}
