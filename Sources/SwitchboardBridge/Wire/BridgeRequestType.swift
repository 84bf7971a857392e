/// What a request asks the bridge to do: the `type` field of an input line.
public enum BridgeRequestType: String, Sendable, Hashable, CaseIterable {
    /// Answer the user's `text` (the default when `type` is absent).
    case message
    /// Open a new session with the bot's greeting.
    case start
    /// Close a session and forget it.
    case end
    /// Start a session's conversation over, with the greeting.
    case reset
    /// Report where a session's conversation is, without a turn.
    case state
    /// Check that the bridge is alive; needs no session.
    case ping
    /// Answer an `action` line: the result of the call named by `call` (protocol 1.1).
    case actionResult = "action_result"
    /// Erase everything the bridge keeps about `user`: their sessions, state files (set-aside
    /// `NAME.unreadable` files too, from 1.2) and lines in the logs (GDPR); needs no session
    /// (protocol 1.1).
    case erase
}
