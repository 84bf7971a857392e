internal import Synchronization

/// Keeps saved sessions in memory, for tests: hand the same instance to a second
/// ``SessionStore`` to stand for a restarted bridge.
public final class InMemorySessionPersistence: SessionPersistence {
    private let saved = Mutex<[String: SavedSession]>([:])
    private let failure = Mutex<SessionPersistenceError?>(nil)

    /// Creates an empty store.
    public init() {}

    /// The sessions saved so far, by session id.
    public var sessions: [String: SavedSession] { self.saved.withLock { $0 } }

    /// Saves the session, or throws the failure set with ``failSaves(with:)``.
    public func save(_ session: SavedSession) throws(SessionPersistenceError) {
        if let failure = self.failure.withLock({ $0 }) { throw failure }
        self.saved.withLock { $0[session.session] = session }
    }

    /// Forgets the session.
    public func remove(session: String) throws(SessionPersistenceError) {
        _ = self.saved.withLock { $0.removeValue(forKey: session) }
    }

    /// Every saved session, sorted by session id.
    public func loadAll() throws(SessionPersistenceError) -> (
        sessions: [SavedSession], problems: [String]
    ) {
        (self.saved.withLock { Array($0.values) }.sorted { $0.session < $1.session }, [])
    }

    /// Makes every later save fail (or succeed again with `nil`), to test failure paths.
    public func failSaves(with failure: SessionPersistenceError?) {
        self.failure.withLock { $0 = failure }
    }
}
