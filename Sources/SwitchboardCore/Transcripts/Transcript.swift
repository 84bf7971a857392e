/// A saved conversation with the bot's expected replies: a regression test for a bot.
///
/// Transcripts are text files a person can write and review (see `docs/transcripts.md`):
///
/// ```
/// # A refund with a mistyped order number.
/// given clock 2026-11-27T10:00:00Z
///
/// > I want a refund
/// < I can help with a refund.
/// < What's the order number? It starts with TP- and is on your receipt.
///   intent: refund_request
///   state: refund.ask_order
/// ```
public struct Transcript: Sendable, Hashable {
    /// The file the transcript was read from.
    public var path: String
    /// How the conversation starts.
    public var given: TranscriptGiven
    /// The greeting expected before the first user message; not checked when empty.
    public var greeting: [ExpectedMessage]
    /// The user's messages with what the bot must do.
    public var turns: [TranscriptTurn]

    /// Creates a transcript.
    public init(
        path: String, given: TranscriptGiven = TranscriptGiven(), greeting: [ExpectedMessage] = [],
        turns: [TranscriptTurn] = []
    ) {
        self.path = path
        self.given = given
        self.greeting = greeting
        self.turns = turns
    }
}

/// The starting point of a transcript: time, randomness, user, and optionally a state mid-flow.
public struct TranscriptGiven: Sendable, Hashable {
    /// The clock's time for every turn.
    public var clock: Timestamp
    /// The seed of the ticket-id generator.
    public var seed: UInt64
    /// The session id.
    public var session: String
    /// The user id.
    public var user: String?
    /// Values from the frontend.
    public var context: [String: SlotValue]
    /// Slot values already collected.
    public var slots: [String: SlotValue]
    /// A `flow.state` to start in (a state that waits for the user), instead of the greeting.
    public var state: String?

    /// 2026-01-05T10:00:00Z, a Monday: the clock of transcripts that give none.
    public static let defaultClock = Timestamp(millisecondsSince1970: 1_767_607_200_000)

    /// Creates a starting point.
    public init(
        clock: Timestamp = TranscriptGiven.defaultClock, seed: UInt64 = 1,
        session: String = "transcript",
        user: String? = nil, context: [String: SlotValue] = [:], slots: [String: SlotValue] = [:],
        state: String? = nil
    ) {
        self.clock = clock
        self.seed = seed
        self.session = session
        self.user = user
        self.context = context
        self.slots = slots
        self.state = state
    }
}

/// One user message and what must follow it.
public struct TranscriptTurn: Sendable, Hashable {
    /// What the user says.
    public var input: String
    /// The line of the `>` in the file.
    public var line: Int
    /// The bot's messages, in order; all of them.
    public var expected: [ExpectedMessage]
    /// Further checks on the turn.
    public var assertions: [TranscriptAssertion]
    /// The line of each assertion in the file (0 when not read from a file).
    public var assertionLines: [Int]

    /// Creates a turn.
    public init(
        input: String, line: Int = 0, expected: [ExpectedMessage] = [],
        assertions: [TranscriptAssertion] = [], assertionLines: [Int] = []
    ) {
        self.input = input
        self.line = line
        self.expected = expected
        self.assertions = assertions
        self.assertionLines =
            assertionLines.count == assertions.count ? assertionLines : assertions.map { _ in 0 }
    }
}

/// A bot message a transcript expects.
public struct ExpectedMessage: Sendable, Hashable {
    /// How the text must match.
    public enum Match: Sendable, Hashable {
        /// Exactly this text.
        case exact(String)
        /// Text containing this.
        case contains(String)
        /// Text matching this regular expression.
        case regex(CompiledPattern)
        /// Exactly one of these texts.
        case oneOf([String])
    }

    /// How the text must match.
    public var match: Match
    /// The options the message must offer, when given.
    public var options: [String]?
    /// The line in the file.
    public var line: Int
    /// The line of its `options:` in the file, when it has one.
    public var optionsLine: Int?

    /// Creates an expectation.
    public init(_ match: Match, options: [String]? = nil, line: Int = 0, optionsLine: Int? = nil) {
        self.match = match
        self.options = options
        self.line = line
        self.optionsLine = optionsLine
    }

    /// Whether a message meets the expectation.
    public func accepts(_ message: OutgoingMessage) -> Bool {
        if let options = self.options, options != message.options { return false }
        switch self.match {
        case .exact(let text): return message.text == text
        case .contains(let text): return message.text.contains(text)
        case .regex(let pattern): return pattern.matches(in: message.text)
        case .oneOf(let texts): return texts.contains(message.text)
        }
    }

    /// The expectation as written in a transcript, such as `<~ refund`.
    public var written: String {
        switch self.match {
        case .exact(let text): return "< " + TranscriptSyntax.escape(text)
        case .contains(let text): return "<~ " + TranscriptSyntax.escape(text)
        case .regex(let pattern): return "<* " + pattern.source
        case .oneOf(let texts):
            return "<| " + texts.map(TranscriptSyntax.escape).joined(separator: " | ")
        }
    }
}

/// A check on a turn besides the bot's messages.
public enum TranscriptAssertion: Sendable, Hashable {
    /// The intent recognised (`nil`: none).
    case intent(String?)
    /// Where the conversation is after the turn (`flow.state`, `idle`, `ended`).
    case state(String)
    /// A slot's value as it would be written (masked), or `nil` for empty.
    case slot(String, String?)
    /// A handoff in this turn to a queue with a reason, or `nil` for none.
    case handoff(ExpectedHandoff?)
    /// The knowledge-base article presented (`nil`: none).
    case article(String?)
    /// Whether the conversation has ended.
    case ended(Bool)

    /// The assertion as written in a transcript, such as `intent: refund_request`.
    public var written: String {
        switch self {
        case .intent(let name): return "intent: \(name ?? "none")"
        case .state(let position): return "state: \(position)"
        case .slot(let name, let value):
            return "slot \(name): \(value.map(TranscriptSyntax.escape) ?? "none")"
        case .handoff(let handoff):
            guard let handoff else { return "handoff: none" }
            return "handoff: \(handoff.queue) \(handoff.reason)"
        case .article(let id): return "article: \(id ?? "none")"
        case .ended(let flag): return "ended: \(flag)"
        }
    }
}

/// The queue and reason a transcript expects of a handoff.
public struct ExpectedHandoff: Sendable, Hashable {
    /// The queue's id.
    public var queue: String
    /// The reason code.
    public var reason: String

    /// Creates an expected handoff.
    public init(queue: String, reason: String) {
        self.queue = queue
        self.reason = reason
    }
}
