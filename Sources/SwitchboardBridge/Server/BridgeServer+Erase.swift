import Logging
import SwitchboardCore

extension BridgeServer {
    /// Forgets a user, as `switchboard erase` does while the bridge is stopped, in the same
    /// order (``UserDataRequest/erase(deletingStateFirst:)``): learns from the logs which
    /// sessions are theirs, deletes the state files set aside as `NAME.unreadable` that are
    /// theirs, closes their open sessions (deleting their state files), and only then
    /// rewrites the logs without their lines.
    ///
    /// An open session is theirs when its state names them, or names no user and the logs tie
    /// its session to them, as for `switchboard erase`. The set-aside files go first, while
    /// the user's open sessions and their lines in the logs still tie files to them, and the
    /// logs go last, so that sending `erase` again after a failure finds the same files: a
    /// session whose state file cannot be deleted stays open. Deleting set-aside files beside
    /// live sessions is safe: the bridge holds the state folder's lock for its life, sets files
    /// aside only when it starts, and never writes to a set-aside name (a session's file name
    /// has no `.unreadable` in it).
    mutating func erase(_ request: BridgeRequest) -> BridgeResponse {
        let user = request.user ?? ""
        var erasure = UserDataRequest(
            user: user, files: self.configuration.erasableLogs.map { JSONLinesFile(path: $0) },
            sessions: Set(self.sessions.sessions(ofUser: user)))
        let state: (sessions: Int, unreadableFiles: SetAsideErasure?)
        let receipts: [UserDataRequest.Receipt]
        do {
            (state, receipts) = try erasure.erase(deletingStateFirst: {
                sessions throws(SessionPersistenceError) in
                try self.eraseState(of: user, sessions: sessions)
            })
        } catch {
            self.logger.error("erase incomplete: \(error)")
            let consequence =
                switch error {
                case .logUnreadable:
                    "nothing was erased"
                case .state:
                    "no log was rewritten yet (a session whose state file was not deleted stays "
                        + "open)"
                case .log:
                    "the user's sessions and state files are erased, the logs are not all "
                        + "rewritten"
                }
            return Self.reject(
                request, .eraseFailed,
                "erase incomplete: \(error); \(consequence); send erase again")
        }
        for receipt in receipts {
            for line in receipt.unreadableRemoved {
                self.logger.info(
                    """
                    erase: \(line) (unreadable; removed: it names the erased user, or a session \
                    or ticket of theirs)
                    """)
            }
            for line in receipt.unreadableKept {
                self.logger.warning(
                    """
                    erase: \(line) (unreadable; kept: it names no one of the erased user's, \
                    check it by hand)
                    """)
            }
        }
        return .erased(
            BridgeErasure(
                id: request.id, sessions: state.sessions,
                files: receipts.map {
                    BridgeErasure.File(
                        path: $0.path, removedLines: $0.removed, keptLines: $0.kept,
                        removedUnreadableLines: $0.unreadableRemoved.count,
                        keptUnreadableLines: $0.unreadableKept.count)
                },
                unreadableFiles: state.unreadableFiles))
    }

    /// The state half of ``erase(_:)``: deletes the user's set-aside files, then closes the
    /// user's open sessions, deleting their state files.
    ///
    /// - Parameters:
    ///   - user: the user being erased.
    ///   - sessions: the sessions known to be theirs: those whose state names them, and those
    ///     the logs tie to them.
    /// - Returns: how many sessions were closed, and the set-aside files' counts (`nil`
    ///   without a state folder).
    /// - Throws: ``SessionPersistenceError`` for the first file that cannot be listed, read or
    ///   deleted; the set-aside files and sessions before it are gone, the rest stay.
    private mutating func eraseState(
        of user: String, sessions: Set<String>
    ) throws(SessionPersistenceError) -> (sessions: Int, unreadableFiles: SetAsideErasure?) {
        var unreadableFiles: SetAsideErasure?
        if let persistence = self.sessions.persistence {
            let counts = try persistence.eraseSetAsideFiles(
                try persistence.setAsideFiles(), of: user, sessions: sessions)
            unreadableFiles = counts
            let count = counts.unattributed
            if count > 0 {
                self.logger.warning(
                    """
                    erase: \(Plural.count(count, "set-aside *.unreadable state file")) \
                    \(Plural.pick(count, one: "names", other: "name")) no user and no session \
                    of the erased user; kept, check \(Plural.pick(count, one: "it", other: "them")) \
                    by hand (see docs/operations.md)
                    """)
            }
        }
        let open = self.sessions.sessions(ofUser: user, orIn: sessions)
        for session in open {
            try self.sessions.erase(session)
            self.actionDeadlines[session] = nil
        }
        return (open.count, unreadableFiles)
    }
}
