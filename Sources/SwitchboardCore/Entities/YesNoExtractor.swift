/// Finds a yes or a no: "yes", "yeah sure", "ok go ahead", "no thanks", "nope", "not really".
///
/// The answer is read from the start of the message ("yes, please do" is a yes); a short
/// message of up to four words also counts when a yes or no word appears anywhere in it.
/// Doubt is neither ("not sure", "maybe", "I don't know"), and a yes turned round by a
/// negation is a no ("of course not", "sure not"); a yes with a negation later ("yes but not
/// now") is neither, so the bot asks again rather than guess.
public struct YesNoExtractor: EntityExtractor {
    private static let yesPhrases: [[String]] = [
        ["yes"], ["y"], ["yeah"], ["yea"], ["yep"], ["yup"], ["ya"], ["sure"], ["ok"], ["okay"],
        ["k"], ["kk"], ["correct"], ["right"], ["affirmative"], ["absolutely"], ["definitely"],
        ["certainly"], ["of", "course"], ["go", "ahead"], ["please", "do"], ["do", "it"],
        ["thats", "right"], ["that", "is", "right"], ["sounds", "good"], ["confirm"], ["confirmed"],
        ["agree"], ["i", "agree"], ["please"], ["alright"], ["all", "right"], ["si"], ["oui"],
        ["ja"],
        ["yes", "please"], ["i", "do"], ["it", "is"], ["true"],
    ]
    private static let noPhrases: [[String]] = [
        ["no"], ["n"], ["nope"], ["nah"], ["not", "really"], ["negative"], ["no", "thanks"],
        ["dont"], ["do", "not"], ["not", "now"], ["i", "dont"], ["not", "at", "all"], ["never"],
        ["false"], ["wrong"], ["incorrect"], ["thats", "wrong"], ["not", "yet"], ["nein"], ["non"],
    ]

    private static let doubtPhrases: [[String]] = [
        ["not", "sure"], ["unsure"], ["maybe"], ["perhaps"], ["i", "guess"], ["dont", "know"],
        ["no", "idea"], ["not", "certain"], ["i", "think", "so"], ["possibly"], ["idk"],
        ["dunno"], ["hmm"], ["depends"],
    ]
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
        func startsWith(_ phrases: [[String]]) -> Int {
            var longest = 0
            for phrase in phrases
            where phrase.count > longest && words.starts(with: phrase, by: { $0 == $1 }) {
                longest = phrase.count
            }
            return longest
        }
        if Self.doubtPhrases.contains(where: { Self.contains($0, in: words) }) { return nil }
        let yes = startsWith(Self.yesPhrases)
        let no = startsWith(Self.noPhrases)
        if no > 0, no >= yes { return false }
        if yes > 0 {
            let rest = words.dropFirst(yes)
            if let next = rest.first, Self.negations.contains(String(next)) { return false }
            return rest.contains { Self.negations.contains(String($0)) } ? nil : true
        }
        guard words.count <= 4 else { return nil }
        let single = Set(words.map(String.init))
        let hasYes = Self.yesPhrases.contains {
            $0.count == 1 && single.contains($0[0]) && $0[0] != "please"
        }
        let hasNo = Self.noPhrases.contains { $0.count == 1 && single.contains($0[0]) }
        if hasYes != hasNo { return hasYes }
        return nil
    }
}
