/// What operations want to know about a bot over a period: conversations, containment,
/// handoffs by reason, fallbacks, satisfaction, SLA breaches and the questions the bot could
/// not answer.
///
/// One report value feeds every rendering (the terminal table, `--json` and the HTML page),
/// so their numbers always agree. Build it with
/// ``init(events:tickets:filter:now:unansweredLimit:)``.
///
/// Definitions:
/// - a **conversation** starts with a `started` event (or, for a session whose start is not
///   in the log, its first event) and holds the session's events until the next `started`;
///   it counts when it started inside the filter's window;
/// - **contained**: a conversation that was not handed off;
/// - **fallback turns**: turns where nothing understood the message, over all turns;
/// - **SLA**: tickets from the handoff log made inside the window, judged as
///   ``HandoffTicket/isBreached(at:)`` judges them.
public struct ConversationReport: Sendable, Hashable {
    /// The window and bot counted.
    public var filter: ReportFilter
    /// The time the report was made, against which open tickets are past due or not.
    public var asOf: Timestamp
    /// Conversations started in the window.
    public var conversations: Int = 0
    /// Of those, the ones never handed off.
    public var contained: Int = 0
    /// How the conversations ended, by reason; conversations with no `ended` event are
    /// counted under `nil` (still open, or the user left).
    public var endings: [ConversationEndReason?: Int] = [:]
    /// Handoffs by reason code, most first (ties by reason).
    public var handoffsByReason: [ReasonFigure] = []
    /// User messages.
    public var turns: Int = 0
    /// Messages that nothing understood.
    public var fallbackTurns: Int = 0
    /// Satisfaction ratings.
    public var csat = CSATFigures()
    /// SLA figures of the tickets made in the window.
    public var sla = SLAFigures()
    /// Conversations and containment per day (UTC), in date order.
    public var days: [DayFigures] = []
    /// The largest groups of unanswered questions.
    public var unanswered: [QuestionGroup] = []

    /// Creates an empty report.
    public init(filter: ReportFilter, asOf: Timestamp) {
        self.filter = filter
        self.asOf = asOf
    }

    /// Conversations that were handed off.
    public var handedOff: Int { self.conversations - self.contained }

    /// All handoffs (a conversation may have more than one, rarely).
    public var handoffs: Int { self.handoffsByReason.reduce(0) { $0 + $1.handoffs } }

    /// Contained over conversations; `nil` when there were none.
    public var containmentRate: Double? { Self.rate(self.contained, self.conversations) }

    /// Handed off over conversations; `nil` when there were none.
    public var handoffRate: Double? { Self.rate(self.handedOff, self.conversations) }

    /// Fallback turns over turns; `nil` when there were none.
    public var fallbackRate: Double? { Self.rate(self.fallbackTurns, self.turns) }

    /// `part` over `whole`, or `nil` when `whole` is 0.
    static func rate(_ part: Int, _ whole: Int) -> Double? {
        whole > 0 ? Double(part) / Double(whole) : nil
    }
}
