/// Everything the bot remembers about one conversation: slots, the flows in progress, what it
/// is waiting for, and counters.
///
/// The state is a plain value: it can be saved (`Codable`), restored and compared, and the
/// same state and message always produce the same turn.
public struct ConversationState: Sendable, Hashable, Codable {
    /// The session id given by the frontend.
    public var session: String
    /// The user id given by the frontend.
    public var user: String?
    /// Values the frontend passed about the user (plan, country, ...).
    public var context: [String: SlotValue]
    /// Slot values collected so far.
    public var slots: [String: SlotValue]
    /// Flows in progress, innermost last.
    ///
    /// When not empty, the last frame rests at a state that waits for the user (a `collect`
    /// or a `confirm`), or at an `action` state that waits for the host (``pendingAction``).
    public var stack: [FlowFrame]
    /// A question outside any flow that the next message may answer.
    public var pending: PendingQuestion?
    /// The action call the conversation waits for; the innermost frame rests at its
    /// `action` state until a result, a failure or a timeout is delivered.
    public var pendingAction: PendingAction?
    /// Fallbacks in a row.
    public var consecutiveFallbacks: Int
    /// How many times each response list has been used, for rotating variants.
    public var variantUses: [String: Int]
    /// Knowledge-base articles already offered.
    public var articlesTried: [String]
    /// The last intent recognised.
    public var lastIntent: String?
    /// The number of user messages so far.
    public var turn: Int
    /// Whether the conversation has ended (closed, or handed to a person).
    public var isEnded: Bool
    /// The handoff that ended the conversation, if one did: the conversation is with a person.
    public var handoff: OpenHandoff?
    /// The last lines of the conversation, for the handoff transcript (at most ``historyLimit``).
    public var history: [HistoryEntry]

    /// The most lines kept in ``history``.
    public static let historyLimit = 40

    /// The largest value of a counter (``turn``, ``consecutiveFallbacks``, a frame's
    /// ``FlowFrame/attempts``, ``variantUses``): far more turns, answers or uses than any
    /// conversation has, and far enough below `Int.max` that counting on never overflows.
    ///
    /// The dialogue machine's counters stop at it rather than pass it, so a state file, which
    /// holds counters from 0 to this value, can hold every state the machine makes.
    public static let maximumCount = Int(Int32.max)

    /// `count + 1`, or `count` once it has reached ``maximumCount``.
    static func counting(_ count: Int) -> Int {
        count < Self.maximumCount ? count + 1 : count
    }

    /// A new conversation.
    public init(session: String, user: String? = nil, context: [String: SlotValue] = [:]) {
        self.session = session
        self.user = user
        self.context = context
        self.slots = [:]
        self.stack = []
        self.pending = nil
        self.pendingAction = nil
        self.consecutiveFallbacks = 0
        self.variantUses = [:]
        self.articlesTried = []
        self.lastIntent = nil
        self.turn = 0
        self.isEnded = false
        self.handoff = nil
        self.history = []
    }

    /// The ticket of the handoff that ended the conversation, if any.
    public var ticket: String? { self.handoff?.ticket }

    /// Where the conversation is: `flow.state` inside a flow, `idle` between flows, `ended` after the end.
    public var position: String {
        if self.isEnded { return "ended" }
        if let frame = self.stack.last { return "\(frame.flow).\(frame.state)" }
        return "idle"
    }

    /// Adds a line to the history, dropping the oldest beyond the limit.
    mutating func remember(_ entry: HistoryEntry) {
        self.history.append(entry)
        if self.history.count > Self.historyLimit {
            self.history.removeFirst(self.history.count - Self.historyLimit)
        }
    }
}
