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
}
