/// Why a conversation ended, as the conversation log records it.
public enum ConversationEndReason: String, Sendable, Hashable, CaseIterable {
    /// The bot closed it: a flow's `end` state with `close`, or an intent that ends it.
    case closed
    /// It was handed to a person.
    case handoff
    /// It was started over (`/reset` in the REPL, `reset` on the bridge).
    case reset
    /// The front end closed it: `end` on the bridge, leaving the REPL.
    case client
    /// The bridge forgot it after `--idle-minutes` without a request.
    case expired
}
