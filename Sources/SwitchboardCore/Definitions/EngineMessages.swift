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
    /// Said by a back intent with no response of its own, before the previous question is
    /// asked again.
    public var back = MessageTemplate(literal: "OK, let's go back to the previous question.")
    /// Said when a back intent finds no question to return to (none answered yet in this flow,
    /// or only before an action or a sub-flow that cannot be undone), before the current
    /// question is asked again.
    public var backUnavailable = MessageTemplate(
        literal: "Sorry, I can't go back from here.")
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
    /// Said when a message held a card number or a credential, which the bot removed before
    /// reading the rest (PSD2: a bot never collects them).
    public var secretRemoved = MessageTemplate(
        literal:
            "For your security, please never share card numbers, codes or passwords in this chat. "
            + "I've removed it; we will never ask for them here.")
    /// Said when a rating is not a number from 1 to 5.
    public var csatRetry = MessageTemplate(literal: "Please answer with a number from 1 to 5.")
    /// Said when the user declines to rate the conversation ("no thanks", "nope").
    public var csatDeclined = MessageTemplate(literal: "No problem.")
    /// Asked after a help article answered a question on its own (yes/no).
    public var kbFeedback = MessageTemplate(
        text: Template(literal: "Did that answer your question?"),
        options: [Template(literal: "Yes"), Template(literal: "No")])
    /// Said when an article helped.
    public var kbHelped = MessageTemplate(literal: "Glad it helped.")
    /// Said before the next best article when the first did not help.
    public var kbNext = MessageTemplate(literal: "Sorry about that. This article may help instead:")
    /// Said to messages after a handoff; `{ticket}`, `{queue}`, `{due}`, `{priority}`.
    public var handedOff = MessageTemplate(
        text: Self.template(
            "Your conversation is with our {queue} team now (ticket {ticket}); a person will reply "
                + "here by {due}."))

    /// Said to a message that arrives while the bot waits for an action's result.
    public var actionPending = MessageTemplate(
        literal: "One moment, I'm still checking that for you.")
    /// Said when an action fails and its state has no `onFailure`.
    public var actionFailed = MessageTemplate(
        literal: "Sorry, I couldn't check that just now. Please try again later.")

    /// Where each text a bot overrides is written; texts left at their default have none.
    public var origins: [Name: Origin] = [:]

    /// Creates the default texts.
    public init() {}

    /// The names of the texts, as written in `bot.messages`.
    public static let names = Name.allCases.map(\.rawValue)

    /// Sets a text by its name, and notes where it is written; returns false for an unknown
    /// name.
    mutating func set(_ name: String, to message: MessageTemplate, at origin: Origin) -> Bool {
        guard let name = Name(rawValue: name) else { return false }
        self[name] = message
        self.origins[name] = origin
        return true
    }

    private static func template(_ source: String) -> Template {
        (try? Template.parse(source)) ?? Template(literal: source)
    }
}
