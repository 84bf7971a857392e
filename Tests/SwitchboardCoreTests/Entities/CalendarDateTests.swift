import Testing

@testable import SwitchboardCore

@Suite struct CalendarDateTests {
    @Test(
        "Known days since the epoch",
        arguments: [
            (0, "1970-01-01"), (-1, "1969-12-31"), (59, "1970-03-01"), (365, "1971-01-01"),
            (10_957, "2000-01-01"), (11_016, "2000-02-29"), (19_782, "2024-02-29"),
            (20_784, "2026-11-27"), (-719_468, "0000-03-01"), (2_932_896, "9999-12-31"),
        ])
    func knownDays(days: Int, iso: String) {
        let date = CalendarDate(daysSinceEpoch: days)
        #expect(date.isoString == iso)
        #expect(date.daysSinceEpoch == days)
    }

    @Test("Every day from 1170 to 2769 round-trips and follows the day before")
    func roundTrips() throws {
        // 1169-12-31 and 2769-12-31: four 400-year eras, across the epoch and 1600, 2000, 2400.
        var previous = CalendarDate(daysSinceEpoch: -292_195)
        #expect(previous.isoString == "1169-12-31")
        for days in -292_194...292_193 {
            let date = CalendarDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(CalendarDate(year: date.year, month: date.month, day: date.day) == date)
            let next =
                previous.day < CalendarDate.daysIn(month: previous.month, year: previous.year)
                ? (previous.year, previous.month, previous.day + 1)
                : previous.month < 12
                    ? (previous.year, previous.month + 1, 1) : (previous.year + 1, 1, 1)
            if (date.year, date.month, date.day) != next {
                Issue.record("\(previous.isoString) is followed by \(date.isoString)")
                return
            }
            #expect(previous < date)
            previous = date
        }
        #expect(previous.isoString == "2769-12-31")
    }

    @Test("Invalid parts make no date")
    func invalidParts() {
        #expect(CalendarDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2026, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 2026, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2026, month: 1, day: 0) == nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
    }

    @Test("adding(days:) crosses months, years and leap days")
    func adding() throws {
        let date = try #require(CalendarDate(year: 2024, month: 2, day: 28))
        #expect(date.adding(days: 1).isoString == "2024-02-29")
        #expect(date.adding(days: 2).isoString == "2024-03-01")
        #expect(date.adding(days: 366).isoString == "2025-02-28")
        #expect(date.adding(days: -59).isoString == "2023-12-31")
    }

    /// Texts the strict reader refuses; the action-result reader (which split on `-`)
    /// accepted the first five, and a date decoded from a state file was never checked.
    static let notISODates = [
        "2026-1-5", "2026--11-27", "+2026-11-27", "2026-11-27-", "02026-11-27", "2026-11-7",
        " 2026-11-27", "2026-11-27 ", "2026/11/27", "2026-11-27T10:00:00Z", "2026-02-29",
        "2026-13-01", "2026-00-10", "2026-11-00", "2026-11-31", "２０２６-11-27", "2026-1１-27", "",
    ]

    @Test("Only YYYY-MM-DD naming a real day reads as a date", arguments: Self.notISODates)
    func strictReaderRefuses(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func strictReaderReadsRealDays() {
        #expect(CalendarDate(iso: "2026-11-27") == CalendarDate(year: 2026, month: 11, day: 27))
        #expect(CalendarDate(iso: "2024-02-29") == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(CalendarDate(iso: "0000-03-01")?.daysSinceEpoch == -719_468)
        #expect(CalendarDate(iso: "9999-12-31")?.isoString == "9999-12-31")
        #expect(CalendarDate(iso: "x2026-11-27".dropFirst())?.isoString == "2026-11-27")
    }

    @Test(
        "Conditions, transcripts and timestamps read dates with the strict reader",
        arguments: Self.notISODates)
    func everyReaderAgrees(_ text: String) {
        // Conditions and transcripts allow spaces around a date, and nothing else.
        let expected = CalendarDate(iso: text.trimmingCharacters())
        #expect(ConditionSemantics.parseDate(text) == expected)
        var transcript: CalendarDate?
        if case .date(let date) = TranscriptSyntax.value(text[...]) { transcript = date }
        #expect(transcript == expected)
        if text.utf8.count == 10 { #expect(Timestamp(iso: text) == nil) }
    }
}
