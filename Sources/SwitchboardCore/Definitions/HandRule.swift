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
