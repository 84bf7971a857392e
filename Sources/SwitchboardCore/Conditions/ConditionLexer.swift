/// Splits the source of a condition into tokens, one at a time.
///
/// The parser pulls tokens as it needs them, so the first error in reading order is
/// the one reported, whether it is a lexical or a grammatical one.
struct ConditionLexer {
    /// The source, as Unicode scalars so that positions are columns.
    private let scalars: [Unicode.Scalar]
    /// The index of the next scalar to read.
    private var position = 0

    /// Creates a lexer at the start of a condition's source.
    init(source: String) {
        self.scalars = Array(source.unicodeScalars)
    }

    /// The column just past the last character, where the end token sits.
    var endColumn: Int { self.scalars.count + 1 }

    /// Reads the next token, or the end token once the source is used up.
    mutating func next() throws(ConditionError) -> ConditionToken {
        while let scalar = self.peek(), scalar.properties.isWhitespace {
            self.position += 1
        }
        let start = self.position
        guard let scalar = self.peek() else {
            return ConditionToken(kind: .end, text: "", column: self.endColumn)
        }
        if Self.isIdentifierStart(scalar) {
            return try self.readWord()
        }
        let startsNegative = scalar == "-" && self.peek(offset: 1).map(Self.isDigit) == true
        if Self.isDigit(scalar) || startsNegative {
            return try self.readNumber()
        }
        if scalar == "'" || scalar == "\"" {
            return try self.readString(quote: scalar)
        }
        if let kind = self.readPunctuation(scalar) {
            return ConditionToken(kind: kind, text: self.text(from: start), column: start + 1)
        }
        throw self.unexpectedCharacter(scalar, at: start)
    }

    /// Reads a punctuation token starting with `scalar`, or returns `nil` when there is none.
    private mutating func readPunctuation(_ scalar: Unicode.Scalar) -> ConditionToken.Kind? {
        let following = self.peek(offset: 1)
        let kind: ConditionToken.Kind
        var length = 1
        switch scalar {
        case "(":
            kind = .leftParenthesis
        case ")":
            kind = .rightParenthesis
        case "[":
            kind = .leftBracket
        case "]":
            kind = .rightBracket
        case ",":
            kind = .comma
        case ".":
            kind = .dot
        case "=" where following == "=":
            (kind, length) = (.comparator(.equal), 2)
        case "!" where following == "=":
            (kind, length) = (.comparator(.notEqual), 2)
        case "!":
            kind = .notOperator
        case "<" where following == "=":
            (kind, length) = (.comparator(.lessOrEqual), 2)
        case "<":
            kind = .comparator(.less)
        case ">" where following == "=":
            (kind, length) = (.comparator(.greaterOrEqual), 2)
        case ">":
            kind = .comparator(.greater)
        case "&" where following == "&":
            (kind, length) = (.andOperator, 2)
        case "|" where following == "|":
            (kind, length) = (.orOperator, 2)
        default:
            return nil
        }
        self.position += length
        return kind
    }

    /// Reads an identifier or a keyword.
    private mutating func readWord() throws(ConditionError) -> ConditionToken {
        let start = self.position
        while let scalar = self.peek(), Self.isIdentifierPart(scalar) {
            self.position += 1
        }
        if let scalar = self.peek(), Self.isNonASCIIWordCharacter(scalar) {
            throw self.nonASCIIIdentifier(scalar, at: self.position)
        }
        let text = self.text(from: start)
        let kind = ConditionToken.keywords[text] ?? .identifier(text)
        return ConditionToken(kind: kind, text: text, column: start + 1)
    }

    /// Reads a number: an optional `-`, digits, and optionally `.` and more digits.
    private mutating func readNumber() throws(ConditionError) -> ConditionToken {
        let start = self.position
        if self.peek() == "-" {
            self.position += 1
        }
        self.skipDigits()
        if self.peek() == "." {
            guard let digit = self.peek(offset: 1), Self.isDigit(digit) else {
                throw ConditionError(
                    message: "expected a digit after the decimal point",
                    column: self.position + 2
                )
            }
            self.position += 1
            self.skipDigits()
        }
        let text = self.text(from: start)
        if let scalar = self.peek(), Self.isIdentifierPart(scalar) || scalar == "." {
            throw ConditionError(
                message: "unexpected '\(scalar)' after the number \(text)",
                column: self.position + 1
            )
        }
        guard let number = Double(text), number.isFinite else {
            throw ConditionError(message: "the number \(text) is too large", column: start + 1)
        }
        return ConditionToken(kind: .number(number), text: text, column: start + 1)
    }

    /// Reads a quoted string, resolving the `\'`, `\"` and `\\` escapes.
    private mutating func readString(
        quote: Unicode.Scalar
    ) throws(ConditionError) -> ConditionToken {
        let start = self.position
        self.position += 1
        var value = String.UnicodeScalarView()
        while let scalar = self.peek() {
            self.position += 1
            if scalar == quote {
                return ConditionToken(
                    kind: .string(String(value)),
                    text: self.text(from: start),
                    column: start + 1
                )
            }
            guard scalar == "\\" else {
                value.append(scalar)
                continue
            }
            guard let escaped = self.peek() else { break }
            guard escaped == "'" || escaped == "\"" || escaped == "\\" else {
                throw ConditionError(
                    message: "unknown escape '\\\(escaped)' in a string (use \\', \\\" or \\\\)",
                    column: self.position
                )
            }
            value.append(escaped)
            self.position += 1
        }
        throw ConditionError(message: "unterminated string", column: start + 1)
    }

    /// The error for a character that starts no token.
    private func unexpectedCharacter(_ scalar: Unicode.Scalar, at index: Int) -> ConditionError {
        let column = index + 1
        switch scalar {
        case "=":
            return ConditionError(message: "unexpected '=' (did you mean '=='?)", column: column)
        case "&":
            return ConditionError(message: "unexpected '&' (did you mean '&&'?)", column: column)
        case "|":
            return ConditionError(message: "unexpected '|' (did you mean '||'?)", column: column)
        case "-":
            return ConditionError(
                message: "expected a digit after '-' (write negative numbers like -3)",
                column: column
            )
        default:
            break
        }
        if Self.isNonASCIIWordCharacter(scalar) {
            return self.nonASCIIIdentifier(scalar, at: index)
        }
        return ConditionError(
            message: "unexpected character '\(Self.printable(scalar))'",
            column: column
        )
    }

    /// The error for a non-ASCII character where an identifier is being written.
    private func nonASCIIIdentifier(_ scalar: Unicode.Scalar, at index: Int) -> ConditionError {
        ConditionError(
            message: "identifiers may use only ASCII letters, digits and '_', "
                + "found '\(Self.printable(scalar))'",
            column: index + 1
        )
    }

    /// The scalar as shown in a message: itself, or an escape when it is invisible.
    private static func printable(_ scalar: Unicode.Scalar) -> String {
        let isInvisible = scalar.value < 0x20 || scalar.value == 0x7F
        if isInvisible || scalar.properties.generalCategory == .format {
            return scalar.escaped(asASCII: true)
        }
        return String(scalar)
    }

    /// Advances over ASCII digits.
    private mutating func skipDigits() {
        while let scalar = self.peek(), Self.isDigit(scalar) {
            self.position += 1
        }
    }

    /// The scalar `offset` places after the current position, or `nil` past the end.
    private func peek(offset: Int = 0) -> Unicode.Scalar? {
        let index = self.position + offset
        return index < self.scalars.count ? self.scalars[index] : nil
    }

    /// The source from `start` up to the current position.
    private func text(from start: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self.scalars[start..<self.position])
        return String(view)
    }

    /// Whether a scalar outside ASCII reads as part of a word: a letter, a mark or a digit.
    private static func isNonASCIIWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber,
            .otherNumber, .connectorPunctuation:
            return true
        default:
            return false
        }
    }

    /// Whether a scalar is an ASCII digit.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// Whether a scalar can start an identifier: an ASCII letter or `_`.
    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }

    /// Whether a scalar can continue an identifier: an ASCII letter, digit or `_`.
    static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        Self.isIdentifierStart(scalar) || Self.isDigit(scalar)
    }
}
