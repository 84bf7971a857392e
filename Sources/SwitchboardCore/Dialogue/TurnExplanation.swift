/// Why the bot did what it did in one turn: the record `why` shows in the REPL.
public struct TurnExplanation: Sendable, Hashable {
    /// Which step of the turn precedence decided the turn.
    public enum Stage: String, Sendable, Hashable, Codable, CaseIterable {
        /// The conversation opened.
        case greeting
        /// A safety rule fired.
        case safety
        /// A global intent interrupted.
        case global
        /// The message answered the awaited slot.
        case slot
        /// The message answered a yes/no question.
        case confirmation
        /// The message asked for something else in the middle of a flow.
        case digression
        /// The message chose among offered intents.
        case choice
        /// The message answered the offer of a human.
        case offerHuman = "offer_human"
        /// The message rated the conversation.
        case csat
        /// An intent was recognised.
        case intent
        /// Two intents were too close; the bot asked which.
        case clarify
        /// The knowledge base answered.
        case knowledgeBase = "knowledge_base"
        /// Nothing matched.
        case fallback
        /// The message was empty.
        case empty
        /// The conversation had been handed to a person.
        case handedOff = "handed_off"
        /// An action's result, failure or timeout was delivered, or a message arrived while
        /// one was awaited.
        case action
    }

    /// A name with a score: an intent, an article, a term.
    public struct Scored: Sendable, Hashable, Codable {
        /// The name.
        public var name: String
        /// The score.
        public var score: Double

        /// Creates a scored name.
        public init(name: String, score: Double) {
            self.name = name
            self.score = score
        }
    }

    /// The message (masked; `[redacted]` when it answered a sensitive slot).
    public var input: String = ""
    /// Whether the message answered a sensitive slot, so it is never written, even masked.
    ///
    /// Recorded whether or not turns are explained (``DialogueMachine/explainsTurns``).
    public var inputIsSensitive = false
    /// The message as rules see it.
    public var normalized: String = ""
    /// Where the conversation was before the turn.
    public var stateBefore: String = ""
    /// Where it is after.
    public var stateAfter: String = ""
    /// The deciding step.
    public var stage: Stage = .fallback
    /// The intent recognised, if any.
    public var intent: RecognizedIntent?
    /// How ``intent`` was recognised (a rule or similarity); `nil` when no intent was, or
    /// when it was picked from offered options.
    ///
    /// Recorded whether or not turns are explained (``DialogueMachine/explainsTurns``).
    public var intentSource: Interpretation.Source?
    /// The rule that fired, such as `safety intent account_takeover: phrase "hacked" (intents/safety.json:12:9)`.
    public var rule: String?
    /// The best intents by similarity.
    public var candidates: [Scored] = []
    /// The terms that contributed most to the best intent or article.
    public var terms: [Scored] = []
    /// The best articles.
    public var articles: [Scored] = []
    /// Slots filled or cleared in the turn, values masked.
    public var slotChanges: [SlotChange] = []
    /// What happened, step by step, such as `entered refund.ask_order`.
    public var steps: [String] = []
    /// The flow states entered in the turn, in order, as `flow.state` (for coverage).
    public var visited: [String] = []

    /// Creates an empty explanation.
    public init() {}
}

extension TurnExplanation {
    /// A slot filled or cleared in a turn, value masked.
    public struct SlotChange: Sendable, Hashable, Codable {
        /// The slot.
        public var slot: String
        /// The new value as text, or `nil` when cleared.
        public var value: String?

        /// Creates a slot change.
        public init(slot: String, value: String?) {
            self.slot = slot
            self.value = value
        }
    }
}
