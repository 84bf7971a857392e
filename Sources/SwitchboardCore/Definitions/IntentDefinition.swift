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

/// What an intent does to the conversation, beyond its responses and flow.
public enum IntentEffect: String, Sendable, Hashable, CaseIterable {
    /// Nothing.
    case none
    /// Abandons every flow in progress.
    case cancel
    /// Forgets slots and flows, as if the conversation began again.
    case restart
    /// Ends the conversation.
    case end
}

/// A hand-written rule that recognises an intent before similarity is tried.
public struct HandRule: Sendable, Hashable {
    /// What the rule looks for.
    public enum Matcher: Sendable, Hashable {
        /// Words that must appear together, in order.
        case phrase(String)
        /// Words that must all appear, in any order.
        case keywords([String])
        /// A regular expression over the normalised message.
        case regex(CompiledPattern)
    }

    /// What the rule looks for.
    public var matcher: Matcher
    /// Higher priorities are tried first.
    public var priority: Int
    /// Phrases that stop the rule from firing.
    public var unless: [String]
    /// Where the rule is defined.
    public var origin: Origin

    /// Creates a rule.
    public init(matcher: Matcher, priority: Int = 0, unless: [String] = [], origin: Origin) {
        self.matcher = matcher
        self.priority = priority
        self.unless = unless
        self.origin = origin
    }

    /// A short description for explanations, such as `phrase "money back"`.
    public var summary: String {
        switch self.matcher {
        case .phrase(let phrase):
            return "phrase \"\(phrase)\""
        case .keywords(let words):
            return "keywords [\(words.joined(separator: ", "))]"
        case .regex(let pattern):
            return "regex /\(pattern.source)/"
        }
    }
}

/// A name that refers to another definition, with where the reference is written.
public struct Reference: Sendable, Hashable, CustomStringConvertible {
    /// The id referred to.
    public var id: String
    /// Where the reference is written.
    public var origin: Origin

    /// Creates a reference.
    public init(_ id: String, at origin: Origin) {
        self.id = id
        self.origin = origin
    }

    /// The id.
    public var description: String { self.id }
}
