import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// The opt-in check of how long ago each procedure was reviewed.
@Suite struct SOPReviewCheckTests {
    static func day(_ text: String) throws -> CalendarDate {
        try #require(CalendarDate(iso: text))
    }

    @Test("A procedure reviewed more than the allowed days ago is a warning at its flow")
    func overdue() throws {
        // The fixture's takeover flow was reviewed on 2026-10-01: 58 days before 2026-11-28.
        let definition = try FixtureEdits.loaded().definition
        let today = try Self.day("2026-11-28")
        let diagnostics = SOPReviewCheck(maximumAgeDays: 57, today: today).check(definition)
        #expect(diagnostics.map(\.code) == ["sop-review-overdue"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.origin?.path == "flows.takeover")
        #expect(
            diagnostics.first?.message
                == "flow \"takeover\" follows a procedure last reviewed on 2026-10-01, 58 days "
                + "before 2026-11-28 (more than 57): review it with its owner (Safety) and update "
                + "sop.reviewed")
        // On the last allowed day, and for a flow with no review date (refund), nothing.
        #expect(SOPReviewCheck(maximumAgeDays: 58, today: today).check(definition).isEmpty)
    }

    @Test("Not a standard check: the default check answers the same on every day")
    func optIn() {
        #expect(!DefinitionChecks.standard.contains { $0 is SOPReviewCheck })
    }
}
