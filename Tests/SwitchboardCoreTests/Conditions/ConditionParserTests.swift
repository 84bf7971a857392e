import Testing

@testable import SwitchboardCore

/// A slot reference, to keep expected trees short.
private func slot(_ name: String) -> Condition { .slot(name) }

/// A number literal.
private func number(_ value: Double) -> Condition { .literal(.number(value)) }

/// A string literal.
private func text(_ value: String) -> Condition { .literal(.text(value)) }

@Suite("ConditionParser: structure")
struct ConditionParserTests {
    @Test("the example from the flow docs")
    func docsExample() throws {
        let condition = try ConditionParser.parse(
            "amount > 100 and reason in ['damaged', 'never_arrived']"
        )
        #expect(
            condition
                == .and([
                    .comparison(slot("amount"), .greater, number(100)),
                    .membership(
                        slot("reason"),
                        [.text("damaged"), .text("never_arrived")],
                        negated: false
                    ),
                ])
        )
    }

    @Test("and binds tighter than or")
    func andBindsTighterThanOr() throws {
        #expect(
            try ConditionParser.parse("a or b and c")
                == .or([slot("a"), .and([slot("b"), slot("c")])])
        )
        #expect(
            try ConditionParser.parse("a and b or c and d")
                == .or([.and([slot("a"), slot("b")]), .and([slot("c"), slot("d")])])
        )
    }

    @Test("not binds tighter than and, and looser than a comparison")
    func notPrecedence() throws {
        #expect(try ConditionParser.parse("not a and b") == .and([.not(slot("a")), slot("b")]))
        #expect(
            try ConditionParser.parse("not a == 1")
                == .not(.comparison(slot("a"), .equal, number(1)))
        )
        #expect(try ConditionParser.parse("not not a") == .not(.not(slot("a"))))
        #expect(
            try ConditionParser.parse("not a or b")
                == .or([.not(slot("a")), slot("b")])
        )
    }

    @Test("parentheses group")
    func parentheses() throws {
        #expect(
            try ConditionParser.parse("(a or b) and c")
                == .and([.or([slot("a"), slot("b")]), slot("c")])
        )
        #expect(try ConditionParser.parse("not (a or b)") == .not(.or([slot("a"), slot("b")])))
        #expect(try ConditionParser.parse("((a))") == slot("a"))
        #expect(
            try ConditionParser.parse("(a and b) and c")
                == .and([.and([slot("a"), slot("b")]), slot("c")])
        )
    }

    @Test("chains of and and or stay flat")
    func flatChains() throws {
        #expect(
            try ConditionParser.parse("a and b and c")
                == .and([slot("a"), slot("b"), slot("c")])
        )
        #expect(
            try ConditionParser.parse("a or b || c")
                == .or([slot("a"), slot("b"), slot("c")])
        )
    }

    @Test("symbolic and word operators are the same")
    func symbolicOperators() throws {
        #expect(
            try ConditionParser.parse("!a && b || c")
                == ConditionParser.parse("not a and b or c")
        )
        #expect(try ConditionParser.parse("!!a") == .not(.not(slot("a"))))
        #expect(try ConditionParser.parse("a!=1") == .comparison(slot("a"), .notEqual, number(1)))
    }

    @Test(
        "every comparator",
        arguments: [
            ("==", ConditionComparator.equal),
            ("!=", .notEqual),
            ("<", .less),
            ("<=", .lessOrEqual),
            (">", .greater),
            (">=", .greaterOrEqual),
            ("contains", .contains),
        ]
    )
    func comparators(symbol: String, comparator: ConditionComparator) throws {
        #expect(
            try ConditionParser.parse("x \(symbol) 'y'")
                == .comparison(slot("x"), comparator, text("y"))
        )
        #expect(comparator.symbol == symbol)
    }

    @Test("in and not in take a list of literals")
    func membership() throws {
        #expect(
            try ConditionParser.parse("x in [1, -2.5, 'a', \"b\", true, false, null]")
                == .membership(
                    slot("x"),
                    [
                        .number(1), .number(-2.5), .text("a"), .text("b"), .bool(true),
                        .bool(false), .null,
                    ],
                    negated: false
                )
        )
        #expect(
            try ConditionParser.parse("x not in ['a']")
                == .membership(slot("x"), [.text("a")], negated: true)
        )
        #expect(try ConditionParser.parse("x in []") == .membership(slot("x"), [], negated: false))
        #expect(
            try ConditionParser.parse("not x in [1]")
                == .not(.membership(slot("x"), [.number(1)], negated: false))
        )
    }

    @Test("number literals")
    func numbers() throws {
        #expect(try ConditionParser.parse("123") == number(123))
        #expect(try ConditionParser.parse("12.5") == number(12.5))
        #expect(try ConditionParser.parse("-3") == number(-3))
        #expect(try ConditionParser.parse("-0.25") == number(-0.25))
        #expect(try ConditionParser.parse("007") == number(7))
        #expect(try ConditionParser.parse("a>-3") == .comparison(slot("a"), .greater, number(-3)))
    }

    @Test("string literals, quotes and escapes")
    func strings() throws {
        #expect(try ConditionParser.parse("'single'") == text("single"))
        #expect(try ConditionParser.parse("\"double\"") == text("double"))
        #expect(try ConditionParser.parse(#"'it\'s'"#) == text("it's"))
        #expect(try ConditionParser.parse(#""say \"hi\"""#) == text("say \"hi\""))
        #expect(try ConditionParser.parse(#"'back\\slash'"#) == text("back\\slash"))
        #expect(try ConditionParser.parse(#""it's""#) == text("it's"))
        #expect(try ConditionParser.parse(#"'say "hi"'"#) == text("say \"hi\""))
        #expect(try ConditionParser.parse("''") == text(""))
        #expect(try ConditionParser.parse("'montó ✓'") == text("montó ✓"))
        #expect(try ConditionParser.parse("'a and b'") == text("a and b"))
    }

    @Test("true, false and null")
    func keywordsLiterals() throws {
        #expect(try ConditionParser.parse("true") == .literal(.bool(true)))
        #expect(try ConditionParser.parse("false") == .literal(.bool(false)))
        #expect(
            try ConditionParser.parse("x == null")
                == .comparison(slot("x"), .equal, .literal(.null)))
    }

    @Test("references and calls")
    func referencesAndCalls() throws {
        #expect(try ConditionParser.parse("order_id2") == slot("order_id2"))
        #expect(try ConditionParser.parse("_private") == slot("_private"))
        #expect(try ConditionParser.parse("context.plan") == .context("plan"))
        #expect(try ConditionParser.parse("context . plan") == .context("plan"))
        #expect(try ConditionParser.parse("context.in") == .context("in"))
        #expect(try ConditionParser.parse("context.True") == .context("True"))
        #expect(try ConditionParser.parse("filled(order_id)") == .filled("order_id"))
        #expect(try ConditionParser.parse("empty( order_id )") == .empty("order_id"))
        #expect(
            try ConditionParser.parse("days_since(ordered) > 30")
                == .comparison(.daysSince("ordered"), .greater, number(30))
        )
        #expect(try ConditionParser.parse("AMOUNT") == slot("AMOUNT"))
    }

    @Test("whitespace is free")
    func whitespace() throws {
        let expected = try ConditionParser.parse("a==1 and b in[1,2]")
        #expect(try ConditionParser.parse("  a  ==\t1\n and\r\n b in [ 1 , 2 ]  ") == expected)
        #expect(try ConditionParser.parse("a\u{00A0}==\u{2003}1 and b in [1,2]") == expected)
    }

    @Test("a parenthesized condition can be compared with a boolean")
    func booleanOperands() throws {
        #expect(
            try ConditionParser.parse("(a > 1) == false")
                == .comparison(
                    .comparison(slot("a"), .greater, number(1)),
                    .equal,
                    .literal(.bool(false))
                )
        )
        #expect(
            try ConditionParser.parse("filled(a) != filled(b)")
                == .comparison(.filled("a"), .notEqual, .filled("b"))
        )
    }

    @Test("nesting up to the limit parses")
    func nestingAtTheLimit() throws {
        let limit = ConditionParser.maximumNesting
        #expect(limit == 64)
        let parentheses =
            String(repeating: "(", count: limit) + "a"
            + String(repeating: ")", count: limit)
        #expect(try ConditionParser.parse(parentheses) == slot("a"))
        var expected = slot("a")
        for _ in 0..<limit {
            expected = .not(expected)
        }
        let nots = String(repeating: "not ", count: limit) + "a"
        #expect(try ConditionParser.parse(nots) == expected)
        let mixed =
            String(repeating: "not (", count: limit / 2) + "a"
            + String(repeating: ")", count: limit / 2)
        #expect(throws: Never.self) { try ConditionParser.parse(mixed) }
    }

    @Test("a long flat chain parses and evaluates without deep recursion")
    func longChain() throws {
        let count = 20_000
        let source = (0..<count).map { "s\($0)" }.joined(separator: " and ")
        let condition = try ConditionParser.parse(source)
        guard case .and(let operands) = condition else {
            Issue.record("expected an and, got \(condition)")
            return
        }
        #expect(operands.count == count)
        let today = try #require(CalendarDate(year: 2026, month: 1, day: 1))
        let all = ConditionEnvironment(
            today: today, slot: { _ in .bool(true) }, context: { _ in nil })
        #expect(condition.evaluate(in: all))
        #expect(condition.referencedSlots.count == count)
    }
}
