public import SwitchboardCore

/// A session as it is persisted: the conversation's state and when it was last active.
public struct SavedSession: Sendable, Hashable, Codable {
    /// The conversation's state (its `session` field is the session id).
    public var state: ConversationState
    /// When the session last served a request, for idle expiry across restarts.
    public var lastActive: Timestamp

    /// Creates a saved session.
    public init(state: ConversationState, lastActive: Timestamp) {
        self.state = state
        self.lastActive = lastActive
    }

    /// The session id.
    public var session: String { self.state.session }

    /// Whether the session is a person's: its state names `user`, or names no user and the
    /// session is one of `sessions` (learnt from the logs); see
    /// ``ConversationState/belongs(to:orIn:)``.
    public func belongs(to user: String, orIn sessions: Set<String> = []) -> Bool {
        self.state.belongs(to: user, orIn: sessions)
    }

    /// The session as its state file holds it: `{"format":1,"session":{...}}`, keys sorted.
    public func fileContents() throws(SessionPersistenceError) -> [UInt8] {
        try SavedSessionCoding.encode(self)
    }
}
