import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// `switchboard check` on `validate` keys that cannot apply to the slot's values: they would
/// check nothing (or, for text checks on amounts and dates, read the value written out).
@Suite struct SlotValidationCheckTests {
    /// The fixture's slots with `extra` (slot members) added after the email slot.
    static func slots(adding extra: String) throws -> String {
        try FixtureEdits.edit(
            "slots.json",
            #""email": { "entity": "email", "prompts": ["Your email?"], "sensitive": true }"#,
            #""email": { "entity": "email", "prompts": ["Your email?"], "sensitive": true },"#
                + "\n" + extra)
    }

    /// The warnings of this check for the fixture with `text` as its slots.
    static func warnings(_ text: String) throws -> [Diagnostic] {
        try FixtureEdits.loaded(["slots.json": text]).diagnostics.filter {
            $0.code == "inapplicable-validation"
        }
    }

    @Test func aNumberCheckOnATextSlotIsReportedAtItsKey() throws {
        let text = try Self.slots(
            adding: #""note": { "entity": "text", "prompts": ["Note?"], "#
                + #""validate": { "min": 3 } }"#)
        let warnings = try Self.warnings(text)
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.origin?.path == "slots.note.validate.min")
        #expect(warning.origin?.location.line == (try FixtureEdits.line(of: "\"min\"", in: text)))
        #expect(
            warning.message
                == "\"min\" compares numbers and amounts, but slot \"note\" holds text "
                + "(entity \"text\"), so it never applies")
    }

    @Test func aDateCheckOnAReferenceSlotNeverApplies() throws {
        let text = try FixtureEdits.edit(
            "slots.json", #""maxAttempts": 3"#,
            #""maxAttempts": 3, "validate": { "notFuture": true, "maxDaysAgo": 30 }"#)
        let warnings = try Self.warnings(text)
        #expect(
            warnings.map(\.origin?.path) == [
                "slots.order_id.validate.notFuture", "slots.order_id.validate.maxDaysAgo",
            ])
    }

    @Test func aPatternOnAnAmountSaysItReadsTheValueWrittenOut() throws {
        let text = try Self.slots(
            adding: #""fee": { "entity": "money", "prompts": ["How much?"], "#
                + #""validate": { "pattern": "[0-9]+" } }"#)
        let warnings = try Self.warnings(text)
        #expect(
            warnings.map(\.message) == [
                "\"pattern\" reads text, but slot \"fee\" holds amounts of money "
                    + "(entity \"money\"): it reads the value written out (such as \"12.50 USD\")"
            ])
    }

    @Test func aOneOfValueTheListCannotGiveIsReported() throws {
        let text = try FixtureEdits.edit(
            "slots.json", #""onExhausted": "skip", "maxAttempts": 2"#,
            #""onExhausted": "skip", "maxAttempts": 2, "#
                + #""validate": { "oneOf": ["Damaged", "lost"] }"#)
        let warnings = try Self.warnings(text)
        #expect(
            warnings.map(\.message) == [
                "\"lost\" is not a value of list entity \"reason\", so no answer can give it"
            ])
        #expect(warnings.first?.origin?.path == "slots.reason.validate.oneOf")
    }

    @Test func checksThatApplyAreNotReported() throws {
        let text = try Self.slots(
            adding: #""count": { "entity": "number", "prompts": ["How many?"], "#
                + #""validate": { "min": 1, "max": 9 } },"# + "\n"
                + #""day": { "entity": "date", "prompts": ["When?"], "#
                + #""validate": { "notFuture": true, "maxDaysAgo": 30 } },"# + "\n"
                + #""code": { "entity": "order_id", "prompts": ["Code?"], "#
                + #""validate": { "pattern": "TP-[0-9]+", "minLength": 3 } }"#)
        #expect(try Self.warnings(text).isEmpty)
    }
}
