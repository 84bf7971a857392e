import Testing

@testable import SwitchboardCore

@Suite("Condition: description")
struct ConditionDescriptionTests {
    @Test(
        "descriptions are canonical source",
        arguments: [
            ("a>1&&b", "a > 1 and b"),
            ("!a || b", "not a or b"),
            ("not (a or b) and c", "not (a or b) and c"),
            ("(a or b) or c", "(a or b) or c"),
            ("a or b and c", "a or b and c"),
            ("(a and b) and c", "(a and b) and c"),
            ("(a or b) and (c or d)", "(a or b) and (c or d)"),
            ("x  not in [ 1,'a' ,null ]", "x not in [1, 'a', null]"),
            ("x in []", "x in []"),
            ("(a > 1) == false", "(a > 1) == false"),
            ("context . plan contains \"it's\"", "context.plan contains 'it\\'s'"),
            (#"a == 'back\\slash'"#, #"a == 'back\\slash'"#),
            (
                "filled(a) and empty(b) or days_since(c) >= -2.5",
                "filled(a) and empty(b) or days_since(c) >= -2.5"
            ),
            ("12.0 == 12", "12 == 12"),
            ("true != false", "true != false"),
            ("not not a", "not not a"),
            ("(not a) == b", "(not a) == b"),
        ]
    )
    func canonical(source: String, description: String) throws {
        let condition = try ConditionParser.parse(source)
        #expect(condition.description == description)
        #expect(try ConditionParser.parse(description) == condition)
    }

    @Test("literal descriptions")
    func literals() {
        #expect(ConditionLiteral.number(-3).description == "-3")
        #expect(ConditionLiteral.number(0.5).description == "0.5")
        #expect(ConditionLiteral.text("it's").description == "'it\\'s'")
        #expect(ConditionLiteral.text("say \"hi\"").description == "'say \"hi\"'")
        #expect(ConditionLiteral.bool(true).description == "true")
        #expect(ConditionLiteral.null.description == "null")
    }
}
