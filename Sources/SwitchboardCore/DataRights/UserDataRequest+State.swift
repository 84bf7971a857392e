extension UserDataRequest {
    /// Erases the person from the logs and from the state kept beside them, in the one order
    /// that lets an erasure that failed half-way be run again to finish: every log is read to
    /// learn the person's sessions and tickets, then `eraseState` deletes what lies outside
    /// the logs (session state files, set-aside files) by what they tie to the person, and
    /// only then are the logs rewritten.
    ///
    /// A state file that names no user is the person's only because a log line ties its
    /// session to them. Rewriting the logs first would lose that tie for good if a delete then
    /// failed: the file would stay, and nothing would say whose it is. In this order a failed
    /// delete leaves the logs as they were, so the next run learns the same sessions and finds
    /// the files left over. `switchboard erase` and the bridge's `erase` request both erase
    /// through this method.
    ///
    /// ```swift
    /// var request = UserDataRequest(user: "u-1009", files: logs, sessions: savedSessions)
    /// let (removed, receipts) = try request.erase(deletingStateFirst: {
    ///     sessions throws(SessionPersistenceError) in
    ///     try folder.deleteFiles(of: "u-1009", sessions: sessions)
    /// })
    /// ```
    ///
    /// - Parameter eraseState: deletes the person's state outside the logs, given the
    ///   sessions known to be theirs (those the request was created with, and those the logs
    ///   tie to them); it should delete everything whose attribution depends on other state
    ///   (set-aside files of a session whose own state file names the person) before that
    ///   state, and stop at the first delete that fails.
    /// - Returns: what `eraseState` returned, and a receipt per log, in order.
    /// - Throws: ``UserDataErasureError``: `.logUnreadable` when a log cannot be read (nothing
    ///   changed); `.state` with `eraseState`'s error (no log rewritten); `.log` when a log
    ///   cannot be rewritten (the state is erased, the logs before it are rewritten, it and
    ///   the rest are unchanged). Running the request again finishes the job.
    public mutating func erase<StateErasure, StateFailure: Error>(
        deletingStateFirst eraseState: (_ sessions: Set<String>) throws(StateFailure) ->
            StateErasure
    ) throws(UserDataErasureError<StateFailure>) -> (
        state: StateErasure, receipts: [Receipt]
    ) {
        do {
            try self.learn()
        } catch {
            throw .logUnreadable(error)
        }
        let state: StateErasure
        do {
            state = try eraseState(self.selector.sessions)
        } catch {
            throw .state(error)
        }
        do {
            return (state, try self.rewriteLogs())
        } catch {
            throw .log(error)
        }
    }
}
