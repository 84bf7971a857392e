extension SessionPersistence {
    /// No set-aside files: a persistence that never sets a saved state aside has none.
    public func setAsideFiles() throws(SessionPersistenceError) -> [SetAsideFile] { [] }

    /// Does nothing: a persistence that never sets a saved state aside has nothing to delete.
    public func remove(_ file: SetAsideFile) throws(SessionPersistenceError) {}

    /// Deletes the set-aside files that are `user`'s and counts the rest, by
    /// ``SetAsideFile/attribution(to:sessions:)``: the one rule `switchboard erase` and the
    /// bridge's `erase` request share.
    ///
    /// Call it holding the state folder's lock (a running bridge holds it for its life), and
    /// before the evidence is gone: while the logs still hold the user's lines and the user's
    /// open sessions are still known, so that running the erasure again after a failure finds
    /// the same files.
    ///
    /// - Parameters:
    ///   - files: the folder's set-aside files, from ``setAsideFiles()``.
    ///   - user: the user being erased.
    ///   - sessions: the sessions known to be the user's: their open or saved sessions and
    ///     those the logs tie to them (``UserDataSelector/sessions`` after learning).
    /// - Returns: how many files were removed, kept, and could not be attributed.
    /// - Throws: ``SessionPersistenceError`` for the first file that cannot be deleted; the
    ///   files before it are deleted already.
    public func eraseSetAsideFiles(
        _ files: [SetAsideFile], of user: String, sessions: Set<String>
    ) throws(SessionPersistenceError) -> SetAsideErasure {
        var erasure = SetAsideErasure()
        for file in files {
            switch file.attribution(to: user, sessions: sessions) {
            case .theirs:
                try self.remove(file)
                erasure.removed += 1
            case .notTheirs:
                erasure.kept += 1
            case .unknown:
                erasure.unattributed += 1
            }
        }
        return erasure
    }
}
