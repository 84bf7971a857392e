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

    /// A rule ready to test, as plain numbers: its stems and `unless` phrases are spans of
    /// the flat `terms` array, its regular expression and the rule as written are indices,
    /// so scanning hundreds of rules per message retains and copies nothing.
    private struct Compiled: Sendable {
        enum Kind: Sendable {
            case phrase
            case keywords
            case regex
        }

        var intent: Int
        var isSafety: Bool
        /// An index into `handRules`.
        var rule: Int
        var kind: Kind
        /// The stems (a span of `terms`), or for a regex the pattern's index in `start`.
        var stems: Span
        /// The `unless` phrases: a span of `unlessPhrases`.
        var unless: Span
        /// A stem id the message must hold for a phrase or keywords rule to fire (its first),
        /// or -1; most rules are ruled out by this one lookup.
        var anchor: Int
    }

    /// A message as the rules read it.
    private struct Message {
        /// Its stems as rule-dictionary ids; -1 for stems no rule uses.
        var words: [Int]
        /// Which rule-dictionary ids it holds, one bit each.
        var present: [UInt64]
        /// The normalised text, for regular expressions' prefilters.
        var normalized: [UInt8]
        /// The normalised text as a string, for regular expressions.
        var normalizedText: String

        func holds(_ id: Int) -> Bool {
            self.present[id >> 6] & (1 << UInt64(id & 63)) != 0
        }
    }

    /// A run of elements of a flat array.
    private struct Span: Sendable {
        var start: Int
        var count: Int

        var range: Range<Int> { self.start..<(self.start + self.count) }
    }

    private let analyzer: TextAnalyzer
    private let dictionary: TermDictionary
    /// Safety rules first, then the others, each in precedence order.
    private let rules: [Compiled]
    /// How many of `rules` are safety rules.
    private let safetyCount: Int
    /// Every rule's stems, one after another.
    private let terms: [Int]
    /// Every `unless` phrase, as a span of `terms`.
    private let unlessPhrases: [Span]
    private let patterns: [CompiledPattern]
    /// For each pattern, a cheap test that rules out most messages before it runs.
    private let prefilters: [RegexPrefilter?]
    private let handRules: [HandRule]

    /// Compiles the rules of intents given in bot order.
    public init(intents: [IntentDefinition], analyzer: TextAnalyzer = TextAnalyzer()) {
        self.analyzer = analyzer
        var dictionary = TermDictionary(minimumCapacity: 256)
        var terms: [Int] = []
        func stems(_ text: String) -> Span {
            let start = terms.count
            analyzer.analyze(text).forEachStem { terms.append(dictionary.intern($0)) }
            return Span(start: start, count: terms.count - start)
        }
        var unlessPhrases: [Span] = []
        var compiled: [(rule: Compiled, priority: Int, length: Int, order: Int)] = []
        var patterns: [CompiledPattern] = []
        var handRules: [HandRule] = []
        for (intentIndex, intent) in intents.enumerated() {
            for rule in intent.rules {
                let kind: Compiled.Kind
                let span: Span
                let length: Int
                switch rule.matcher {
                case .phrase(let phrase):
                    kind = .phrase
                    span = stems(phrase)
                    length = span.count
                case .keywords(let words):
                    kind = .keywords
                    let start = terms.count
                    for word in words { _ = stems(word) }
                    span = Span(start: start, count: terms.count - start)
                    length = span.count
                case .regex(let pattern):
                    kind = .regex
                    span = Span(start: patterns.count, count: 0)
                    patterns.append(pattern)
                    length = 1
                }
                let unlessStart = unlessPhrases.count
                for phrase in rule.unless { unlessPhrases.append(stems(phrase)) }
                compiled.append(
                    (
                        Compiled(
                            intent: intentIndex, isSafety: intent.isSafety, rule: handRules.count,
                            kind: kind, stems: span,
                            unless: Span(start: unlessStart, count: rule.unless.count),
                            anchor: kind != .regex && span.count > 0 ? terms[span.start] : -1),
                        rule.priority, length, compiled.count
                    ))
                handRules.append(rule)
            }
        }
        compiled.sort { a, b in
            if a.rule.isSafety != b.rule.isSafety { return a.rule.isSafety }
            if a.priority != b.priority { return a.priority > b.priority }
            if a.length != b.length { return a.length > b.length }
            return a.order < b.order
        }
        self.dictionary = dictionary
        self.rules = compiled.map(\.rule)
        self.safetyCount = compiled.count { $0.rule.isSafety }
        self.terms = terms
        self.unlessPhrases = unlessPhrases
        self.patterns = patterns
        self.prefilters = patterns.map { RegexPrefilter(pattern: $0) }
        self.handRules = handRules
    }

    /// Whether there are any rules at all.
    public var isEmpty: Bool { self.rules.isEmpty }

    /// The first rule of a safety intent that fires.
    public func matchSafety(_ text: AnalyzedText) -> Hit? {
        self.firstHit(text, among: 0..<self.safetyCount)
    }

    /// The first rule that fires, safety rules included.
    public func match(_ text: AnalyzedText) -> Hit? {
        self.firstHit(text, among: self.rules.indices)
    }

    /// The first rule of a non-safety intent that fires.
    public func matchOrdinary(_ text: AnalyzedText) -> Hit? {
        self.firstHit(text, among: self.safetyCount..<self.rules.count)
    }

    /// The first safety rule that fires and, when none does, the first other rule that fires:
    /// what ``matchSafety(_:)`` then ``matchOrdinary(_:)`` give, reading the message once.
    func matchSafetyThenOrdinary(_ text: AnalyzedText) -> (safety: Hit?, ordinary: Hit?) {
        guard !self.rules.isEmpty else { return (nil, nil) }
        let message = self.read(text)
        if let safety = self.firstHit(message, among: 0..<self.safetyCount) {
            return (safety, nil)
        }
        return (nil, self.firstHit(message, among: self.safetyCount..<self.rules.count))
    }

    /// Every rule that fires for the message, in precedence order (for `check`).
    public func allHits(_ text: AnalyzedText) -> [Hit] {
        let message = self.read(text)
        return self.rules.indices.filter { self.fires(self.rules[$0], message) }
            .map { Hit(intent: self.rules[$0].intent, rule: self.handRules[self.rules[$0].rule]) }
    }

    /// The first rule among `candidates` (positions in precedence order) that fires.
    private func firstHit(_ text: AnalyzedText, among candidates: Range<Int>) -> Hit? {
        guard !candidates.isEmpty else { return nil }
        return self.firstHit(self.read(text), among: candidates)
    }

    /// The first rule among `candidates` that fires for a message.
    private func firstHit(_ message: Message, among candidates: Range<Int>) -> Hit? {
        for index in candidates {
            let anchor = self.rules[index].anchor
            if anchor >= 0, !message.holds(anchor) { continue }
            guard self.fires(self.rules[index], message) else { continue }
            return Hit(
                intent: self.rules[index].intent, rule: self.handRules[self.rules[index].rule])
        }
        return nil
    }

    /// Reads a message's stems once for every rule.
    private func read(_ text: AnalyzedText) -> Message {
        var ids: [Int] = []
        ids.reserveCapacity(text.wordCount)
        var present = [UInt64](repeating: 0, count: (self.dictionary.count + 63) / 64)
        text.forEachStem {
            let id = self.dictionary.id(of: $0) ?? -1
            ids.append(id)
            if id >= 0 { present[id >> 6] |= 1 << UInt64(id & 63) }
        }
        // Regular expressions run on the normalised text, made into a `String` once.
        return Message(
            words: ids, present: present, normalized: text.normalized,
            normalizedText: self.patterns.isEmpty ? "" : text.normalizedText)
    }

    private func fires(_ rule: Compiled, _ message: Message) -> Bool {
        let words = message.words
        let matched: Bool
        switch rule.kind {
        case .phrase:
            matched = self.contains(words, rule.stems)
        case .keywords:
            matched =
                rule.stems.count > 0
                && rule.stems.range.allSatisfy { words.contains(self.terms[$0]) }
        case .regex:
            let pattern = rule.stems.start
            matched =
                self.prefilters[pattern]?.decide(utf8: message.normalized)
                ?? self.patterns[pattern].matches(in: message.normalizedText)
        }
        guard matched else { return false }
        return !rule.unless.range.contains { self.contains(words, self.unlessPhrases[$0]) }
    }

    /// Whether the words hold the phrase's stems side by side, in order.
    private func contains(_ words: [Int], _ phrase: Span) -> Bool {
        guard phrase.count > 0, phrase.count <= words.count else { return false }
        outer: for start in 0...(words.count - phrase.count) {
            for offset in 0..<phrase.count
            where words[start + offset] != self.terms[phrase.start + offset] {
                continue outer
            }
            return true
        }
        return false
    }
}
