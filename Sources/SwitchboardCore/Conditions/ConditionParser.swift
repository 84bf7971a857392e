/// Parses the source of a flow's branch condition into a ``Condition``.
///
/// Parsing happens when a flow is loaded, so every mistake surfaces in `switchboard check`
/// with the column of the offending token. The grammar:
///
/// ```
/// expression := or
/// or         := and (("or" | "||") and)*
/// and        := not (("and" | "&&") not)*
/// not        := ("not" | "!") not | comparison
/// comparison := operand (("==" | "!=" | "<" | "<=" | ">" | ">=" | "contains") operand
///                       | ("in" | "not" "in") list)?
/// operand    := literal | reference | call | "(" expression ")"
/// literal    := number | string | "true" | "false" | "null"
/// list       := "[" (literal ("," literal)*)? "]"
/// reference  := identifier | "context" "." key
/// call       := ("filled" | "empty" | "days_since") "(" identifier ")"
/// ```
///
/// Identifiers are ASCII: `[A-Za-z_][A-Za-z0-9_]*`. Keywords are lower case, and a
/// keyword written in another case (`AND`, `True`) is an error rather than a slot name.
/// `filled`, `empty` and `days_since` are reserved for calls. A context `key` may be any
/// word, keywords included (`context.in`). Numbers are written
/// `123`, `12.5` or `-3` (no space after the minus). Parentheses and `not` may nest
/// at most ``maximumNesting`` levels deep.
public enum ConditionParser {
    /// How deeply parentheses and `not` may nest before the expression is rejected.
    public static let maximumNesting = 64

    /// The functions a condition may call, in the order suggestions prefer them.
    static let functionNames = ["filled", "empty", "days_since"]

    /// Parses a condition, or throws the first error in reading order with its column.
    public static func parse(_ source: String) throws(ConditionError) -> Condition {
        var parser = try RecursiveDescent(source: source)
        return try parser.parseExpression()
    }
}

/// The state of one parse: the lexer, the current token and the nesting depth.
private struct RecursiveDescent {
    /// Where tokens come from.
    private var lexer: ConditionLexer
    /// The token being looked at.
    private var current: ConditionToken
    /// The token consumed last, which "expected an operand after" messages name.
    private var previous: ConditionToken?
    /// How many parentheses and `not` operators enclose the current position.
    private var depth = 0

    /// Starts a parse by reading the first token.
    init(source: String) throws(ConditionError) {
        self.lexer = ConditionLexer(source: source)
        self.current = try self.lexer.next()
    }

    /// Parses the whole source as one expression.
    mutating func parseExpression() throws(ConditionError) -> Condition {
        if self.current.kind == .end {
            throw ConditionError(message: "empty expression", column: 1)
        }
        let condition = try self.parseOr()
        switch self.current.kind {
        case .end:
            return condition
        case .rightParenthesis:
            throw ConditionError(message: "unmatched ')'", column: self.current.column)
        default:
            try self.checkKeywordCase(self.current)
            throw self.error(
                "expected an operator or end of expression, found \(self.current.quoted)"
            )
        }
    }

    /// Parses `or := and (("or" | "||") and)*`.
    private mutating func parseOr() throws(ConditionError) -> Condition {
        var operands = [try self.parseAnd()]
        while self.current.kind == .orOperator {
            try self.advance()
            operands.append(try self.parseAnd())
        }
        return operands.count == 1 ? operands[0] : .or(operands)
    }

    /// Parses `and := not (("and" | "&&") not)*`.
    private mutating func parseAnd() throws(ConditionError) -> Condition {
        var operands = [try self.parseNot()]
        while self.current.kind == .andOperator {
            try self.advance()
            operands.append(try self.parseNot())
        }
        return operands.count == 1 ? operands[0] : .and(operands)
    }

    /// Parses `not := ("not" | "!") not | comparison`.
    private mutating func parseNot() throws(ConditionError) -> Condition {
        guard self.current.kind == .notOperator else {
            return try self.parseComparison()
        }
        try self.enterNesting()
        try self.advance()
        let operand = try self.parseNot()
        self.depth -= 1
        return .not(operand)
    }

    /// Parses `comparison := operand (comparator operand | ("in" | "not" "in") list)?`.
    private mutating func parseComparison() throws(ConditionError) -> Condition {
        let left = try self.parseOperand()
        let condition: Condition
        switch self.current.kind {
        case .comparator(let comparator):
            try self.advance()
            let right = try self.parseOperand()
            condition = .comparison(left, comparator, right)
        case .inOperator:
            try self.advance()
            condition = .membership(left, try self.parseList(), negated: false)
        case .notOperator:
            try self.advance()
            guard self.current.kind == .inOperator else {
                throw self.error("expected 'in' after 'not', found \(self.current.quoted)")
            }
            try self.advance()
            condition = .membership(left, try self.parseList(), negated: true)
        default:
            return left
        }
        switch self.current.kind {
        case .comparator, .inOperator:
            throw self.error("comparisons cannot be chained; combine them with 'and'")
        default:
            return condition
        }
    }

    /// Parses `operand := literal | reference | call | "(" expression ")"`.
    private mutating func parseOperand() throws(ConditionError) -> Condition {
        let token = self.current
        switch token.kind {
        case .number, .string, .trueLiteral, .falseLiteral, .nullLiteral:
            guard let literal = Self.literal(token) else { break }
            try self.advance()
            return .literal(literal)
        case .identifier(let name):
            try self.checkKeywordCase(token)
            try self.advance()
            if ConditionParser.functionNames.contains(name) {
                return try self.parseCall(name: name)
            }
            if self.current.kind == .leftParenthesis {
                throw Self.unknownFunction(token)
            }
            return .slot(name)
        case .contextKeyword:
            return try self.parseContext()
        case .leftParenthesis:
            try self.enterNesting()
            try self.advance()
            let inner = try self.parseOr()
            guard self.current.kind == .rightParenthesis else {
                throw self.error(
                    "expected ')' to close '(' at column \(token.column), "
                        + "found \(self.current.quoted)"
                )
            }
            try self.advance()
            self.depth -= 1
            return inner
        case .leftBracket:
            throw self.error("a list may only follow 'in' or 'not in'")
        default:
            break
        }
        if let previous = self.previous {
            throw self.error("expected an operand after \(previous.quoted), found \(token.quoted)")
        }
        throw self.error("expected an operand, found \(token.quoted)")
    }

    /// Parses `"context" "." key`, at the `context` keyword.
    private mutating func parseContext() throws(ConditionError) -> Condition {
        try self.advance()
        guard self.current.kind == .dot else {
            throw self.error("expected '.' and a key after 'context', found \(self.current.quoted)")
        }
        try self.advance()
        guard let key = self.current.word else {
            throw self.error("expected a key after 'context.', found \(self.current.quoted)")
        }
        try self.advance()
        return .context(key)
    }

    /// Parses `name "(" identifier ")"`, just past the function's name.
    private mutating func parseCall(name: String) throws(ConditionError) -> Condition {
        guard self.current.kind == .leftParenthesis else {
            throw self.error("expected '(' after '\(name)', found \(self.current.quoted)")
        }
        try self.advance()
        guard case .identifier(let slot) = self.current.kind else {
            throw self.error(
                "expected a slot name inside '\(name)(...)', found \(self.current.quoted)"
            )
        }
        try self.checkKeywordCase(self.current)
        try self.advance()
        guard self.current.kind == .rightParenthesis else {
            throw self.error("expected ')' to close '\(name)(', found \(self.current.quoted)")
        }
        try self.advance()
        switch name {
        case "filled":
            return .filled(slot)
        case "empty":
            return .empty(slot)
        default:
            return .daysSince(slot)
        }
    }

    /// Parses `"[" (literal ("," literal)*)? "]"`, at the `in` operator's list.
    private mutating func parseList() throws(ConditionError) -> [ConditionLiteral] {
        let open = self.current
        guard open.kind == .leftBracket else {
            throw self.error("expected a list like ['a', 'b'] after 'in', found \(open.quoted)")
        }
        try self.advance()
        var members: [ConditionLiteral] = []
        if self.current.kind == .rightBracket {
            try self.advance()
            return members
        }
        while true {
            let token = self.current
            if let literal = Self.literal(token) {
                members.append(literal)
            } else {
                switch token.kind {
                case .identifier, .contextKeyword, .leftBracket:
                    try self.checkKeywordCase(token)
                    throw self.error("a list may contain only literals, found \(token.quoted)")
                default:
                    let after = self.previous?.quoted ?? "'['"
                    throw self.error("expected a literal after \(after), found \(token.quoted)")
                }
            }
            try self.advance()
            switch self.current.kind {
            case .comma:
                try self.advance()
            case .rightBracket:
                try self.advance()
                return members
            default:
                throw self.error(
                    "expected ',' or ']' to close the list opened at column \(open.column), "
                        + "found \(self.current.quoted)"
                )
            }
        }
    }

    /// Moves to the next token.
    private mutating func advance() throws(ConditionError) {
        self.previous = self.current
        self.current = try self.lexer.next()
    }

    /// Counts one more level of nesting at the current token, or rejects it past the limit.
    private mutating func enterNesting() throws(ConditionError) {
        guard self.depth < ConditionParser.maximumNesting else {
            throw self.error(
                "expression is nested too deeply (at most \(ConditionParser.maximumNesting) "
                    + "levels of parentheses and 'not')"
            )
        }
        self.depth += 1
    }

    /// Rejects an identifier that is a keyword in the wrong case, such as `AND` or `True`.
    private func checkKeywordCase(_ token: ConditionToken) throws(ConditionError) {
        guard case .identifier(let name) = token.kind else { return }
        let lowered = String(
            String.UnicodeScalarView(
                name.unicodeScalars.map { scalar in
                    ("A"..."Z").contains(scalar)
                        ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
                }
            )
        )
        guard lowered != name, ConditionToken.keywords[lowered] != nil else { return }
        throw ConditionError(
            message: "keywords are lower case: write '\(lowered)' instead of '\(name)'",
            column: token.column
        )
    }

    /// An error at the current token.
    private func error(_ message: String) -> ConditionError {
        ConditionError(message: message, column: self.current.column)
    }

    /// The literal a token spells, or `nil` when it is no literal.
    private static func literal(_ token: ConditionToken) -> ConditionLiteral? {
        switch token.kind {
        case .number(let number):
            return .number(number)
        case .string(let text):
            return .text(text)
        case .trueLiteral:
            return .bool(true)
        case .falseLiteral:
            return .bool(false)
        case .nullLiteral:
            return .null
        default:
            return nil
        }
    }

    /// The error for a call of a function that does not exist, with a suggestion if one is close.
    private static func unknownFunction(_ token: ConditionToken) -> ConditionError {
        let known = ConditionParser.functionNames
        var message = "unknown function '\(token.text)'"
        if let suggestion = ConditionParser.suggestion(for: token.text, among: known) {
            message += " (did you mean '\(suggestion)'?)"
        } else {
            message += " (available: \(known.joined(separator: ", ")))"
        }
        return ConditionError(message: message, column: token.column)
    }
}
