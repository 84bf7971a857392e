import Testing

@testable import SwitchboardCore

@Suite struct TimestampTests {
    @Test(
        "ISO strings of known moments",
        arguments: [
            (0, "1970-01-01T00:00:00Z"),
            (1_795_803_392_000, "2026-11-27T18:16:32Z"),
            (1_795_803_392_123, "2026-11-27T18:16:32.123Z"),
            (1_795_803_392_007, "2026-11-27T18:16:32.007Z"),
            (1_709_208_000_000, "2024-02-29T12:00:00Z"),
            (951_782_400_000, "2000-02-29T00:00:00Z"),
            (-1, "1969-12-31T23:59:59.999Z"),
            (-86_400_000, "1969-12-31T00:00:00Z"),
            (-14_182_940_000, "1969-07-20T20:17:40Z"),
            (-14_182_939_500, "1969-07-20T20:17:40.500Z"),
        ] as [(Int64, String)])
    func isoStrings(milliseconds: Int64, iso: String) {
        let timestamp = Timestamp(millisecondsSince1970: milliseconds)
        #expect(timestamp.isoString == iso)
        #expect(timestamp.description == iso)
        #expect(Timestamp(iso: iso) == timestamp)
    }

    @Test("Round trips through the ISO string, before and after the epoch")
    func roundTrips() {
        var milliseconds: Int64 = -4_000_000_000_000
        while milliseconds < 4_000_000_000_000 {
            let timestamp = Timestamp(millisecondsSince1970: milliseconds)
            #expect(Timestamp(iso: timestamp.isoString) == timestamp, "\(milliseconds)")
            milliseconds += 7_777_777_777
        }
    }

    @Test(
        "Other accepted forms",
        arguments: [
            ("2026-11-27", 1_795_737_600_000),
            ("2026-11-27T18:16Z", 1_795_803_360_000),
            ("2026-11-27T18:16:32+00:00", 1_795_803_392_000),
            ("2026-11-27 18:16:32Z", 1_795_803_392_000),
            ("2026-11-27T18:16:32.5Z", 1_795_803_392_500),
            ("2026-11-27T18:16:32.12Z", 1_795_803_392_120),
        ] as [(String, Int64)])
    func acceptedForms(iso: String, milliseconds: Int64) {
        #expect(Timestamp(iso: iso)?.millisecondsSince1970 == milliseconds)
    }

    @Test("More than three fractional digits are cut to milliseconds")
    func longFractions() {
        #expect(
            Timestamp(iso: "2026-11-27T18:16:32.123999Z")?.millisecondsSince1970
                == 1_795_803_392_123)
        #expect(
            Timestamp(iso: "2026-11-27T18:16:32.123456+00:00")?.millisecondsSince1970
                == 1_795_803_392_123)
    }

    @Test(
        "Invalid strings are rejected",
        arguments: [
            "", "2026", "2026-11", "26-11-27", "2026/11/27", "2026-13-01", "2026-00-10",
            "2026-11-31", "2026-02-29", "1900-02-29", "2026-11-27T", "2026-11-27T18Z",
            "2026-11-27T1:16Z", "2026-11-27T24:00Z", "2026-11-27T18:60Z", "2026-11-27T18:16:3Z",
            "2026-11-27T18:16:32.Z", "2026-11-27T18:16:32+01:00", "2026-11-27T18:16:32ZZ",
            "2026-11-27X18:16:32Z", "2026-11-2aT18:16Z", "+026-11-27",
        ])
    func rejects(text: String) {
        #expect(Timestamp(iso: text) == nil)
    }

    @Test("Leap days exist only in leap years")
    func leapDays() {
        #expect(Timestamp(iso: "2024-02-29")?.date == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(Timestamp(iso: "2000-02-29") != nil)
        #expect(Timestamp(iso: "2100-02-29") == nil)
        #expect(
            Timestamp(iso: "2024-02-29T23:59:59.999Z")?.adding(minutes: 1).isoString
                == "2024-03-01T00:00:59.999Z")
    }

    @Test("The date of a moment before the epoch is the UTC day it falls in")
    func dateBeforeEpoch() {
        #expect(Timestamp(millisecondsSince1970: -1).date.isoString == "1969-12-31")
        #expect(Timestamp(millisecondsSince1970: -86_400_000).date.isoString == "1969-12-31")
        #expect(Timestamp(millisecondsSince1970: -86_400_001).date.isoString == "1969-12-30")
    }

    @Test("displayText is minutes in UTC; adding minutes and ordering")
    func displayAndArithmetic() throws {
        let timestamp = try #require(Timestamp(iso: "2026-11-27T18:16:32.123Z"))
        #expect(timestamp.displayText == "2026-11-27 18:16 UTC")
        #expect(timestamp.adding(minutes: 1440).isoString == "2026-11-28T18:16:32.123Z")
        #expect(timestamp.adding(minutes: -17).isoString == "2026-11-27T17:59:32.123Z")
        #expect(timestamp < timestamp.adding(minutes: 1))
    }

    @Test("displayText of a time past the year 9999 keeps its day and time whole")
    func displayPastYear9999() throws {
        // A transcript may set 'given clock 9999-12-31T23:59:59Z'; a due time a day later is in
        // the year 10000, whose ISO string is one character longer than the usual 4-digit year.
        let clock = try #require(Timestamp(iso: "9999-12-31T23:59:59Z"))
        let due = clock.adding(minutes: 1440)
        #expect(due.isoString == "10000-01-01T23:59:59Z")
        #expect(due.displayText == "10000-01-01 23:59 UTC")
        #expect(clock.displayText == "9999-12-31 23:59 UTC")
        #expect(Timestamp(millisecondsSince1970: -1).displayText == "1969-12-31 23:59 UTC")
    }
}
