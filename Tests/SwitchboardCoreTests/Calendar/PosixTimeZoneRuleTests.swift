import Testing

@testable import SwitchboardCore

@Suite struct PosixTimeZoneRuleTests {
    static func seconds(_ iso: String) throws -> Int64 {
        try #require(Timestamp(iso: iso)).millisecondsSince1970 / 1000
    }

    @Test func aRuleWithDaylightTimeReadsItsParts() throws {
        let rule = try #require(PosixTimeZoneRule("CET-1CEST,M3.5.0,M10.5.0/3"))
        #expect(rule.standardOffset == 3600)
        #expect(rule.daylight?.offset == 7200)
        #expect(rule.daylight?.start.day == .monthWeekDay(month: 3, week: 5, weekday: 0))
        #expect(rule.daylight?.start.seconds == 7200)
        #expect(rule.daylight?.end.seconds == 10_800)
    }

    @Test(arguments: [
        ("EST5EDT,M3.2.0,M11.1.0", "2030-03-10T06:59:59Z", -18_000),
        ("EST5EDT,M3.2.0,M11.1.0", "2030-03-10T07:00:00Z", -14_400),
        ("EST5EDT,M3.2.0,M11.1.0", "2030-11-03T05:59:59Z", -14_400),
        ("EST5EDT,M3.2.0,M11.1.0", "2030-11-03T06:00:00Z", -18_000),
        // Quoted names and minutes in the offset; no daylight time.
        ("<+0330>-3:30", "2030-06-01T00:00:00Z", 12_600),
        // Southern hemisphere: daylight time spans the new year.
        ("AEST-10AEDT,M10.1.0,M4.1.0/3", "2030-01-01T00:00:00Z", 39_600),
        ("AEST-10AEDT,M10.1.0,M4.1.0/3", "2030-06-01T00:00:00Z", 36_000),
        // Julian days: J60 is March 1 in every year; 59 counts from 0.
        ("XST3XDT,J60/0,J300/0", "2032-03-01T03:00:00Z", -7_200),
        ("XST3XDT,J60/0,J300/0", "2032-02-29T12:00:00Z", -10_800),
        ("XST3XDT,59/0,300/0", "2031-03-01T03:00:00Z", -7_200),
        // An explicit daylight offset and a negative transition time (RFC 8536).
        ("XST3XDT1,M3.1.0/-1,M10.1.0", "2030-06-01T00:00:00Z", -3_600),
    ])
    func offsetsFollowTheRule(text: String, time: String, offset: Int) throws {
        let rule = try #require(PosixTimeZoneRule(text))
        #expect(rule.offsetSeconds(at: try Self.seconds(time)) == offset)
    }

    @Test(arguments: [
        "", "C-1", "CET", "CET-1CEST,M3.5.0", "CET-1CEST,M13.5.0,M10.5.0",
        "CET-1CEST,M3.6.0,M10.5.0",
        "CET-1CEST,M3.5.7,M10.5.0", "CET-1CEST,J0,J100", "CET-1CEST,M3.5.0,M10.5.0/200",
        "CET-1CEST,M3.5.0,M10.5.0 extra", "<CET-1",
    ])
    func malformedRulesAreRefused(text: String) {
        #expect(PosixTimeZoneRule(text) == nil)
    }
}
