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
/// A German bot reads German phrases by the same rules: "ja", "genau", "auf jeden Fall" are a
/// yes, "nein", "lieber nicht", "stimmt nicht" a no, "weiß nicht" and "keine Ahnung" doubt,
/// "kein Problem" and "warum nicht" agreeing idioms, "nicht" and "kein" negations.
///
/// So write yes/no questions so that yes agrees or goes ahead ("Shall I…?", "Would you
/// like…?", "Do you still…?"): to "Do you mind…?" or "Is there a problem…?", "no problem"
/// and "I don't mind" would be read backwards.
public struct YesNoExtractor: EntityExtractor {
    /// The phrases of the bot's language.
    private let vocabulary: YesNoWords
    private let normalizer = TextNormalizer()

    /// Creates the extractor for a language's phrases.
    public init(language: Language = .english) {
        self.vocabulary = YesNoWords.of(language)
    }

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
        return self.vocabulary.doubt.contains { Self.contains($0, in: words) }
            || self.answer(words) == false
    }

    /// `true` for yes, `false` for no, `nil` for neither.
    public func answer(in text: String) -> Bool? {
        self.answer(self.words(of: text))
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

    private func answer(_ words: [Substring]) -> Bool? {
        guard !words.isEmpty else { return nil }
        let vocabulary = self.vocabulary
        if vocabulary.doubt.contains(where: { Self.contains($0, in: words) }) { return nil }
        let words = self.readingIdioms(words)
        func startsWith(_ phrases: [[String]]) -> Int {
            var longest = 0
            for phrase in phrases
            where phrase.count > longest && words.starts(with: phrase, by: { $0 == $1 }) {
                longest = phrase.count
            }
            return longest
        }
        let yes = startsWith(vocabulary.yes)
        let no = startsWith(vocabulary.no)
        if no > 0, no >= yes {
            return words.dropFirst(no).contains(Substring(YesNoWords.agreement)) ? nil : false
        }
        if yes > 0 {
            let rest = words.dropFirst(yes)
            if let next = rest.first, vocabulary.negations.contains(String(next)) { return false }
            return rest.contains { vocabulary.negations.contains(String($0)) } ? nil : true
        }
        guard words.count <= Self.shortMessageWords else { return nil }
        let single = Set(words.map(String.init))
        let hasYes = vocabulary.yes.contains {
            $0.count == 1 && single.contains($0[0]) && $0[0] != vocabulary.courtesy
        }
        let hasNo = vocabulary.no.contains { $0.count == 1 && single.contains($0[0]) }
        if hasYes != hasNo { return hasYes }
        return nil
    }

    /// The words with each agreeing idiom (the longest at each place, left to right) replaced
    /// by ``YesNoWords/agreement``.
    private func readingIdioms(_ words: [Substring]) -> [Substring] {
        var read: [Substring] = []
        read.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            let rest = words[index...]
            let idiom = self.vocabulary.agreeing.lazy
                .filter { rest.starts(with: $0, by: { $0 == $1 }) }
                .map(\.count).max()
            if let idiom {
                read.append(Substring(YesNoWords.agreement))
                index += idiom
            } else {
                read.append(words[index])
                index += 1
            }
        }
        return read
    }
}
