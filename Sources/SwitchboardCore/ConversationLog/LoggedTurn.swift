/// One user message and what the bot made of it, as the conversation log records it.
///
/// ``text`` is always masked: personal data replaced (`[email]`, `[phone]`, `[card]`,
/// `[iban]`), and the whole message `[redacted]` when it answered or filled a sensitive slot.
public struct LoggedTurn: Sendable, Hashable {
    /// The message's number in the conversation, from 1.
    public var number: Int
    /// What the user wrote, masked.
    public var text: String
    /// The intent recognised, if any.
    public var intent: RecognizedIntent?
    /// How the intent was recognised: `rule` (a hand rule, safety rules included) or
    /// `similarity`; `nil` when no intent was recognised or it was picked from options.
    public var match: Match?
    /// The step of the turn precedence that answered (safety, global, slot, intent,
    /// knowledge_base, fallback, ...).
    public var stage: TurnExplanation.Stage
    /// The help article the bot offered, if any.
    public var article: String?
    /// Where the conversation was before the message: `flow.state`, `idle` or `ended`.
    public var stateBefore: String
    /// Where it is after.
    public var state: String
    /// Whether the bot asked the satisfaction question in reply, or the message turned it
    /// down; `nil` for every other turn (and for turns logged before Switchboard marked them).
    public var csat: CSATMark?

    /// How an intent was recognised.
    public enum Match: String, Sendable, Hashable, CaseIterable {
        /// A hand rule (a safety rule or another intent's rule).
        case rule
        /// Similarity with the intent's examples.
        case similarity
    }

    /// Creates a logged turn.
    public init(
        number: Int, text: String, intent: RecognizedIntent?, match: Match?,
        stage: TurnExplanation.Stage, article: String?, stateBefore: String, state: String,
        csat: CSATMark? = nil
    ) {
        self.number = number
        self.text = text
        self.intent = intent
        self.match = match
        self.stage = stage
        self.article = article
        self.stateBefore = stateBefore
        self.state = state
        self.csat = csat
    }

    /// Whether nothing understood the message: the bot fell back (and may have offered a
    /// person).
    public var isFallback: Bool { self.stage == .fallback }
}
