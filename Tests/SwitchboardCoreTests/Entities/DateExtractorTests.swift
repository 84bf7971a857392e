import Testing

@testable import SwitchboardCore

/// Dates are resolved against Wednesday 2026-03-18.
@Suite struct DateExtractorTests {
    let extractor = DateExtractor()

    @Test(arguments: [
        ("delivered 2026-11-27", "2026-11-27", "2026-11-27"),
        ("2026/11/27", "2026/11/27", "2026-11-27"),
        ("on 27/11/2026.", "27/11/2026", "2026-11-27"),
        ("on 11/27/2026", "11/27/2026", "2026-11-27"),
        ("on 03/04/2026", "03/04/2026", "2026-04-03"),
        ("27.11.2026", "27.11.2026", "2026-11-27"),
        ("27-11-2026", "27-11-2026", "2026-11-27"),
        ("27/11/26", "27/11/26", "2026-11-27"),
        ("2026-11-27T10:30", "2026-11-27", "2026-11-27"),
        ("27 Nov 2026", "27 Nov 2026", "2026-11-27"),
        ("27 November, 2026", "27 November, 2026", "2026-11-27"),
        ("27-Nov-2026", "27-Nov-2026", "2026-11-27"),
        ("Nov 27", "Nov 27", "2025-11-27"),
        ("Nov. 27", "Nov. 27", "2025-11-27"),
        ("November 27th, 2026", "November 27th, 2026", "2026-11-27"),
        ("November 27 2026", "November 27 2026", "2026-11-27"),
        ("27th of November", "27th of November", "2025-11-27"),
        ("on the 3rd of March", "3rd of March", "2026-03-03"),
        ("March the 2nd", "March the 2nd", "2026-03-02"),
        ("Friday, 27 November 2026", "Friday, 27 November 2026", "2026-11-27"),
        ("Fri 27 Nov 2026", "Fri 27 Nov 2026", "2026-11-27"),
        ("Mar 18", "Mar 18", "2026-03-18"),
        ("Mar 19", "Mar 19", "2025-03-19"),
        ("Feb 29", "Feb 29", "2024-02-29"),
        ("29 Feb 2028", "29 Feb 2028", "2028-02-29"),
        ("May 5", "May 5", "2025-05-05"),
        ("today", "today", "2026-03-18"),
        ("Yesterday it broke", "Yesterday", "2026-03-17"),
        ("tomorrow", "tomorrow", "2026-03-19"),
        ("the day before yesterday", "the day before yesterday", "2026-03-16"),
        ("day before yesterday", "day before yesterday", "2026-03-16"),
        ("the day after tomorrow", "the day after tomorrow", "2026-03-20"),
        ("3 days ago", "3 days ago", "2026-03-15"),
        ("two weeks ago", "two weeks ago", "2026-03-04"),
        ("a week ago", "a week ago", "2026-03-11"),
        ("twenty-one days ago", "twenty-one days ago", "2026-02-25"),
        ("a month ago", "a month ago", "2026-02-18"),
        ("1 year ago", "1 year ago", "2025-03-18"),
        ("in 3 days", "in 3 days", "2026-03-21"),
        ("in two weeks", "in two weeks", "2026-04-01"),
        ("last Monday", "last Monday", "2026-03-16"),
        ("last wednesday", "last wednesday", "2026-03-11"),
        ("on Monday", "Monday", "2026-03-16"),
        ("on Wednesday", "Wednesday", "2026-03-11"),
        ("it came Thursday", "Thursday", "2026-03-12"),
        ("on Sat", "Sat", "2026-03-14"),
        ("next Friday", "next Friday", "2026-03-20"),
        ("next Wednesday", "next Wednesday", "2026-03-25"),
        ("next Tue", "next Tue", "2026-03-24"),
        ("this Friday", "this Friday", "2026-03-20"),
        ("this Monday", "this Monday", "2026-03-16"),
        ("last week", "last week", "2026-03-11"),
        ("next week", "next week", "2026-03-25"),
        ("last night", "last night", "2026-03-17"),
        ("this morning", "this morning", "2026-03-18"),
    ])
    func findsDate(text: String, written: String, iso: String) {
        let found = EntityFixture.extract(self.extractor, text)
        #expect(found.map(\.text) == [written], "\(text)")
        #expect(found.map(\.value.displayText) == [iso], "\(text)")
        if let match = found.first {
            #expect(match == EntityFixture.match(match.value, written, in: text))
        }
    }

    @Test func exactRanges() {
        let text = "Ordered Nov 2, arrived yesterday"
        #expect(
            EntityFixture.extract(self.extractor, text) == [
                EntityMatch(
                    value: .date(EntityFixture.day(2025, 11, 2)), range: 8..<13, text: "Nov 2"),
                EntityMatch(
                    value: .date(EntityFixture.day(2026, 3, 17)), range: 23..<32,
                    text: "yesterday"),
            ])
    }

    @Test func monthFirstReading() {
        let monthFirst = DateExtractor(dayFirst: false)
        let cases = [
            ("03/04/2026", "2026-03-04"), ("27/11/2026", "2026-11-27"),
            ("11/27/2026", "2026-11-27"), ("2026-11-27", "2026-11-27"),
        ]
        for (text, iso) in cases {
            let found = monthFirst.extract(from: text, in: EntityFixture.context)
            #expect(found.map(\.value.displayText) == [iso], "\(text)")
        }
    }

    @Test func yearlessDateOnNewYearsDay() {
        let context = ExtractionContext(today: EntityFixture.day(2026, 1, 1))
        let found = self.extractor.extract(from: "Dec 31 and Jan 1", in: context)
        #expect(found.map(\.value.displayText) == ["2025-12-31", "2026-01-01"])
    }

    @Test func weekdayCountsFromSunday() {
        let sunday = ExtractionContext(today: EntityFixture.day(2026, 3, 22))
        let found = self.extractor.extract(
            from: "last Sunday, next Monday, this Monday", in: sunday)
        #expect(found.map(\.value.displayText) == ["2026-03-15", "2026-03-23", "2026-03-16"])
    }

    @Test func monthArithmeticClampsTheDay() {
        let context = ExtractionContext(today: EntityFixture.day(2026, 3, 31))
        let found = self.extractor.extract(from: "a month ago", in: context)
        #expect(found.map(\.value.displayText) == ["2026-02-28"])
    }

    /// Spans that leave the years a date is written with (`0000` to `9999`) find nothing.
    @Test(arguments: [
        "in nine hundred ninety nine thousand years",
        "nine hundred ninety nine thousand years ago", "in 9999 years", "2027 years ago",
    ])
    func rejectsDatesPastFourDigitYears(text: String) {
        #expect(EntityFixture.extract(self.extractor, text).isEmpty, "\(text)")
    }

    @Test func findsDatesAtTheEndsOfFourDigitYears() {
        #expect(
            EntityFixture.extract(self.extractor, "2026 years ago").map(\.value.displayText) == [
                "0000-03-18"
            ])
        #expect(
            EntityFixture.extract(self.extractor, "in 7973 years").map(\.value.displayText) == [
                "9999-03-18"
            ])
    }

    @Test(arguments: [
        "Feb 30", "30 Feb 2026", "31/04/2026", "2026-02-30", "2026-13-01", "32/01/2026",
        "29 Feb 2026", "I may 5 times", "order TP-2026-11-27", "A27 Nov", "version 1.2.3",
        "555-123-4567", "at 10:30", "order of 3 items", "sat down", "the sun", "Nov 2026",
        "12/2026", "1.2.3.4", "a week", "3 days", "some day",
    ])
    func rejects(text: String) {
        #expect(EntityFixture.extract(self.extractor, text).isEmpty, "\(text)")
    }
}
