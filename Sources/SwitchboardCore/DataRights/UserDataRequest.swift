/// A data subject's request (GDPR articles 15, 17 and 20) run over the engine's JSON Lines
/// files: find, export or erase every line about one person.
///
/// The files are read once to learn the person's sessions and tickets (see
/// ``UserDataSelector``), then each is exported or rewritten. Erasing rewrites a file under
/// its exclusive lock (temporary file, sync, rename; see ``JSONLinesFile/rewrite(keeping:)``),
/// still learning as it goes, so lines appended between the two passes are caught too.
///
/// A line that cannot be read (torn, garbage, a key given twice) is the person's when it names
/// their user id, or one of their sessions or tickets, as a whole JSON string
/// (``UserDataSelector/owns(unreadable:)``): export includes it, erase removes it. Any
/// other such line cannot be attributed: export leaves it out, erase keeps it byte for byte,
/// and both list it for an operator.
///
/// ```swift
/// var request = UserDataRequest(user: "u-1009", files: [handoffLog, conversationLog])
/// let receipts = try request.erase()
/// for receipt in receipts { print(receipt.path, receipt.removed) }
/// ```
public struct UserDataRequest: Sendable {
    /// What one file held about the person.
    public struct Found: Sendable {
        /// The file's path.
        public var path: String
        /// The person's lines, in file order.
        public var lines: [JSONLine]
        /// The person's lines that could not be read (torn, garbage, a key twice) but name
        /// them, or one of their sessions or tickets, in file order.
        public var unreadable: [UnreadableJSONLine]
        /// The other lines that could not be read: they name no one of the person's, so they
        /// are not exported (look at them by hand).
        public var problems: [JSONLinesProblem]
    }

    /// What erasing did to one file.
    public struct Receipt: Sendable, Equatable {
        /// The file's path.
        public var path: String
        /// Whether the file existed.
        public var existed: Bool
        /// Lines removed because they were about the person.
        public var removed: Int
        /// Lines kept.
        public var kept: Int
        /// Unreadable lines (torn, garbage, a key twice) removed because they name the person,
        /// or one of their sessions or tickets, as `path:line: reason`.
        public var unreadableRemoved: [String]
        /// Unreadable lines kept byte for byte because they name no one of the person's, as
        /// `path:line: reason`.
        public var unreadableKept: [String]

        /// Creates a receipt.
        public init(
            path: String, existed: Bool, removed: Int, kept: Int,
            unreadableRemoved: [String] = [], unreadableKept: [String] = []
        ) {
            self.path = path
            self.existed = existed
            self.removed = removed
            self.kept = kept
            self.unreadableRemoved = unreadableRemoved
            self.unreadableKept = unreadableKept
        }
    }

    /// Which lines are the person's; its sessions and tickets grow as files are read.
    public private(set) var selector: UserDataSelector
    /// The files to search, in the order they are handled.
    public let files: [JSONLinesFile]

    /// Creates a request for `user` over `files`, with sessions already known to be theirs.
    public init(user: String, files: [JSONLinesFile], sessions: Set<String> = []) {
        self.selector = UserDataSelector(user: user, sessions: sessions)
        self.files = files
    }

    /// Reads every file once so the person's sessions and tickets are known across files (a
    /// handoff in one log, its conversation in another).
    ///
    /// Done twice, because a session learnt from a later file can own a ticket in an earlier
    /// one.
    public mutating func learn() throws(StorageError) {
        for _ in 0..<2 {
            for file in self.files {
                var selector = self.selector
                _ = try file.forEachLine { selector.learn(from: $0) }
                self.selector = selector
            }
        }
    }

    /// The person's lines in every file, and their lines that cannot be read (each file read
    /// once, then learnt from twice as ``learn()`` does).
    public mutating func export() throws(StorageError) -> [Found] {
        var contents: [(lines: [JSONLine], unreadable: [UnreadableJSONLine])] = []
        for file in self.files {
            var lines: [JSONLine] = []
            var unreadable: [UnreadableJSONLine] = []
            try file.forEachLine({ lines.append($0) }, unreadable: { unreadable.append($0) })
            contents.append((lines, unreadable))
        }
        for _ in 0..<2 {
            for file in contents {
                for line in file.lines { self.selector.learn(from: line) }
            }
        }
        return zip(self.files, contents).map { file, contents in
            var theirs: [UnreadableJSONLine] = []
            var others: [UnreadableJSONLine] = []
            for line in contents.unreadable {
                if self.selector.owns(unreadable: line.bytes) {
                    theirs.append(line)
                } else {
                    others.append(line)
                }
            }
            return Found(
                path: file.path, lines: contents.lines.filter(self.selector.owns),
                unreadable: theirs, problems: others.map(\.problem))
        }
    }

    /// Rewrites every file without the person's lines.
    ///
    /// Only for data that lives in these files alone: when files elsewhere (state files) are
    /// tied to the person through these lines, erase with ``erase(deletingStateFirst:)``,
    /// which deletes those before the lines that tie them are gone.
    ///
    /// - Returns: a receipt per file, in order.
    /// - Throws: ``StorageError`` for the first file that cannot be rewritten; files before
    ///   it are already rewritten, it and the files after it are unchanged, and running the
    ///   request again finishes the job.
    public mutating func erase() throws(StorageError) -> [Receipt] {
        try self.learn()
        return try self.rewriteLogs()
    }

    /// Rewrites every file without the person's lines, learning from each line as it goes
    /// (call ``learn()`` first); unreadable lines go when they name the person, or one of their
    /// sessions or tickets, and are kept byte for byte otherwise.
    ///
    /// - Returns: a receipt per file, in order.
    /// - Throws: ``StorageError`` for the first file that cannot be rewritten; files before
    ///   it are already rewritten, it and the files after it are unchanged.
    mutating func rewriteLogs() throws(StorageError) -> [Receipt] {
        var receipts: [Receipt] = []
        for file in self.files {
            var selector = self.selector
            let result = try file.rewrite(
                keeping: { line in
                    selector.learn(from: line)
                    return !selector.owns(line)
                },
                keepingUnreadable: { !selector.owns(unreadable: $0.bytes) })
            self.selector = selector
            receipts.append(
                Receipt(
                    path: file.path, existed: result.fileExisted, removed: result.dropped,
                    kept: result.kept,
                    unreadableRemoved: result.droppedUnreadable.map(\.description),
                    unreadableKept: result.keptUnreadable.map(\.description)))
        }
        return receipts
    }
}
