internal import Synchronization

/// Appends conversation events to a JSON Lines file (through a ``JSONLinesAppender``), one
/// write per turn, and syncs it to disk at most once per ``syncInterval`` and on ``sync()``.
///
/// Durability: each turn's events are written with one `write` (under the file's exclusive
/// lock, with `O_APPEND`) before ``append(_:)`` returns, so before the bot's reply is sent;
/// a crash of the process loses nothing it acknowledged, and several processes may append to
/// one log. They reach the disk when the operating system flushes them, when an append comes
/// at least ``syncInterval`` after the last sync (the append then also `fsync`s), and when the
/// front end stops (``sync()``): a machine crash can lose about the last ``syncInterval`` of
/// events. The handoff log, unlike this one, is synced before every reply that mentions it.
///
/// ```swift
/// let log = FileConversationLogStore(path: "conversations.jsonl")
/// try await log.append([event])
/// try await log.sync()
/// ```
public final class FileConversationLogStore: ConversationLogStore {
    /// The file.
    public var file: JSONLinesFile { self.appender.file }
    private let appender: JSONLinesAppender
    /// The longest time between an append and the sync that makes it durable, while appends
    /// keep coming.
    public let syncInterval: Duration
    private let lastSync: Mutex<ContinuousClock.Instant>

    /// Creates a store for the log at `path`; the file (mode 0600) is created on the first
    /// append.
    public init(path: String, syncInterval: Duration = .seconds(1)) {
        self.appender = JSONLinesAppender(file: JSONLinesFile(path: path))
        self.syncInterval = syncInterval
        self.lastSync = Mutex(ContinuousClock.now)
    }

    /// The log's path.
    public var path: String { self.file.path }

    /// Appends the events of one turn with one write; syncs when the last sync is older than
    /// ``syncInterval``.
    public func append(_ events: [ConversationEvent]) async throws(ConversationLogError) {
        guard !events.isEmpty else { return }
        let now = ContinuousClock.now
        let isDue = self.lastSync.withLock { last in
            guard last.duration(to: now) >= self.syncInterval else { return false }
            last = now
            return true
        }
        do throws(StorageError) {
            try self.appender.append(events.map { $0.jsonLine() }, syncing: isDue)
        } catch {
            throw ConversationLogError(error)
        }
    }

    /// Syncs the file to disk.
    public func sync() async throws(ConversationLogError) {
        self.lastSync.withLock { $0 = ContinuousClock.now }
        try self.syncFile()
    }

    /// Every event in the log; lines that are not events are left out (use
    /// ``ConversationLogReader`` to see them).
    public func events() async throws(ConversationLogError) -> [ConversationEvent] {
        try ConversationLogReader(path: self.path).read().events
    }

    private func syncFile() throws(ConversationLogError) {
        do throws(StorageError) {
            try self.appender.sync()
        } catch {
            throw ConversationLogError(error)
        }
    }
}
