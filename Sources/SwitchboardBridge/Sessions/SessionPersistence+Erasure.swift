extension SessionPersistence {
    /// Deletes the saved sessions that are `user`'s, by
    /// ``ConversationState/belongs(to:orIn:)``, and counts the rest: what `switchboard erase`
    /// does to a stopped state folder (a running bridge closes its open sessions instead).
    ///
    /// Call it holding the state folder's lock, inside
    /// ``SwitchboardCore/UserDataRequest/erase(deletingStateFirst:)`` (so the logs still hold
    /// the lines that tie sessions naming no user to the person), and after
    /// ``eraseSetAsideFiles(_:of:sessions:)``: a session file that names the person is what
    /// ties a torn set-aside file of the same session to them when no log does, so it must
    /// outlive a failed delete of that file.
    ///
    /// - Parameters:
    ///   - saved: the folder's saved sessions, from ``loadAll()``.
    ///   - user: the user being erased.
    ///   - sessions: the sessions known to be the user's (``UserDataSelector/sessions`` after
    ///     learning).
    /// - Returns: how many session files were removed and kept.
    /// - Throws: ``SessionPersistenceError`` for the first file that cannot be deleted; the
    ///   files before it are deleted already.
    public func eraseSavedSessions(
        _ saved: [SavedSession], of user: String, sessions: Set<String>
    ) throws(SessionPersistenceError) -> (removed: Int, kept: Int) {
        var removed = 0
        for session in saved where session.belongs(to: user, orIn: sessions) {
            try self.remove(session: session.session)
            removed += 1
        }
        return (removed, saved.count - removed)
    }
}
