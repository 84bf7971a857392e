/// Something the front end or a store must do as the result of a turn.
///
/// The ``DialogueMachine`` never does IO; it returns actions in the order they must happen.
/// A handoff record comes before the message that tells the user about it, so a front end
/// can store the record durably first.
public enum DialogueAction: Sendable, Hashable {
    /// Show a message to the user.
    case say(OutgoingMessage)
    /// A slot was given a value.
    case setSlot(String, SlotValue)
    /// A slot lost its value.
    case clearSlot(String)
    /// Ask the host to perform an action; deliver its result to the machine later.
    case perform(ActionRequest)
    /// Record a handoff to a person.
    case handOff(HandoffRecord)
    /// The user rated the conversation (1 to 5).
    case rate(Int)
    /// The bot asked the user to rate the conversation (the question is among the messages);
    /// the conversation log records it, so a report can count the questions asked.
    case askRating
    /// The user turned the rating question down ("no thanks"): no rating is recorded.
    case declineRating
    /// The user said whether a help article answered the question.
    case articleFeedback(article: String, helpful: Bool)
    /// The conversation has ended.
    case endConversation
}
