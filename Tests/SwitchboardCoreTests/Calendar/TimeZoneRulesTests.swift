import Testing

@testable import SwitchboardCore

@Suite struct TimeZoneRulesTests {
    static func seconds(_ iso: String) throws -> Int64 {
        try #require(Timestamp(iso: iso)).millisecondsSince1970 / 1000
    }

    /// A version 2 TZif file with one transition, at `transition`, from UTC+1 to UTC+2, and
    /// the footer `footer`.
    static func tzif(transition: Int64, footer: String) -> [UInt8] {
        func be(_ value: Int64, _ size: Int) -> [UInt8] {
            (0..<size).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
        }
        func header(timeCount: Int) -> [UInt8] {
            Array("TZif2".utf8) + [UInt8](repeating: 0, count: 15)
                // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
                + [2, 2, 0, timeCount, 2, 8].flatMap { be(Int64($0), 4) }
        }
        // Types: 0 is UTC+1 "CET", 1 is UTC+2 "CEST"; 8 bytes of names.
        let types = be(3600, 4) + [0, 0] + be(7200, 4) + [1, 4]
        let names = Array("CET\0CES\0".utf8)
        let flags: [UInt8] = [0, 0, 0, 0]  // isstd and isut for two types
        let v1 = header(timeCount: 1) + be(transition, 4) + [1] + types + names + flags
        let v2 = header(timeCount: 1) + be(transition, 8) + [1] + types + names + flags
        return v1 + v2 + Array("\n\(footer)\n".utf8)
    }

    @Test func aTZifFileGivesTheOffsetBeforeAndAfterItsTransitions() throws {
        let transition = try Self.seconds("2000-01-01T00:00:00Z")
        let rules = try #require(
            TimeZoneRules(
                tzif: Self.tzif(transition: transition, footer: "XYZ-2"), identifier: "Test"))
        #expect(rules.offsetSeconds(at: transition - 1) == 3600)
        #expect(rules.offsetSeconds(at: transition) == 7200)
        // After the last transition, the footer's rule (a fixed UTC+2 here).
        #expect(rules.offsetSeconds(at: transition + 86_400 * 365 * 40) == 7200)
    }

    @Test(arguments: [
        [UInt8](), Array("TZif".utf8),
        Array("not a zone file at all, just some text here ....".utf8),
    ])
    func whatIsNoTZifFileIsRejected(bytes: [UInt8]) {
        #expect(TimeZoneRules(tzif: bytes, identifier: "Bad") == nil)
    }

    @Test func aFileCutShortIsRejectedAtEveryLength() throws {
        let full = Self.tzif(transition: 946_684_800, footer: "CET-1CEST,M3.5.0,M10.5.0/3")
        // Cut anywhere before the end of the 64-bit block, the file is refused, never read past.
        let footerLength = "\nCET-1CEST,M3.5.0,M10.5.0/3\n".utf8.count
        for length in 0..<(full.count - footerLength) {
            #expect(TimeZoneRules(tzif: Array(full[0..<length]), identifier: "Cut") == nil)
        }
    }

    @Test(arguments: [
        // Europe/Berlin: CET in winter, CEST from the last Sunday of March 01:00Z to the last
        // Sunday of October 01:00Z.
        ("Europe/Berlin", "2026-01-15T12:00:00Z", 3600),
        ("Europe/Berlin", "2026-07-15T12:00:00Z", 7200),
        ("Europe/Berlin", "2026-03-29T00:59:59Z", 3600),
        ("Europe/Berlin", "2026-03-29T01:00:00Z", 7200),
        ("Europe/Berlin", "2026-10-25T00:59:59Z", 7200),
        ("Europe/Berlin", "2026-10-25T01:00:00Z", 3600),
        // Past the file's transitions, its footer rule: the same dates follow.
        ("Europe/Berlin", "2061-07-15T12:00:00Z", 7200),
        ("Europe/Berlin", "2061-03-27T01:00:00Z", 7200),
        ("Europe/Berlin", "2061-03-27T00:59:59Z", 3600),
        ("Europe/Berlin", "2061-12-15T12:00:00Z", 3600),
        // New York: EST, EDT from the second Sunday of March 07:00Z.
        ("America/New_York", "2026-01-15T12:00:00Z", -18_000),
        ("America/New_York", "2026-03-08T06:59:59Z", -18_000),
        ("America/New_York", "2026-03-08T07:00:00Z", -14_400),
        ("America/New_York", "2061-07-04T12:00:00Z", -14_400),
        // Sydney: daylight time in the southern summer, across the new year.
        ("Australia/Sydney", "2026-01-15T00:00:00Z", 39_600),
        ("Australia/Sydney", "2026-07-15T00:00:00Z", 36_000),
        ("Australia/Sydney", "2062-01-15T00:00:00Z", 39_600),
        ("Australia/Sydney", "2062-07-15T00:00:00Z", 36_000),
        // No daylight time at all.
        ("Asia/Kolkata", "2026-07-15T00:00:00Z", 19_800),
        ("UTC", "2026-07-15T00:00:00Z", 0),
    ])
    func theSystemDatabaseGivesEachZonesOffsets(zone: String, time: String, offset: Int) throws {
        let rules = try TimeZoneRules.named(zone)
        #expect(rules.offsetSeconds(at: try Self.seconds(time)) == offset)
    }

    @Test(arguments: [
        ("Mars/Olympus_Mons", "no time zone \"Mars/Olympus_Mons\""),
        ("../../etc/passwd", "is not a time zone name"),
        ("/etc/passwd", "is not a time zone name"),
        ("Europe/./Berlin", "is not a time zone name"),
        ("", "is not a time zone name"),
        ("Europe/Berlin zone", "is not a time zone name"),
    ])
    func unknownAndUnsafeNamesAreRefused(name: String, reason: String) {
        #expect {
            _ = try TimeZoneRules.named(name)
        } throws: { error in
            (error as? TimeZoneRules.Failure)?.reason.contains(reason) ?? false
        }
    }
}
