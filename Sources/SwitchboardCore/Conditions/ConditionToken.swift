/// One token of a condition's source, with the column where it starts.
struct ConditionToken: Sendable, Equatable {
    /// What a token is.
    enum Kind: Sendable, Equatable {
        /// A name such as `amount`: a slot, a function or a context key.
        case identifier(String)
        /// A number literal, with its sign.
        case number(Double)
        /// A string literal, with its escapes resolved.
        case string(String)
        /// `true`.
        case trueLiteral
        /// `false`.
        case falseLiteral
        /// `null`.
        case nullLiteral
        /// `and` or `&&`.
        case andOperator
        /// `or` or `||`.
        case orOperator
        /// `not` or `!`.
        case notOperator
        /// `in`.
        case inOperator
        /// `==`, `!=`, `<`, `<=`, `>`, `>=` or `contains`.
        case comparator(ConditionComparator)
        /// `context`.
        case contextKeyword
        /// `(`.
        case leftParenthesis
        /// `)`.
        case rightParenthesis
        /// `[`.
        case leftBracket
        /// `]`.
        case rightBracket
        /// `,`.
        case comma
        /// `.`.
        case dot
        /// The end of the source.
        case end
    }

    /// What the token is.
    var kind: Kind
    /// The token as written in the source (empty at the end).
    var text: String
    /// The 1-based column, in Unicode scalars, of the token's first character.
    var column: Int

    /// The lower-case words with a meaning of their own, and the tokens they stand for.
    static let keywords: [String: Kind] = [
        "and": .andOperator,
        "or": .orOperator,
        "not": .notOperator,
        "in": .inOperator,
        "contains": .comparator(.contains),
        "true": .trueLiteral,
        "false": .falseLiteral,
        "null": .nullLiteral,
        "context": .contextKeyword,
    ]

    /// The token as an error message names it: `'and'`, or `end of expression`.
    var quoted: String {
        if self.kind == .end {
            return "end of expression"
        }
        let limit = 24
        let scalars = self.text.unicodeScalars
        if scalars.count <= limit {
            return "'\(self.text)'"
        }
        var shortened = String.UnicodeScalarView()
        shortened.append(contentsOf: scalars.prefix(limit))
        return "'\(String(shortened))...'"
    }

    /// The word when the token is an identifier or a keyword spelled as a word, else `nil`.
    var word: String? {
        guard let first = self.text.unicodeScalars.first,
            ConditionLexer.isIdentifierStart(first)
        else { return nil }
        return self.text
    }
}
