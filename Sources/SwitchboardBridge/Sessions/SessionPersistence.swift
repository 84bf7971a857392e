/// Where a ``SessionStore`` keeps sessions so that a restarted bridge resumes them.
///
/// Implementations: ``StateDirectory`` (one file per session under `--state-dir`) and
/// ``InMemorySessionPersistence`` (for tests: two stores sharing one stand for a restart).
public protocol SessionPersistence: Sendable {
    /// Saves a session, replacing what was saved for it before, atomically: a reader sees
    /// the old version or the new one, never a mix.
    func save(_ session: SavedSession) throws(SessionPersistenceError)

    /// Deletes a session's saved state; deleting one that was never saved is not an error.
    func remove(session: String) throws(SessionPersistenceError)

    /// Every saved session, with a description of each entry that could not be read (which is
    /// skipped, never fatal).
    func loadAll() throws(SessionPersistenceError) -> (sessions: [SavedSession], problems: [String])
}
