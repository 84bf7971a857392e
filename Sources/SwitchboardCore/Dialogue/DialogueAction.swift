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
    /// Record a handoff to a person.
    case handOff(HandoffRecord)
    /// The user rated the conversation (1 to 5).
    case rate(Int)
    /// The conversation has ended.
    case endConversation
}

/// A message from the bot to the user.
public struct OutgoingMessage: Sendable, Hashable, Codable {
    /// The text.
    public var text: String
    /// Suggested replies.
    public var options: [String]
    /// The knowledge-base article the message presents, if any.
    public var article: String?
    /// Whether the message tells the user about a handoff (and must be withheld if the handoff
    /// could not be stored).
    public var isHandoffNotice: Bool

    /// Creates a message.
    public init(
        text: String, options: [String] = [], article: String? = nil, isHandoffNotice: Bool = false
    ) {
        self.text = text
        self.options = options
        self.article = article
        self.isHandoffNotice = isHandoffNotice
    }
}

/// The intent recognised in a turn, with how sure the bot was.
public struct RecognizedIntent: Sendable, Hashable, Codable {
    /// The intent's id.
    public var name: String
    /// 1 for a rule, else the similarity score.
    public var confidence: Double

    /// Creates a recognised intent.
    public init(name: String, confidence: Double) {
        self.name = name
        self.confidence = confidence
    }
}

/// What one turn produced: the actions to carry out and why.
public struct Turn: Sendable, Hashable {
    /// The actions, in order.
    public var actions: [DialogueAction]
    /// Why the bot did what it did.
    public var explanation: TurnExplanation

    /// The messages to show, in order.
    public var messages: [OutgoingMessage] {
        self.actions.compactMap {
            if case .say(let message) = $0 { return message }
            return nil
        }
    }

    /// The handoff recorded in this turn, if any.
    public var handoff: HandoffRecord? {
        for case .handOff(let record) in self.actions { return record }
        return nil
    }

    /// Whether the conversation ended in this turn.
    public var endsConversation: Bool {
        self.actions.contains(.endConversation)
    }

    /// The rating given in this turn, if any.
    public var rating: Int? {
        for case .rate(let score) in self.actions { return score }
        return nil
    }
}
