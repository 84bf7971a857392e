/// Where a ``SessionStore`` keeps sessions so that a restarted bridge resumes them.
///
/// Implementations: ``StateDirectory`` (one file per session under `--state-dir`) and
/// ``InMemorySessionPersistence`` (for tests: two stores sharing one stand for a restart).
/// Only a state directory sets unreadable states aside; the others keep the defaults of
/// ``setAsideFiles()`` and ``remove(_:)``, which find and delete nothing.
public protocol SessionPersistence: Sendable {
    /// Saves a session, replacing what was saved for it before, atomically: a reader sees
    /// the old version or the new one, never a mix.
    func save(_ session: SavedSession) throws(SessionPersistenceError)

    /// Deletes a session's saved state; deleting one that was never saved is not an error.
    func remove(session: String) throws(SessionPersistenceError)

    /// Every saved session, with a description of each entry that could not be read (which is
    /// skipped, never fatal).
    func loadAll() throws(SessionPersistenceError) -> (sessions: [SavedSession], problems: [String])

    /// The saved states set aside because they could not be read (``StateDirectory`` renames
    /// them `NAME.unreadable`), read, with what can still be read of whose they are; a
    /// persistence that never sets one aside has none (the default).
    func setAsideFiles() throws(SessionPersistenceError) -> [SetAsideFile]

    /// Deletes a set-aside file (an erasure found it is a user's).
    func remove(_ file: SetAsideFile) throws(SessionPersistenceError)
}
