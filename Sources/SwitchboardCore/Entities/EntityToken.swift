/// A piece of text as entity extractors see it: a word, a number, or one other character.
struct EntityToken: Sendable {
    /// What a token is made of.
    enum Kind: Sendable {
        /// A maximal run of ASCII letters.
        case word
        /// A maximal run of ASCII digits.
        case number
        /// One other character (punctuation, a currency sign, a non-ASCII letter).
        case symbol
    }

    /// What the token is made of.
    var kind: Kind
    /// The token's UTF-8 byte offsets in the text.
    var range: Range<Int>
    /// Whether whitespace or the start of the text comes right before the token.
    var isSpaced: Bool
    /// The lower-cased word for word tokens; empty for the others.
    var key: String
}
