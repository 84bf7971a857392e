/// One line of the conversation log: something that happened in one conversation.
///
/// Every event carries the time, the session, the user (when the front end named one) and
/// the bot, so a report can be cut by bot and date and `erase --user` can drop a user's
/// lines without understanding the rest. Text in events is masked before the event exists.
///
/// ```swift
/// let event = ConversationEvent(
///     time: now, session: "web-42", user: "u-1009", bot: "tidepool", kind: .csat(score: 5))
/// event.jsonLine()
/// // {"event":"csat","time":"…","session":"web-42","user":"u-1009","bot":"tidepool","score":5}
/// ```
public struct ConversationEvent: Sendable, Hashable {
    /// What happened.
    public enum Kind: Sendable, Hashable {
        /// A conversation began (with the bot's greeting, or with the user's first message).
        case started(botHash: String)
        /// The user sent a message and the bot answered.
        case turn(LoggedTurn)
        /// The conversation was handed to a person; the record is in the handoff log.
        case handoff(LoggedHandoff)
        /// The conversation ended; `contained` when it ended without a handoff.
        case ended(reason: ConversationEndReason, contained: Bool, turns: Int)
        /// The user rated the conversation, 1 to 5.
        case csat(score: Int)
        /// The bot asked the satisfaction question in a turn with no user message (after an
        /// action's result), so there is no `turn` line to mark `"csat":"asked"` on.
        ///
        /// Switchboard before this event reads the line as one it does not know: it warns
        /// and skips it, and its figures are otherwise unchanged (docs/operations.md).
        case csatAsked

        /// The `event` name on the line: `started`, `turn`, `handoff`, `ended`, `csat` or
        /// `csat_asked`.
        public var name: String {
            switch self {
            case .started: "started"
            case .turn: "turn"
            case .handoff: "handoff"
            case .ended: "ended"
            case .csat: "csat"
            case .csatAsked: "csat_asked"
            }
        }
    }

    /// When it happened.
    public var time: Timestamp
    /// The conversation's session id, as the front end named it.
    public var session: String
    /// The user's id, when the front end gave one.
    public var user: String?
    /// The bot's folder name, such as `tidepool`.
    public var bot: String
    /// What happened.
    public var kind: Kind

    /// Creates an event.
    public init(time: Timestamp, session: String, user: String?, bot: String, kind: Kind) {
        self.time = time
        self.session = session
        self.user = user
        self.bot = bot
        self.kind = kind
    }
}
