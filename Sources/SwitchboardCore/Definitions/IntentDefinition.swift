/// Something a user may want, with how to recognise it and what the bot does about it.
public struct IntentDefinition: Sendable, Hashable {
    /// The intent's id, unique in the bot.
    public var id: String
    /// How the intent is named to users and in reports.
    public var title: String
    /// Example utterances for similarity matching.
    public var examples: [String]
    /// Hand rules, matched before similarity.
    public var rules: [HandRule]
    /// Response variants; each is said as a whole, in turn.
    public var responses: [ResponseVariant]
    /// The flow the intent starts, if any.
    public var flow: Reference?
    /// Whether the intent may interrupt any flow.
    public var isGlobal: Bool
    /// Whether the intent is safety-critical: matched by rules first and routed at once.
    public var isSafety: Bool
    /// What the intent does to the conversation besides answering.
    public var effect: IntentEffect
    /// Where the intent is defined.
    public var origin: Origin

    /// Creates an intent.
    public init(
        id: String, title: String, examples: [String] = [], rules: [HandRule] = [],
        responses: [ResponseVariant] = [], flow: Reference? = nil, isGlobal: Bool = false,
        isSafety: Bool = false, effect: IntentEffect = .none, origin: Origin
    ) {
        self.id = id
        self.title = title
        self.examples = examples
        self.rules = rules
        self.responses = responses
        self.flow = flow
        self.isGlobal = isGlobal
        self.isSafety = isSafety
        self.effect = effect
        self.origin = origin
    }
}
