/// The phrases a ``YesNoExtractor`` reads, in one language: each phrase is a list of
/// normalized words (lower case, diacritics folded, apostrophes dropped).
struct YesNoWords: Sendable {
    /// Phrases that say yes.
    var yes: [[String]]
    /// Phrases that say no.
    var no: [[String]]
    /// Doubt and indifference: neither a yes nor a no, wherever they stand.
    var doubt: [[String]]
    /// Idioms built on a negation that agree; each reads as the one word `agreement`.
    var agreeing: [[String]]
    /// Words that turn a yes round.
    var negations: Set<String>
    /// The one-word yes that does not count in a short message on its own ("please").
    var courtesy: String

    /// The word an agreeing idiom is read as; normalised text never holds it (no `<`).
    static let agreement = "<agree>"

    /// The phrases of a language.
    static func of(_ language: Language) -> YesNoWords {
        switch language {
        case .english: Self.english
        case .german: Self.german
        }
    }

    /// English.
    static let english = YesNoWords(
        yes: [
            ["yes"], ["y"], ["yeah"], ["yea"], ["yep"], ["yup"], ["ya"], ["sure"], ["ok"],
            ["okay"], ["k"], ["kk"], ["correct"], ["right"], ["affirmative"], ["absolutely"],
            ["definitely"], ["certainly"], ["of", "course"], ["go", "ahead"], ["please", "do"],
            ["do", "it"], ["thats", "right"], ["that", "is", "right"], ["sounds", "good"],
            ["confirm"], ["confirmed"], ["agree"], ["i", "agree"], ["please"], ["alright"],
            ["all", "right"], ["si"], ["oui"], ["ja"], ["yes", "please"], ["i", "do"],
            ["it", "is"], ["true"], [Self.agreement],
        ],
        no: [
            ["no"], ["n"], ["nope"], ["nah"], ["not", "really"], ["negative"], ["no", "thanks"],
            ["dont"], ["do", "not"], ["not", "now"], ["i", "dont"], ["not", "at", "all"],
            ["never"], ["false"], ["wrong"], ["incorrect"], ["thats", "wrong"], ["not", "yet"],
            ["nein"], ["non"], ["not", "anymore"], ["not", "any", "more"],
            ["not", "any", "longer"],
        ],
        doubt: [
            ["not", "sure"], ["unsure"], ["maybe"], ["perhaps"], ["i", "guess"],
            ["dont", "know"], ["no", "idea"], ["not", "certain"], ["i", "think", "so"],
            ["possibly"], ["idk"], ["dunno"], ["hmm"], ["depends"], ["dont", "remember"],
            ["cant", "remember"], ["cant", "say"], ["hard", "to", "say"], ["dont", "care"],
            ["doesnt", "matter"], ["either", "way"],
        ],
        agreeing: [
            ["no", "problem"], ["not", "a", "problem"], ["no", "worries"], ["no", "objection"],
            ["no", "objections"], ["why", "not"], ["dont", "see", "why", "not"],
            ["i", "dont", "see", "why", "not"], ["cant", "see", "why", "not"], ["dont", "mind"],
            ["do", "not", "mind"], ["i", "dont", "mind"], ["i", "do", "not", "mind"],
            ["wouldnt", "mind"], ["would", "not", "mind"], ["i", "wouldnt", "mind"],
            ["i", "would", "not", "mind"], ["no", "doubt"],
        ],
        negations: [
            "not", "no", "dont", "never", "nope", "nah", "cant", "wont", "isnt", "didnt",
            "doesnt",
        ],
        courtesy: "please")
}
