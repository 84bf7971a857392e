/// Matches hand rules against a message, in the documented precedence.
///
/// Safety intents' rules come first; then every other rule by priority (higher first), by
/// length (more words first), and by the order they are written. Phrases and keywords are
/// compared as stems, so `refund` also matches `refunds`; regular expressions run on the
/// normalised text.
public struct RuleMatcher: Sendable {
    /// A rule that fired.
    public struct Hit: Sendable, Equatable {
        /// The intent's position in the bot's intent list.
        public var intent: Int
        /// The rule that fired.
        public var rule: HandRule
    }

    private struct Compiled: Sendable {
        enum Test: Sendable {
            case phrase([Int])
            case keywords([Int])
            case regex(CompiledPattern)
        }

        var intent: Int
        var isSafety: Bool
        var rule: HandRule
        var test: Test
        var unless: [[Int]]
        var length: Int
        var order: Int
    }

    private let analyzer: TextAnalyzer
    private let dictionary: TermDictionary
    private let rules: [Compiled]

    /// Compiles the rules of intents given in bot order.
    public init(intents: [IntentDefinition], analyzer: TextAnalyzer = TextAnalyzer()) {
        self.analyzer = analyzer
        var dictionary = TermDictionary(minimumCapacity: 256)
        func stems(_ text: String) -> [Int] {
            let analyzed = analyzer.analyze(text)
            var ids: [Int] = []
            analyzed.forEachStem { ids.append(dictionary.intern($0)) }
            return ids
        }
        var compiled: [Compiled] = []
        for (intentIndex, intent) in intents.enumerated() {
            for rule in intent.rules {
                let test: Compiled.Test
                let length: Int
                switch rule.matcher {
                case .phrase(let phrase):
                    let ids = stems(phrase)
                    test = .phrase(ids)
                    length = ids.count
                case .keywords(let words):
                    let ids = words.flatMap { stems($0) }
                    test = .keywords(ids)
                    length = ids.count
                case .regex(let pattern):
                    test = .regex(pattern)
                    length = 1
                }
                compiled.append(
                    Compiled(
                        intent: intentIndex, isSafety: intent.isSafety, rule: rule, test: test,
                        unless: rule.unless.map { stems($0) }, length: length, order: compiled.count
                    ))
            }
        }
        compiled.sort { a, b in
            if a.isSafety != b.isSafety { return a.isSafety }
            if a.rule.priority != b.rule.priority { return a.rule.priority > b.rule.priority }
            if a.length != b.length { return a.length > b.length }
            return a.order < b.order
        }
        self.dictionary = dictionary
        self.rules = compiled
    }

    /// Whether there are any rules at all.
    public var isEmpty: Bool { self.rules.isEmpty }

    /// The first rule of a safety intent that fires.
    public func matchSafety(_ text: AnalyzedText) -> Hit? {
        self.firstHit(text) { $0.isSafety }
    }

    /// The first rule that fires, safety rules included.
    public func match(_ text: AnalyzedText) -> Hit? {
        self.firstHit(text) { _ in true }
    }

    /// The first rule of a non-safety intent that fires.
    public func matchOrdinary(_ text: AnalyzedText) -> Hit? {
        self.firstHit(text) { !$0.isSafety }
    }

    /// Every rule that fires for the message, in precedence order (for `check`).
    public func allHits(_ text: AnalyzedText) -> [Hit] {
        let words = self.wordIDs(text)
        return self.rules.filter { self.fires($0, words: words, text: text) }.map {
            Hit(intent: $0.intent, rule: $0.rule)
        }
    }

    private func firstHit(_ text: AnalyzedText, where include: (Compiled) -> Bool) -> Hit? {
        guard !self.rules.isEmpty else { return nil }
        let words = self.wordIDs(text)
        for rule in self.rules where include(rule) && self.fires(rule, words: words, text: text) {
            return Hit(intent: rule.intent, rule: rule.rule)
        }
        return nil
    }

    /// The message's stems as rule-dictionary ids; -1 for stems no rule uses.
    private func wordIDs(_ text: AnalyzedText) -> [Int] {
        var ids: [Int] = []
        ids.reserveCapacity(text.wordCount)
        text.forEachStem { ids.append(self.dictionary.id(of: $0) ?? -1) }
        return ids
    }

    private func fires(_ rule: Compiled, words: [Int], text: AnalyzedText) -> Bool {
        let matched: Bool
        switch rule.test {
        case .phrase(let phrase):
            matched = Self.contains(words, phrase)
        case .keywords(let keywords):
            matched = !keywords.isEmpty && keywords.allSatisfy { words.contains($0) }
        case .regex(let pattern):
            matched = pattern.matches(in: text.normalizedText)
        }
        guard matched else { return false }
        return !rule.unless.contains { Self.contains(words, $0) }
    }

    private static func contains(_ words: [Int], _ phrase: [Int]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        outer: for start in 0...(words.count - phrase.count) {
            for offset in 0..<phrase.count where words[start + offset] != phrase[offset] {
                continue outer
            }
            return true
        }
        return false
    }
}
