import Testing

@testable import SwitchboardCore

/// A source that must not parse, with the exact error it must give.
struct ConditionParseErrorCase: Sendable, CustomTestStringConvertible {
    /// The condition source.
    var source: String
    /// The expected message.
    var message: String
    /// The expected 1-based column.
    var column: Int

    var testDescription: String { "\(self.source.debugDescription) -> \(self.column)" }

    init(_ source: String, _ message: String, _ column: Int) {
        self.source = source
        self.message = message
        self.column = column
    }
}

/// The error a source gives, or `nil` when it parses.
private func parseError(_ source: String) -> ConditionError? {
    do {
        _ = try ConditionParser.parse(source)
        return nil
    } catch {
        return error
    }
}

@Suite("ConditionParser: errors")
struct ConditionParserErrorTests {
    static let emptyAndDangling: [ConditionParseErrorCase] = [
        .init("", "empty expression", 1),
        .init("   ", "empty expression", 1),
        .init("amount >", "expected an operand after '>', found end of expression", 9),
        .init(
            "amount > 100 and",
            "expected an operand after 'and', found end of expression", 17
        ),
        .init(
            "amount > 100 and ",
            "expected an operand after 'and', found end of expression", 18
        ),
        .init("a ||", "expected an operand after '||', found end of expression", 5),
        .init("and amount", "expected an operand, found 'and'", 1),
        .init("a or or b", "expected an operand after 'or', found 'or'", 6),
        .init("a == == b", "expected an operand after '==', found '=='", 6),
        .init("not", "expected an operand after 'not', found end of expression", 4),
        .init("a and not", "expected an operand after 'not', found end of expression", 10),
        .init("== 1", "expected an operand, found '=='", 1),
        .init("a in", "expected a list like ['a', 'b'] after 'in', found end of expression", 5),
        .init("a contains", "expected an operand after 'contains', found end of expression", 11),
    ]

    static let parentheses: [ConditionParseErrorCase] = [
        .init("(a", "expected ')' to close '(' at column 1, found end of expression", 3),
        .init("((a > 1)", "expected ')' to close '(' at column 1, found end of expression", 9),
        .init(
            "x and (a or (b)",
            "expected ')' to close '(' at column 7, found end of expression", 16
        ),
        .init("(a b)", "expected ')' to close '(' at column 1, found 'b'", 4),
        .init("(a > 1))", "unmatched ')'", 8),
        .init("a)", "unmatched ')'", 2),
        .init(")", "expected an operand, found ')'", 1),
        .init("()", "expected an operand after '(', found ')'", 2),
    ]

    static let functions: [ConditionParseErrorCase] = [
        .init("filed(order_id)", "unknown function 'filed' (did you mean 'filled'?)", 1),
        .init(
            "x and dayssince(d) > 3",
            "unknown function 'dayssince' (did you mean 'days_since'?)", 7
        ),
        .init("emty(a)", "unknown function 'emty' (did you mean 'empty'?)", 1),
        .init("Filled(a)", "unknown function 'Filled' (did you mean 'filled'?)", 1),
        .init("fill(a)", "unknown function 'fill' (did you mean 'filled'?)", 1),
        .init(
            "count(a)",
            "unknown function 'count' (available: filled, empty, days_since)", 1
        ),
        .init(
            "a > len (b)",
            "unknown function 'len' (available: filled, empty, days_since)", 5
        ),
        .init("filled", "expected '(' after 'filled', found end of expression", 7),
        .init("empty == 1", "expected '(' after 'empty', found '=='", 7),
        .init(
            "filled(context.a)",
            "expected a slot name inside 'filled(...)', found 'context'", 8
        ),
        .init("filled()", "expected a slot name inside 'filled(...)', found ')'", 8),
        .init("filled('a')", "expected a slot name inside 'filled(...)', found ''a''", 8),
        .init("filled(a", "expected ')' to close 'filled(', found end of expression", 9),
        .init("days_since(a, b)", "expected ')' to close 'days_since(', found ','", 13),
    ]

    static let comparisons: [ConditionParseErrorCase] = [
        .init("a < b < c", "comparisons cannot be chained; combine them with 'and'", 7),
        .init("a == 1 != 2", "comparisons cannot be chained; combine them with 'and'", 8),
        .init("a in [1] in [2]", "comparisons cannot be chained; combine them with 'and'", 10),
        .init("a == b in [1]", "comparisons cannot be chained; combine them with 'and'", 8),
        .init(
            "a contains 'x' contains 'y'", "comparisons cannot be chained; combine them with 'and'",
            16),
        .init("a not b", "expected 'in' after 'not', found 'b'", 7),
        .init("a not", "expected 'in' after 'not', found end of expression", 6),
    ]

    static let lists: [ConditionParseErrorCase] = [
        .init("a in [b]", "a list may contain only literals, found 'b'", 7),
        .init("a in [1, context.x]", "a list may contain only literals, found 'context'", 10),
        .init("a in [[1]]", "a list may contain only literals, found '['", 7),
        .init("a in [1,]", "expected a literal after ',', found ']'", 9),
        .init("a in [,1]", "expected a literal after '[', found ','", 7),
        .init(
            "a in [1 2]",
            "expected ',' or ']' to close the list opened at column 6, found '2'", 9
        ),
        .init(
            "a in [1, 2",
            "expected ',' or ']' to close the list opened at column 6, found end of expression",
            11
        ),
        .init("a in b", "expected a list like ['a', 'b'] after 'in', found 'b'", 6),
        .init("a in 'abc'", "expected a list like ['a', 'b'] after 'in', found ''abc''", 6),
        .init("a in ([1])", "expected a list like ['a', 'b'] after 'in', found '('", 6),
        .init("[1] == a", "a list may only follow 'in' or 'not in'", 1),
        .init("a == [1]", "a list may only follow 'in' or 'not in'", 6),
        .init("[]", "a list may only follow 'in' or 'not in'", 1),
    ]

    static let references: [ConditionParseErrorCase] = [
        .init("context", "expected '.' and a key after 'context', found end of expression", 8),
        .init("context == 1", "expected '.' and a key after 'context', found '=='", 9),
        .init("context. == 1", "expected a key after 'context.', found '=='", 10),
        .init("context.'plan'", "expected a key after 'context.', found ''plan''", 9),
        .init("context.1", "expected a key after 'context.', found '1'", 9),
        .init("montó > 1", "identifiers may use only ASCII letters, digits and '_', found 'ó'", 5),
        .init("ñame > 1", "identifiers may use only ASCII letters, digits and '_', found 'ñ'", 1),
        .init(
            "cafe\u{301} == 1",
            "identifiers may use only ASCII letters, digits and '_', found '\u{301}'", 5
        ),
        .init("a == 1 AND b", "keywords are lower case: write 'and' instead of 'AND'", 8),
        .init("x == True", "keywords are lower case: write 'true' instead of 'True'", 6),
        .init("Not x", "keywords are lower case: write 'not' instead of 'Not'", 1),
        .init("x in [NULL]", "keywords are lower case: write 'null' instead of 'NULL'", 7),
        .init("Context.plan", "keywords are lower case: write 'context' instead of 'Context'", 1),
        .init(
            "filled(None) or filled(Or)",
            "keywords are lower case: write 'or' instead of 'Or'", 24
        ),
    ]

    static let trailing: [ConditionParseErrorCase] = [
        .init("a b", "expected an operator or end of expression, found 'b'", 3),
        .init("a == 1 b", "expected an operator or end of expression, found 'b'", 8),
        .init("a == 1 2", "expected an operator or end of expression, found '2'", 8),
        .init("a.b", "expected an operator or end of expression, found '.'", 2),
        .init("filled(a) (b)", "expected an operator or end of expression, found '('", 11),
        .init(
            "a 'a string that is much too long to quote'",
            "expected an operator or end of expression, found ''a string that is much t...'",
            3
        ),
    ]

    static let lexical: [ConditionParseErrorCase] = [
        .init("a == 'abc", "unterminated string", 6),
        .init(#"a == "abc\""#, "unterminated string", 6),
        .init(#"a == 'abc\"#, "unterminated string", 6),
        .init("a == \"abc'", "unterminated string", 6),
        .init(#"a == 'a\nb'"#, #"unknown escape '\n' in a string (use \', \" or \\)"#, 8),
        .init("a = 1", "unexpected '=' (did you mean '=='?)", 3),
        .init("a & b", "unexpected '&' (did you mean '&&'?)", 3),
        .init("a | b", "unexpected '|' (did you mean '||'?)", 3),
        .init("a == - 3", "expected a digit after '-' (write negative numbers like -3)", 6),
        .init("a == 12.", "expected a digit after the decimal point", 9),
        .init("a == .5", "expected an operand after '==', found '.'", 6),
        .init("a == 12abc", "unexpected 'a' after the number 12", 8),
        .init("a == 1.2.3", "unexpected '.' after the number 1.2", 9),
        .init("a ≥ 1", "unexpected character '≥'", 3),
        .init("a == 1 ;", "unexpected character ';'", 8),
        .init("a\u{7} == 1", #"unexpected character '\u{07}'"#, 2),
        .init("a\u{200B}== 1", #"unexpected character '\u{200B}'"#, 2),
        .init("a and 'x' == 1 and 'y", "unterminated string", 20),
        .init("and 'y", "expected an operand, found 'and'", 1),
    ]

    @Test(arguments: Self.emptyAndDangling)
    func emptyAndDanglingOperators(_ testCase: ConditionParseErrorCase) {
        Self.check(testCase)
    }

    @Test(arguments: Self.parentheses)
    func unbalancedParentheses(_ testCase: ConditionParseErrorCase) {
        Self.check(testCase)
    }

    @Test(arguments: Self.functions)
    func unknownAndMalformedFunctions(_ testCase: ConditionParseErrorCase) {
        Self.check(testCase)
    }

    @Test(arguments: Self.comparisons)
    func chainedAndMalformedComparisons(_ testCase: ConditionParseErrorCase) {
        Self.check(testCase)
    }

    @Test(arguments: Self.lists)
    func malformedLists(_ testCase: ConditionParseErrorCase) {
        Self.check(testCase)
    }

    @Test(arguments: Self.references)
    func malformedReferences(_ testCase: ConditionParseErrorCase) {
        Self.check(testCase)
    }

    @Test(arguments: Self.trailing)
    func trailingTokens(_ testCase: ConditionParseErrorCase) {
        Self.check(testCase)
    }

    @Test(arguments: Self.lexical)
    func lexicalErrors(_ testCase: ConditionParseErrorCase) {
        Self.check(testCase)
    }

    @Test("nesting past the limit is an error, not a stack overflow")
    func nestingPastTheLimit() {
        let message =
            "expression is nested too deeply (at most 64 levels of parentheses and 'not')"
        let parentheses =
            String(repeating: "(", count: 65) + "a" + String(repeating: ")", count: 65)
        #expect(parseError(parentheses) == ConditionError(message: message, column: 65))
        let nots = String(repeating: "not ", count: 65) + "a"
        #expect(parseError(nots) == ConditionError(message: message, column: 257))
        let bangs = String(repeating: "!", count: 100_000) + "a"
        #expect(parseError(bangs) == ConditionError(message: message, column: 65))
        let deep = String(repeating: "(", count: 100_000)
        #expect(parseError(deep) == ConditionError(message: message, column: 65))
        let mixed = String(repeating: "not (", count: 33) + "a" + String(repeating: ")", count: 33)
        #expect(parseError(mixed) == ConditionError(message: message, column: 161))
    }

    @Test("the error describes itself with its column")
    func errorDescription() {
        let error = ConditionError(message: "unterminated string", column: 6)
        #expect(error.description == "column 6: unterminated string")
        #expect(parseError("a == 'abc")?.description == "column 6: unterminated string")
    }

    @Test("columns count Unicode scalars, not bytes or characters")
    func columnsCountScalars() {
        // "é" is one scalar and two UTF-8 bytes; "e\u{301}" is two scalars and one character.
        #expect(parseError("'é' == 1 1")?.column == 10)
        #expect(parseError("'e\u{301}' == 1 1")?.column == 11)
        #expect(parseError("'👍🏽' == 1 1")?.column == 11)
    }

    /// Expects the case's source to fail with exactly its message and column.
    private static func check(_ testCase: ConditionParseErrorCase) {
        let error = parseError(testCase.source)
        #expect(error?.message == testCase.message)
        #expect(error?.column == testCase.column)
    }
}
