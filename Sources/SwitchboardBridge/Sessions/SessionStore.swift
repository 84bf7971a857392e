public import SwitchboardCore

/// The bridge's sessions: each conversation's state by session id, idle expiry, and
/// persistence so a restarted bridge resumes every conversation.
///
/// The store is a value owned by one ``BridgeServer``, not an actor: the bridge answers lines
/// strictly in order, one at a time, so nothing else ever touches it, and an actor would add
/// a suspension to every request (and invite reordering) without protecting anything. The
/// type is not `Sendable` on purpose.
///
/// Sessions are kept in a list ordered by last activity, so touching a session is O(1) and
/// expiry walks only the sessions that expire. Only the ``ConversationState`` is kept per
/// session (the bot is shared), in compact form; see ``CompactState``.
///
/// ```swift
/// var store = SessionStore(idleMinutes: 30, persistence: try StateDirectory(path: "state"))
/// _ = try store.resume(at: clock.now())
/// store.expireIdle(at: now)
/// var state = store.state(of: "web-42") ?? ConversationState(session: "web-42")
/// ... // run a turn
/// try store.save(state, at: now)
/// ```
public struct SessionStore {
    /// One session in the activity list.
    private struct Slot {
        var state: CompactState?
        var lastActive: Int64
        var older: Int32
        var newer: Int32
    }

    /// Minutes of inactivity after which a session is forgotten; `nil` for never.
    public let idleMinutes: Int?
    /// Where sessions are saved, if anywhere.
    public let persistence: (any SessionPersistence)?
    private var slots: [Slot] = []
    private var index: [String: Int32] = [:]
    private var freeSlots: [Int32] = []
    private var oldest: Int32 = -1
    private var newest: Int32 = -1
    private var pool = StringPool()

    /// Creates an empty store.
    ///
    /// - Parameters:
    ///   - idleMinutes: minutes without a request after which a session is forgotten (and its
    ///     saved state deleted); `nil` or 0 keeps sessions until `end`.
    ///   - persistence: where to save each session after each change; `nil` keeps them in
    ///     memory only.
    public init(idleMinutes: Int?, persistence: (any SessionPersistence)? = nil) {
        self.idleMinutes = idleMinutes.flatMap { $0 > 0 ? $0 : nil }
        self.persistence = persistence
    }

    /// How many sessions the store holds.
    public var count: Int { self.index.count }

    /// Whether the store holds a session.
    public func contains(_ session: String) -> Bool {
        self.index[session] != nil
    }

    /// The action calls the sessions wait for, by session: unpacks every state, so it is for
    /// the start of a run (sessions resumed from `--state-dir`), not for each request.
    public func pendingActions() -> [String: PendingAction] {
        var pending: [String: PendingAction] = [:]
        for (session, slot) in self.index {
            if let action = self.slots[Int(slot)].state?.expanded(pool: self.pool)?.pendingAction {
                pending[session] = action
            }
        }
        return pending
    }

    /// The sessions that are `user`'s, sorted.
    ///
    /// By the rule of ``ConversationState/belongs(to:orIn:)``: those whose state names them,
    /// and those whose state names no user and that are among `sessions` (tied to them by the
    /// logs). Unpacks every state, so it is for rare requests such as `erase`.
    public func sessions(ofUser user: String, orIn sessions: Set<String> = []) -> [String] {
        self.index.compactMap { session, slot in
            let state = self.slots[Int(slot)].state?.expanded(pool: self.pool)
            return state?.belongs(to: user, orIn: sessions) == true ? session : nil
        }.sorted()
    }

    /// A session's conversation state, or `nil` when the store does not hold it.
    public func state(of session: String) -> ConversationState? {
        guard let slot = self.index[session] else { return nil }
        return self.slots[Int(slot)].state?.expanded(pool: self.pool)
    }

    /// Stores a session's state (adding the session when new), marks it active at `now`, and
    /// saves it.
    ///
    /// - Throws: ``SessionPersistenceError`` when it could not be saved; the store still
    ///   holds the new state.
    public mutating func save(
        _ state: ConversationState, at now: Timestamp
    ) throws(SessionPersistenceError) {
        let compact = CompactState(state, pool: &self.pool)
        let time = now.millisecondsSince1970
        if let slot = self.index[state.session] {
            self.slots[Int(slot)].state = compact
            self.slots[Int(slot)].lastActive = time
            self.unlink(slot)
            self.append(slot)
        } else {
            self.insert(compact, session: state.session, lastActive: time)
        }
        try self.persistence?.save(SavedSession(state: state, lastActive: now))
    }

    /// Forgets a session and deletes its saved state.
    ///
    /// - Returns: whether the store held the session.
    /// - Throws: ``SessionPersistenceError`` when the saved state could not be deleted; the
    ///   session is forgotten in memory all the same.
    @discardableResult
    public mutating func remove(_ session: String) throws(SessionPersistenceError) -> Bool {
        guard let slot = self.index.removeValue(forKey: session) else { return false }
        self.release(slot)
        try self.persistence?.remove(session: session)
        return true
    }

    /// Deletes a session's saved state, then forgets the session; for erasure.
    ///
    /// Unlike ``remove(_:)``, a session whose saved state cannot be deleted stays in the
    /// store, so that an erasure run again still finds it and its file.
    ///
    /// - Returns: whether the store held the session.
    /// - Throws: ``SessionPersistenceError`` when the saved state could not be deleted; the
    ///   store still holds the session.
    @discardableResult
    public mutating func erase(_ session: String) throws(SessionPersistenceError) -> Bool {
        guard let slot = self.index[session] else { return false }
        try self.persistence?.remove(session: session)
        self.index.removeValue(forKey: session)
        self.release(slot)
        return true
    }

    /// Forgets every session idle for longer than ``idleMinutes`` at `now`, deleting their
    /// saved state.
    ///
    /// - Returns: the expired session ids, oldest first, and the deletions that failed.
    @discardableResult
    public mutating func expireIdle(
        at now: Timestamp
    ) -> (expired: [String], failures: [SessionPersistenceError]) {
        self.expire(at: now) { compact, _ in compact.session }
    }

    /// Forgets every session idle for longer than ``idleMinutes`` at `now`, like
    /// ``expireIdle(at:)``, and returns their last states (to log their conversations as
    /// ended).
    ///
    /// - Returns: the expired sessions' states, oldest first, and the deletions that failed.
    public mutating func expireIdleStates(
        at now: Timestamp
    ) -> (expired: [ConversationState], failures: [SessionPersistenceError]) {
        let (states, failures) = self.expire(at: now) { compact, pool in
            compact.expanded(pool: pool)
        }
        return (states.compactMap { $0 }, failures)
    }

    /// The latest activity at which a session is idle too long at `now`.
    ///
    /// In milliseconds since 1970; `nil` when sessions never expire. A limit longer than the
    /// clock can count (`--idle-minutes 9223372036854775807`) expires nothing, rather than
    /// overflow.
    private func idleCutoff(at now: Timestamp) -> Int64? {
        guard let minutes = self.idleMinutes else { return nil }
        let (span, spanOverflows) = Int64(minutes).multipliedReportingOverflow(by: 60_000)
        let (cutoff, cutoffOverflows) = now.millisecondsSince1970.subtractingReportingOverflow(
            span)
        return spanOverflows || cutoffOverflows ? Int64.min : cutoff
    }

    private mutating func expire<Expired>(
        at now: Timestamp, _ take: (CompactState, StringPool) -> Expired
    ) -> (expired: [Expired], failures: [SessionPersistenceError]) {
        guard let cutoff = self.idleCutoff(at: now) else { return ([], []) }
        var expired: [Expired] = []
        var failures: [SessionPersistenceError] = []
        while self.oldest >= 0, self.slots[Int(self.oldest)].lastActive <= cutoff {
            let slot = self.oldest
            guard let compact = self.slots[Int(slot)].state else {
                preconditionFailure("SessionStore: a free slot is in the activity list")
            }
            let session = compact.session
            let taken = take(compact, self.pool)
            self.index.removeValue(forKey: session)
            self.release(slot)
            expired.append(taken)
            do {
                try self.persistence?.remove(session: session)
            } catch {
                failures.append(error)
            }
        }
        return (expired, failures)
    }

    /// Loads every saved session, skipping (and deleting) those already idle too long.
    ///
    /// - Returns: how many sessions were resumed, and problems with saved state that was
    ///   skipped.
    /// - Throws: ``SessionPersistenceError`` when the saved sessions cannot be listed.
    public mutating func resume(
        at now: Timestamp
    ) throws(SessionPersistenceError) -> (resumed: Int, problems: [String]) {
        guard let persistence = self.persistence else { return (0, []) }
        var (sessions, problems) = try persistence.loadAll()
        sessions.sort { $0.lastActive < $1.lastActive }
        let cutoff = self.idleCutoff(at: now)
        var resumed = 0
        for saved in sessions {
            if let cutoff, saved.lastActive.millisecondsSince1970 <= cutoff {
                do {
                    try persistence.remove(session: saved.session)
                } catch {
                    problems.append(error.description)
                }
                continue
            }
            if let slot = self.index.removeValue(forKey: saved.session) { self.release(slot) }
            let compact = CompactState(saved.state, pool: &self.pool)
            self.insert(
                compact, session: saved.session,
                lastActive: saved.lastActive.millisecondsSince1970)
            resumed += 1
        }
        return (resumed, problems)
    }

    private mutating func insert(_ state: CompactState, session: String, lastActive: Int64) {
        let slot: Int32
        if let free = self.freeSlots.popLast() {
            slot = free
            self.slots[Int(slot)] = Slot(state: state, lastActive: lastActive, older: -1, newer: -1)
        } else {
            slot = Int32(self.slots.count)
            self.slots.append(Slot(state: state, lastActive: lastActive, older: -1, newer: -1))
        }
        self.index[session] = slot
        self.append(slot)
    }

    /// Unlinks a slot and puts it on the free list.
    private mutating func release(_ slot: Int32) {
        self.unlink(slot)
        self.slots[Int(slot)].state = nil
        self.freeSlots.append(slot)
    }

    /// Adds a slot as the newest.
    private mutating func append(_ slot: Int32) {
        self.slots[Int(slot)].older = self.newest
        self.slots[Int(slot)].newer = -1
        if self.newest >= 0 { self.slots[Int(self.newest)].newer = slot }
        self.newest = slot
        if self.oldest < 0 { self.oldest = slot }
    }

    /// Takes a slot out of the activity list.
    private mutating func unlink(_ slot: Int32) {
        let older = self.slots[Int(slot)].older
        let newer = self.slots[Int(slot)].newer
        if older >= 0 { self.slots[Int(older)].newer = newer } else { self.oldest = newer }
        if newer >= 0 { self.slots[Int(newer)].older = older } else { self.newest = older }
        self.slots[Int(slot)].older = -1
        self.slots[Int(slot)].newer = -1
    }
}
