/// Finds a yes or a no: "yes", "yeah sure", "ok go ahead", "no thanks", "nope", "not really".
///
/// The message is normalised (lower case, apostrophes dropped: "don't" reads `dont`) and read
/// by these rules, in order:
///
/// 1. **Doubt is neither**: "not sure", "maybe", "I don't know", "I can't remember", and
///    indifference ("I don't care", "either way", "doesn't matter") anywhere in the message.
/// 2. **Agreeing idioms are a yes word**: phrases built on a negation that say yes ("no
///    problem", "no worries", "not a problem", "why not", "I don't see why not", "I don't
///    mind", "I wouldn't mind", "no objection") count as one yes word, and their negation
///    words are not negations.
/// 3. **The start decides**: the longest yes or no phrase the message starts with ("yes,
///    please do" is a yes, "I don't use it anymore" a no). A yes turned round at once is a no
///    ("of course not", "sure not"); a yes with a negation later ("yes but not now") is
///    neither, and so is a no with an agreeing idiom later ("no, I don't mind"): the bot asks
///    again rather than guess.
/// 4. **Short messages**: with no yes or no at the start, a message of up to four words
///    counts when a one-word yes ("that's fine, ok") or no appears in it, not both.
///
/// So write yes/no questions so that yes agrees or goes ahead ("Shall I…?", "Would you
/// like…?", "Do you still…?"): to "Do you mind…?" or "Is there a problem…?", "no problem"
/// and "I don't mind" would be read backwards.
public struct YesNoExtractor: EntityExtractor {
    private static let yesPhrases: [[String]] = [
        ["yes"], ["y"], ["yeah"], ["yea"], ["yep"], ["yup"], ["ya"], ["sure"], ["ok"], ["okay"],
        ["k"], ["kk"], ["correct"], ["right"], ["affirmative"], ["absolutely"], ["definitely"],
        ["certainly"], ["of", "course"], ["go", "ahead"], ["please", "do"], ["do", "it"],
        ["thats", "right"], ["that", "is", "right"], ["sounds", "good"], ["confirm"], ["confirmed"],
        ["agree"], ["i", "agree"], ["please"], ["alright"], ["all", "right"], ["si"], ["oui"],
        ["ja"],
        ["yes", "please"], ["i", "do"], ["it", "is"], ["true"], [Self.agreement],
    ]
    private static let noPhrases: [[String]] = [
        ["no"], ["n"], ["nope"], ["nah"], ["not", "really"], ["negative"], ["no", "thanks"],
        ["dont"], ["do", "not"], ["not", "now"], ["i", "dont"], ["not", "at", "all"], ["never"],
        ["false"], ["wrong"], ["incorrect"], ["thats", "wrong"], ["not", "yet"], ["nein"], ["non"],
        ["not", "anymore"], ["not", "any", "more"], ["not", "any", "longer"],
    ]

    /// Doubt and indifference: neither a yes nor a no, wherever they stand.
    private static let doubtPhrases: [[String]] = [
        ["not", "sure"], ["unsure"], ["maybe"], ["perhaps"], ["i", "guess"], ["dont", "know"],
        ["no", "idea"], ["not", "certain"], ["i", "think", "so"], ["possibly"], ["idk"],
        ["dunno"], ["hmm"], ["depends"], ["dont", "remember"], ["cant", "remember"],
        ["cant", "say"], ["hard", "to", "say"], ["dont", "care"], ["doesnt", "matter"],
        ["either", "way"],
    ]
    /// Idioms built on a negation that agree; each reads as the one word ``agreement``.
    private static let agreeingPhrases: [[String]] = [
        ["no", "problem"], ["not", "a", "problem"], ["no", "worries"], ["no", "objection"],
        ["no", "objections"], ["why", "not"], ["dont", "see", "why", "not"],
        ["i", "dont", "see", "why", "not"], ["cant", "see", "why", "not"], ["dont", "mind"],
        ["do", "not", "mind"], ["i", "dont", "mind"], ["i", "do", "not", "mind"],
        ["wouldnt", "mind"], ["would", "not", "mind"], ["i", "wouldnt", "mind"],
        ["i", "would", "not", "mind"], ["no", "doubt"],
    ]
    /// The word an agreeing idiom is read as; normalised text never holds it (no `<`).
    private static let agreement = "<agree>"
    private static let negations: Set<String> = [
        "not", "no", "dont", "never", "nope", "nah", "cant", "wont", "isnt", "didnt", "doesnt",
    ]

    private let normalizer = TextNormalizer()

    /// Creates the extractor.
    public init() {}

    /// Finds one yes/no answer covering the whole message, or nothing.
    public func extract(from text: String, in context: ExtractionContext) -> [EntityMatch] {
        guard let answer = self.answer(in: text) else { return [] }
        return [EntityMatch(value: .bool(answer), range: 0..<text.utf8.count, text: text)]
    }

    /// The most words a message may have to count as short: rule 4, and the answers a global
    /// intent found by similarity does not take from a yes/no question.
    public static let shortMessageWords = 4

    /// Whether a message has at most ``shortMessageWords`` words.
    public func isShort(_ text: String) -> Bool {
        self.words(of: text).count <= Self.shortMessageWords
    }

    /// Whether a short message (up to six words) declines to give anything.
    ///
    /// That is a no or a doubt: "no", "I don't have one", "no idea", "not sure".
    public func declines(_ text: String) -> Bool {
        let words = self.words(of: text)
        guard !words.isEmpty, words.count <= 6 else { return false }
        return Self.doubtPhrases.contains { Self.contains($0, in: words) }
            || Self.answer(words) == false
    }

    /// `true` for yes, `false` for no, `nil` for neither.
    public func answer(in text: String) -> Bool? {
        Self.answer(self.words(of: text))
    }

    /// The message's words, normalized.
    private func words(of text: String) -> [Substring] {
        String(decoding: self.normalizer.normalize(text), as: UTF8.self).split(separator: " ")
    }

    /// Whether `phrase` stands anywhere in `words`.
    private static func contains(_ phrase: [String], in words: [Substring]) -> Bool {
        guard phrase.count <= words.count else { return false }
        return (0...(words.count - phrase.count)).contains { start in
            words[start..<(start + phrase.count)].elementsEqual(phrase) { $0 == $1 }
        }
    }

    private static func answer(_ words: [Substring]) -> Bool? {
        guard !words.isEmpty else { return nil }
        if Self.doubtPhrases.contains(where: { Self.contains($0, in: words) }) { return nil }
        let words = Self.readingIdioms(words)
        func startsWith(_ phrases: [[String]]) -> Int {
            var longest = 0
            for phrase in phrases
            where phrase.count > longest && words.starts(with: phrase, by: { $0 == $1 }) {
                longest = phrase.count
            }
            return longest
        }
        let yes = startsWith(Self.yesPhrases)
        let no = startsWith(Self.noPhrases)
        if no > 0, no >= yes {
            return words.dropFirst(no).contains(Substring(Self.agreement)) ? nil : false
        }
        if yes > 0 {
            let rest = words.dropFirst(yes)
            if let next = rest.first, Self.negations.contains(String(next)) { return false }
            return rest.contains { Self.negations.contains(String($0)) } ? nil : true
        }
        guard words.count <= Self.shortMessageWords else { return nil }
        let single = Set(words.map(String.init))
        let hasYes = Self.yesPhrases.contains {
            $0.count == 1 && single.contains($0[0]) && $0[0] != "please"
        }
        let hasNo = Self.noPhrases.contains { $0.count == 1 && single.contains($0[0]) }
        if hasYes != hasNo { return hasYes }
        return nil
    }

    /// The words with each agreeing idiom (the longest at each place, left to right) replaced
    /// by ``agreement``.
    private static func readingIdioms(_ words: [Substring]) -> [Substring] {
        var read: [Substring] = []
        read.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            let rest = words[index...]
            let idiom = Self.agreeingPhrases.lazy
                .filter { rest.starts(with: $0, by: { $0 == $1 }) }
                .map(\.count).max()
            if let idiom {
                read.append(Substring(Self.agreement))
                index += idiom
            } else {
                read.append(words[index])
                index += 1
            }
        }
        return read
    }
}
