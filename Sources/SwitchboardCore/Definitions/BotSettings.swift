/// A bot's settings: its name, thresholds, fallback policy, human queues and built-in texts.
public struct BotSettings: Sendable, Hashable {
    /// The bot's name.
    public var name: String
    /// The language of the examples, such as `en`.
    public var locale: String
    /// The authors' version label.
    public var version: String?
    /// Greeting variants said when a conversation starts.
    public var greeting: [ResponseVariant]
    /// The currency of bare amounts.
    public var currency: String
    /// Whether `03/04/2026` reads as 3 April.
    public var dayFirst: Bool
    /// When intents and articles are accepted.
    public var thresholds: Thresholds
    /// What happens when the bot understands nothing.
    public var fallback: FallbackPolicy
    /// The human teams, in the order they are written.
    public var queues: [QueueDefinition]
    /// The queue of handoffs that name none.
    public var defaultQueue: String
    /// What the user is told after a handoff is recorded.
    public var handoffMessage: MessageTemplate
    /// The satisfaction question.
    public var csat: CSATSettings
    /// The kinds of personal data masked before anything is written.
    public var maskedData: PIIMasker.Kinds
    /// The engine's own texts.
    public var messages: EngineMessages
    /// Where the settings are defined.
    public var origin: Origin

    /// The queue with an id.
    public func queue(_ id: String) -> QueueDefinition? {
        self.queues.first { $0.id == id }
    }
}

/// When an intent or an article is good enough.
public struct Thresholds: Sendable, Hashable {
    /// Lowest similarity at which an intent is accepted.
    public var intent: Double = 0.45
    /// When the best two intents are closer than this, the bot asks which one was meant.
    public var margin: Double = 0.04
    /// Lowest knowledge-base score at which an article is offered.
    public var kb: Double = 0.3

    /// Creates thresholds.
    public init(intent: Double = 0.45, margin: Double = 0.04, kb: Double = 0.3) {
        self.intent = intent
        self.margin = margin
        self.kb = kb
    }
}

/// What the bot does when it understands nothing.
public struct FallbackPolicy: Sendable, Hashable {
    /// What the bot says (variants).
    public var messages: [ResponseVariant]
    /// Fallbacks in a row before the bot offers a human.
    public var maxConsecutive: Int
    /// The offer of a human (a yes/no question).
    public var offerHuman: MessageTemplate
    /// Said when the user declines the offer.
    public var declined: MessageTemplate
    /// The handoff made when the user accepts.
    public var handoff: HandoffSpec
}

/// A team of people who take handed-off conversations.
public struct QueueDefinition: Sendable, Hashable {
    /// The queue's id.
    public var id: String
    /// The team's name as users read it.
    public var title: String
    /// Minutes within which a person must reply, per priority.
    public var slaMinutes: [HandoffPriority: Int]
    /// Where the queue is defined.
    public var origin: Origin

    /// Creates a queue.
    public init(id: String, title: String, slaMinutes: [HandoffPriority: Int], origin: Origin) {
        self.id = id
        self.title = title
        self.slaMinutes = slaMinutes
        self.origin = origin
    }
}

/// The satisfaction question and its reply.
public struct CSATSettings: Sendable, Hashable {
    /// The question, answered 1 to 5.
    public var question: MessageTemplate
    /// Said after a rating.
    public var thanks: MessageTemplate
}

/// Texts the engine says on its own behalf; bots may override any of them.
public struct EngineMessages: Sendable, Hashable {
    /// Said before a flow asks again after a digression; `{flow}`.
    public var resume = MessageTemplate(text: Self.template("Now, back to {flow}."))
    /// Said when a cancel intent abandons the flows in progress and has no response of its own.
    public var cancelled = MessageTemplate(literal: "OK, I've stopped that.")
    /// Said when a restart intent has no response of its own.
    public var restarted = MessageTemplate(literal: "OK, let's start again.")
    /// The question when two intents are close; options are the intents' titles.
    public var clarify = MessageTemplate(literal: "Sorry, did you mean one of these?")
    /// Said when a yes/no question gets another answer.
    public var confirmRetry = MessageTemplate(literal: "Sorry, I need a yes or a no.")
    /// How a knowledge-base answer is said; `{title}`, `{summary}`, `{url}`.
    public var kbAnswer = MessageTemplate(text: Self.template("{title}: {summary}"))
    /// Said when an `answer` state finds nothing.
    public var kbNotFound = MessageTemplate(
        literal: "I couldn't find a help article about that.")
    /// Said once when a message arrives after the conversation ended.
    public var ended = MessageTemplate(
        literal: "That conversation has ended, so let's start a new one.")
    /// Said when a handoff could not be recorded.
    public var handoffFailed = MessageTemplate(
        literal:
            "Sorry, I couldn't reach our team just now. Please try again in a few minutes."
    )
    /// Said when a rating is not a number from 1 to 5.
    public var csatRetry = MessageTemplate(literal: "Please answer with a number from 1 to 5.")

    /// Creates the default texts.
    public init() {}

    /// The names of the texts, as written in `bot.messages`.
    public static let names = [
        "resume", "cancelled", "restarted", "clarify", "confirmRetry", "kbAnswer", "kbNotFound",
        "ended", "handoffFailed", "csatRetry",
    ]

    /// Sets a text by its name; returns false for an unknown name.
    mutating func set(_ name: String, to message: MessageTemplate) -> Bool {
        switch name {
        case "resume": self.resume = message
        case "cancelled": self.cancelled = message
        case "restarted": self.restarted = message
        case "clarify": self.clarify = message
        case "confirmRetry": self.confirmRetry = message
        case "kbAnswer": self.kbAnswer = message
        case "kbNotFound": self.kbNotFound = message
        case "ended": self.ended = message
        case "handoffFailed": self.handoffFailed = message
        case "csatRetry": self.csatRetry = message
        default: return false
        }
        return true
    }

    private static func template(_ source: String) -> Template {
        (try? Template.parse(source)) ?? Template(literal: source)
    }
}
