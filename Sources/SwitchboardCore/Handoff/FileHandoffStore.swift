/// Appends handoff records to a JSON Lines file, durably, through a ``JSONLinesFile``.
///
/// Each record is one `write` of one line to a file opened with `O_APPEND`, under an
/// exclusive `flock`, followed by `fsync` before `append` returns; several processes may
/// append to the same log, and a rewrite (erase) may replace it meanwhile. Reading skips (and
/// counts) lines that are not complete records, such as a torn last line left by a crash.
public struct FileHandoffStore: HandoffStore {
    /// The log's path.
    public var path: String { self.file.path }
    /// The file underneath.
    public let file: JSONLinesFile

    /// Creates a store for the log at `path`; the file is created on the first append.
    public init(path: String) {
        self.file = JSONLinesFile(path: path)
    }

    /// Appends a record as one line and syncs it to disk.
    public func append(_ record: HandoffRecord) async throws(HandoffStoreError) {
        try self.appendLine(record.jsonLine())
    }

    /// Appends one line of JSON (without its newline) under the lock, and syncs it.
    public func appendLine(_ line: String) throws(HandoffStoreError) {
        do throws(StorageError) {
            try self.file.append(line)
        } catch {
            throw HandoffStoreError(error)
        }
    }

    /// The complete records in the log, oldest first; missing file means none.
    public func records() async throws(HandoffStoreError) -> [HandoffRecord] {
        try self.read().records
    }

    /// The records and the number of lines that were not complete handoff records.
    ///
    /// Lines that are complete JSON objects of other kinds (lifecycle events) are not counted.
    public func read() throws(HandoffStoreError) -> (records: [HandoffRecord], skippedLines: Int) {
        let contents: JSONLinesContents
        do throws(StorageError) {
            contents = try self.file.read()
        } catch {
            throw HandoffStoreError(error)
        }
        var records: [HandoffRecord] = []
        var skipped = contents.problems.count
        for line in contents.lines {
            let node = JSONNode(value: .object(line.object))
            if let record = HandoffRecord(json: node) {
                records.append(record)
            } else if line.string("event") == "handoff" {
                skipped += 1
            }
        }
        return (records, skipped)
    }
}
