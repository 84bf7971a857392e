/// Removes from the engine's JSON Lines files what is older than a retention period (GDPR
/// article 5(1)(e), storage limitation): whole conversations and whole closed handoff cases,
/// never half of one, and never a case a person still has to work.
///
/// The lines fall into two kinds of group:
/// - **a handoff case**: every line that names a `ticket` (the handoff record, its `accepted`,
///   `resolved` and `abandoned` events, and the conversation log's `handoff` line), across all
///   the files. A case goes when it is closed (`resolved` or `abandoned`) and its newest line
///   is older than the cutoff. An open or accepted case stays whatever its age, and so does
///   every conversation of its session, until a person closes it.
/// - **a conversation**: the other lines of one `session` in one file, from a `started` line
///   to the line before the session's next `started`. It goes when its newest line is older
///   than the cutoff.
///
/// A line that names neither a session nor a ticket, a group none of whose lines has a
/// readable `time`, and a line that cannot be read at all (torn, garbage) are kept byte for
/// byte and counted, since nothing tells how old they are. A line newer than the cutoff is
/// always kept, so a line appended after the files were read (``learn()``) survives the
/// rewrite.
///
/// ```swift
/// var purge = RetentionPurge(cutoff: now.adding(minutes: -90 * 24 * 60), files: logs)
/// let receipts = try purge.purge()
/// ```
public struct RetentionPurge: Sendable {
    /// What purging did, or would do, to one file.
    public struct Receipt: Sendable, Equatable {
        /// The file's path.
        public var path: String
        /// Whether the file existed.
        public var existed: Bool
        /// Lines removed (or, in a dry run, that would be).
        public var removed: Int
        /// Lines kept.
        public var kept: Int
        /// Kept lines older than the cutoff that belong to an open or accepted handoff case,
        /// or to a conversation of a session with one.
        public var keptOpen: Int
        /// Kept lines whose age is unknown: no session or ticket, or no readable time in
        /// their group.
        public var keptUndated: Int
        /// Lines that cannot be read, kept byte for byte, as `path:line: reason`.
        public var unreadableKept: [String]

        /// Creates a receipt.
        public init(
            path: String, existed: Bool, removed: Int, kept: Int, keptOpen: Int = 0,
            keptUndated: Int = 0, unreadableKept: [String] = []
        ) {
            self.path = path
            self.existed = existed
            self.removed = removed
            self.kept = kept
            self.keptOpen = keptOpen
            self.keptUndated = keptUndated
            self.unreadableKept = unreadableKept
        }
    }

    /// What happens to one line.
    enum Verdict: Equatable {
        case remove
        case keepRecent
        case keepOpen
        case keepUndated
    }

    /// A conversation: a file, a session and which `started` in that file began it (0 for
    /// the lines before the first).
    private struct Conversation: Hashable {
        var file: Int
        var session: String
        var number: Int
    }

    /// A handoff case as read so far.
    private struct Case {
        var newest: Timestamp?
        var closed = false
        /// Whether the handoff record or a lifecycle event was read: a case known only from
        /// the conversation log's `handoff` line (its record in a log not given) is judged by
        /// age alone.
        var isTracked = false

        /// Whether a person may still have to work the case.
        var isOpen: Bool { self.isTracked && !self.closed }
    }

    /// Lines older than this go (when their whole group is).
    public let cutoff: Timestamp
    /// The files, in the order they are handled.
    public let files: [JSONLinesFile]

    private var conversations: [Conversation: Timestamp] = [:]
    private var cases: [String: Case] = [:]
    /// Sessions with a handoff case still open or accepted (after ``learn()``): their
    /// conversations stay, and so should their saved state.
    public private(set) var openSessions: Set<String> = []
    /// Whether ``learn()`` has read the files, so ``purge(dryRun:)`` need not read them again.
    private var hasLearnt = false

    /// Creates a purge of everything older than `cutoff` in `files`.
    public init(cutoff: Timestamp, files: [JSONLinesFile]) {
        self.cutoff = cutoff
        self.files = files
    }

    /// Open or accepted handoff cases whose newest line is older than the cutoff: kept, but an
    /// operator should close them (after ``learn()``).
    public var staleOpenCases: Int {
        self.cases.values.filter { $0.isOpen && ($0.newest.map { $0 < self.cutoff } ?? false) }
            .count
    }

    /// Reads every file once to date each conversation and handoff case.
    public mutating func learn() throws(StorageError) {
        self.conversations = [:]
        self.cases = [:]
        var sessionsOfCases: [String: Set<String>] = [:]
        for (index, file) in self.files.enumerated() {
            var counter = ConversationCounter(file: index)
            _ = try file.forEachLine { line in
                let time = line.string("time").flatMap { Timestamp(iso: $0) }
                if let ticket = Self.ticket(of: line) {
                    var known = self.cases[ticket, default: Case()]
                    if let time, known.newest.map({ $0 < time }) ?? true { known.newest = time }
                    let event = line.string("event")
                    if event == HandoffEventKind.resolved.rawValue
                        || event == HandoffEventKind.abandoned.rawValue
                    {
                        known.closed = true
                    }
                    // The record holds the transcript; the conversation log's line does not.
                    if event.flatMap(HandoffEventKind.init(rawValue:)) != nil
                        || line.object["transcript"] != nil
                    {
                        known.isTracked = true
                    }
                    self.cases[ticket] = known
                    if let session = Self.session(of: line) {
                        sessionsOfCases[ticket, default: []].insert(session)
                    }
                } else if let conversation = counter.conversation(of: line) {
                    // A conversation with no readable time stays unknown: its age is too.
                    if let time, self.conversations[conversation].map({ $0 < time }) ?? true {
                        self.conversations[conversation] = time
                    }
                }
            }
        }
        self.openSessions = []
        for (ticket, known) in self.cases where known.isOpen {
            self.openSessions.formUnion(sessionsOfCases[ticket] ?? [])
        }
        self.hasLearnt = true
    }

    /// Rewrites every file without the lines that have outlived the cutoff (each under its
    /// lock: temporary file, sync, rename), or, with `dryRun`, only counts them.
    ///
    /// Reads the files first (``learn()``) unless they were read already; a line appended
    /// since is newer than the cutoff, so it is kept either way.
    ///
    /// - Returns: a receipt per file, in order.
    /// - Throws: ``StorageError`` for the first file that cannot be read or rewritten; the
    ///   files before it are already rewritten, it and the files after it are unchanged, and
    ///   running the purge again finishes the job.
    public mutating func purge(dryRun: Bool = false) throws(StorageError) -> [Receipt] {
        if !self.hasLearnt { try self.learn() }
        let learnt = self
        var receipts: [Receipt] = []
        for (index, file) in self.files.enumerated() {
            var counter = ConversationCounter(file: index)
            var receipt = Receipt(
                path: file.path, existed: FileSystem.exists(file.path), removed: 0, kept: 0)
            let keeping = { (line: JSONLine) -> Bool in
                switch learnt.verdict(for: line, counter: &counter) {
                case .remove:
                    receipt.removed += 1
                    return false
                case .keepRecent:
                    receipt.kept += 1
                case .keepOpen:
                    receipt.kept += 1
                    receipt.keptOpen += 1
                case .keepUndated:
                    receipt.kept += 1
                    receipt.keptUndated += 1
                }
                return true
            }
            if dryRun {
                try file.forEachLine(
                    { _ = keeping($0) },
                    unreadable: { line in
                        receipt.unreadableKept.append(line.problem.description)
                    })
            } else {
                let result = try file.rewrite(keeping: keeping)
                receipt.existed = result.fileExisted
                receipt.unreadableKept = result.keptUnreadable.map(\.description)
            }
            receipts.append(receipt)
        }
        return receipts
    }

    /// What happens to `line`, given what ``learn()`` read; `counter` follows the file's
    /// conversations, fed every complete line in file order.
    private func verdict(for line: JSONLine, counter: inout ConversationCounter) -> Verdict {
        let time = line.string("time").flatMap { Timestamp(iso: $0) }
        let newest: Timestamp?
        let session: String?
        if let ticket = Self.ticket(of: line) {
            guard let known = self.cases[ticket] else { return .keepRecent }
            if let time, !(time < self.cutoff) { return .keepRecent }
            guard let caseNewest = known.newest else { return .keepUndated }
            guard caseNewest < self.cutoff else { return .keepRecent }
            return known.isOpen ? .keepOpen : .remove
        } else if let conversation = counter.conversation(of: line) {
            newest = self.conversations[conversation]
            session = conversation.session
        } else {
            return .keepUndated
        }
        if let time, !(time < self.cutoff) { return .keepRecent }
        guard let newest else { return .keepUndated }
        guard newest < self.cutoff else { return .keepRecent }
        if let session, self.openSessions.contains(session) { return .keepOpen }
        return .remove
    }

    /// The ticket a line names, if any (not empty).
    private static func ticket(of line: JSONLine) -> String? {
        guard let ticket = line.string("ticket"), !ticket.isEmpty else { return nil }
        return ticket
    }

    /// The session a line names, if any (not empty).
    private static func session(of line: JSONLine) -> String? {
        guard let session = line.string("session"), !session.isEmpty else { return nil }
        return session
    }

    /// Numbers the conversations of each session in one file: each `started` line begins the
    /// next one.
    private struct ConversationCounter {
        let file: Int
        private var started: [String: Int] = [:]

        init(file: Int) {
            self.file = file
        }

        /// The conversation a line without a ticket belongs to, or nil when it names no
        /// session.
        mutating func conversation(of line: JSONLine) -> Conversation? {
            guard let session = RetentionPurge.session(of: line) else { return nil }
            if line.string("event") == "started" { self.started[session, default: 0] += 1 }
            return Conversation(
                file: self.file, session: session, number: self.started[session, default: 0])
        }
    }
}
