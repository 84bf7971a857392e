import Testing

@testable import SwitchboardCore

@Suite("Condition semantics helpers")
struct ConditionSemanticsTests {
    @Test(
        "text reads as a number only when it is a plain decimal",
        arguments: [
            ("42", 42.0),
            ("-3.5", -3.5),
            ("+7", 7),
            (" 42\t", 42),
            ("007", 7),
        ] as [(String, Double)]
    )
    func numericText(text: String, value: Double) {
        #expect(ConditionSemantics.parseNumber(text) == value)
    }

    @Test(
        "text that is no plain decimal is not a number",
        arguments: [
            "", " ", "4 2", "1e3", "nan", "inf", "infinity", ".5", "5.", "-", "0x10", "1,000", "١٢",
        ]
    )
    func nonNumericText(text: String) {
        #expect(ConditionSemantics.parseNumber(text) == nil)
    }

    @Test("text reads as a date only in YYYY-MM-DD form on a real day")
    func dateText() {
        #expect(ConditionSemantics.parseDate("2026-02-28")?.isoString == "2026-02-28")
        #expect(ConditionSemantics.parseDate("2024-02-29")?.isoString == "2024-02-29")
        #expect(ConditionSemantics.parseDate(" 2026-03-01 ")?.isoString == "2026-03-01")
        #expect(ConditionSemantics.parseDate("2026-02-29") == nil)
        #expect(ConditionSemantics.parseDate("2026-13-01") == nil)
        #expect(ConditionSemantics.parseDate("2026-3-01") == nil)
        #expect(ConditionSemantics.parseDate("2026-03-01x") == nil)
        #expect(ConditionSemantics.parseDate("2026/03/01") == nil)
        #expect(ConditionSemantics.parseDate("+026-03-01") == nil)
        #expect(ConditionSemantics.parseDate("") == nil)
    }

    @Test("edit distance")
    func editDistance() {
        #expect(ConditionParser.editDistance("filed", "filled") == 1)
        #expect(ConditionParser.editDistance("", "abc") == 3)
        #expect(ConditionParser.editDistance("abc", "") == 3)
        #expect(ConditionParser.editDistance("kitten", "sitting") == 3)
        #expect(ConditionParser.editDistance("same", "same") == 0)
    }

    @Test("suggestions are at most two edits away, nearest first")
    func suggestions() {
        let names = ConditionParser.functionNames
        #expect(ConditionParser.suggestion(for: "fillled", among: names) == "filled")
        #expect(ConditionParser.suggestion(for: "days", among: names) == nil)
        #expect(ConditionParser.suggestion(for: "dayssince", among: names) == "days_since")
        #expect(ConditionParser.suggestion(for: "emptyy", among: names) == "empty")
        #expect(ConditionParser.suggestion(for: "zzz", among: names) == nil)
    }
}
