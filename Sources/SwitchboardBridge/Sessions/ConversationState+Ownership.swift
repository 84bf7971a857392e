public import SwitchboardCore

extension ConversationState {
    /// Whether the conversation is a person's.
    ///
    /// It is when its state names `user`, or names no user and its session is one of
    /// `sessions` (tied to them by the logs). A state that names another user is never theirs.
    ///
    /// The one rule `switchboard erase` and `export` apply to saved sessions
    /// (``SavedSession/belongs(to:orIn:)``) and the bridge's `erase` request to open ones
    /// (``SessionStore/sessions(ofUser:orIn:)``).
    public func belongs(to user: String, orIn sessions: Set<String> = []) -> Bool {
        // A state naming "" names no user, as the bridge reads it (protocol 1.4).
        guard let owner = self.user, !owner.isEmpty else { return sessions.contains(self.session) }
        return owner == user
    }

    /// Whether `user` (a request's) is another person than the one the state names: never
    /// when either names no one (`nil` or `""`), as the bridge reads them (protocol 1.4).
    func names(anotherUserThan user: String?) -> Bool {
        guard let user, !user.isEmpty, let owner = self.user, !owner.isEmpty else { return false }
        return owner != user
    }
}
