internal import Dispatch
internal import Synchronization

/// Appends conversation events to a JSON Lines file (through a ``JSONLinesAppender``), one
/// write per turn, and syncs it to disk in the background at most once per ``syncInterval``,
/// and on ``sync()``.
///
/// Durability: each turn's events are written with one `write` (under the file's exclusive
/// lock, with `O_APPEND`) before ``append(_:)`` returns, so before the bot's reply is sent;
/// a crash of the process loses nothing it acknowledged, and several processes may append to
/// one log. They reach the disk when the operating system flushes them, when a background
/// `fsync` runs (started by the first append at least ``syncInterval`` after the last one;
/// the turn does not wait for it), and when the front end stops (``sync()``, which waits): a
/// machine crash can lose about the last ``syncInterval`` or two of events. A background sync
/// that fails is reported by the next append. The handoff log, unlike this one, is synced
/// before every reply that mentions it.
///
/// A front end that sends replies in batches (the bridge writes the replies to lines it read
/// together with one `write`) can have the store hold the events back too (`holdsWrites`):
/// `append` then only encodes them, and ``flush()``, called before the replies go out,
/// writes everything held with one locked `write`, as does an append that brings the held
/// lines past ``heldBytesLimit``. Each turn's lines are still in the file before its reply is
/// sent; what a crash of the process can lose grows from nothing to turns whose replies had
/// not been sent either.
///
/// ```swift
/// let log = FileConversationLogStore(path: "conversations.jsonl")
/// try await log.append([event])
/// try await log.sync()
/// ```
public final class FileConversationLogStore: ConversationLogStore {
    /// When the last background sync started, whether one is running, and how the last one
    /// failed (until an append reports it).
    private struct Syncing {
        var last: ContinuousClock.Instant
        var isRunning = false
        var failure: StorageError?
    }

    /// Lines appended but not yet written, and their size with newlines.
    private struct Held {
        var lines: [String] = []
        var bytes = 0
    }

    /// Held lines are written by the append that brings them to this many bytes.
    public static let heldBytesLimit = 64 * 1024

    /// The file.
    public var file: JSONLinesFile { self.appender.file }
    /// The longest time between an append and the start of the sync that makes it durable,
    /// while appends keep coming.
    public let syncInterval: Duration
    private let appender: JSONLinesAppender
    private let syncing: Mutex<Syncing>
    private let queue = DispatchQueue(label: "switchboard.conversation-log.sync")
    /// Whether appends are held back until ``flush()`` (else each is written at once).
    public let holdsWrites: Bool
    /// The lines held back until ``flush()``.
    private let held = Mutex(Held())

    /// Creates a store for the log at `path`; the file (mode 0600) is created on the first
    /// write.
    ///
    /// - Parameter holdsWrites: hold appended events back until ``flush()`` (or until they
    ///   reach ``heldBytesLimit``), to write them together; `false` writes each append at once.
    public init(path: String, syncInterval: Duration = .seconds(1), holdsWrites: Bool = false) {
        self.appender = JSONLinesAppender(file: JSONLinesFile(path: path))
        self.syncInterval = syncInterval
        self.syncing = Mutex(Syncing(last: ContinuousClock.now))
        self.holdsWrites = holdsWrites
    }

    /// The log's path.
    public var path: String { self.file.path }

    /// Appends the events of one turn with one write (or holds them, with `holdsWrites`);
    /// starts a background sync when the last one is older than ``syncInterval``.
    ///
    /// - Throws: ``ConversationLogError`` when the events (or the held ones they were written
    ///   with) could not be written, or (once, the events written) when the last background
    ///   sync failed.
    @discardableResult
    public func append(_ events: [ConversationEvent]) async throws(ConversationLogError) -> Bool {
        guard !events.isEmpty else { return false }
        let lines = events.map { $0.jsonLine() }
        guard self.holdsWrites else {
            try self.write(lines)
            return true
        }
        let full = self.held.withLock { held -> [String]? in
            held.lines += lines
            held.bytes += lines.reduce(0) { $0 + $1.utf8.count + 1 }
            guard held.bytes >= Self.heldBytesLimit else { return nil }
            defer { held = Held() }
            return held.lines
        }
        guard let full else { return false }
        try self.write(full)
        return true
    }

    /// Writes the events held back (with `holdsWrites`) with one write; nothing to do when
    /// none are held.
    ///
    /// - Throws: ``ConversationLogError`` when they could not be written (they are dropped,
    ///   as a failed append's are).
    @discardableResult
    public func flush() async throws(ConversationLogError) -> Bool {
        guard self.holdsWrites else { return false }
        let lines = self.held.withLock { held -> [String] in
            defer { held = Held() }
            return held.lines
        }
        guard !lines.isEmpty else { return false }
        try self.write(lines)
        return true
    }

    /// Writes lines with one write and starts a background sync when one is due.
    private func write(_ lines: [String]) throws(ConversationLogError) {
        do throws(StorageError) {
            try self.appender.append(lines, syncing: false)
        } catch {
            throw ConversationLogError(error)
        }
        let now = ContinuousClock.now
        let (startsSync, failure) = self.syncing.withLock { state in
            let failure = state.failure
            state.failure = nil
            guard !state.isRunning, state.last.duration(to: now) >= self.syncInterval else {
                return (false, failure)
            }
            state.last = now
            state.isRunning = true
            return (true, failure)
        }
        if startsSync {
            self.queue.async {
                var failure: StorageError?
                do throws(StorageError) {
                    try self.appender.sync()
                } catch {
                    failure = error
                }
                self.syncing.withLock { state in
                    state.isRunning = false
                    if let failure { state.failure = failure }
                }
            }
        }
        if let failure { throw ConversationLogError(failure) }
    }

    /// Writes the events held back, then syncs the file to disk, and waits for it.
    public func sync() async throws(ConversationLogError) {
        try await self.flush()
        self.syncing.withLock { $0.last = ContinuousClock.now }
        do throws(StorageError) {
            try self.appender.sync()
        } catch {
            throw ConversationLogError(error)
        }
    }

    /// Every event in the log; lines that are not events are left out (use
    /// ``ConversationLogReader`` to see them).
    public func events() async throws(ConversationLogError) -> [ConversationEvent] {
        try await self.flush()
        return try ConversationLogReader(path: self.path).read().events
    }
}
