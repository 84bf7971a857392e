/// The response to `erase`, which never repeats the user id.
///
/// `{"id", "type":"erased", "sessions", "files":[{"path","removedLines","keptLines",
/// "removedUnreadableLines","keptUnreadableLines"}],
/// "unreadableFiles":{"removed","kept","unattributed"}|null}`; `unreadableFiles` is new in
/// protocol 1.2, `removedUnreadableLines` and `keptUnreadableLines` in 1.5.
public struct BridgeErasure: Sendable, Hashable {
    /// What erasing did to one log.
    public struct File: Sendable, Hashable {
        /// The log's path.
        public var path: String
        /// Lines removed because they were about the user.
        public var removedLines: Int
        /// Lines kept.
        public var keptLines: Int
        /// Lines that could not be read and were removed because they name the user, or a
        /// session or ticket of theirs (protocol 1.5; not counted in `removedLines`).
        public var removedUnreadableLines: Int
        /// Lines that could not be read and were kept byte for byte because they name no one
        /// of the user's (protocol 1.5; not counted in `keptLines`).
        public var keptUnreadableLines: Int

        /// Creates a file's counts.
        public init(
            path: String, removedLines: Int, keptLines: Int, removedUnreadableLines: Int = 0,
            keptUnreadableLines: Int = 0
        ) {
            self.path = path
            self.removedLines = removedLines
            self.keptLines = keptLines
            self.removedUnreadableLines = removedUnreadableLines
            self.keptUnreadableLines = keptUnreadableLines
        }
    }

    /// The request's id (`null` on the line when it had none).
    public var id: BridgeRequestID?
    /// How many sessions were closed and forgotten (with their state files).
    public var sessions: Int
    /// The logs rewritten, in order.
    public var files: [File]
    /// What happened to the state files set aside as `NAME.unreadable` (protocol 1.2): the
    /// counts `switchboard erase` prints, written as `{"removed","kept","unattributed"}`;
    /// `nil` (`null` on the line) when the bridge keeps no state (no `--state-dir`).
    public var unreadableFiles: SetAsideErasure?

    /// Creates an erasure report.
    public init(
        id: BridgeRequestID?, sessions: Int, files: [File], unreadableFiles: SetAsideErasure? = nil
    ) {
        self.id = id
        self.sessions = sessions
        self.files = files
        self.unreadableFiles = unreadableFiles
    }
}
