import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct BusinessHoursLoadingTests {
    /// The fixture's `bot.json` with bot-wide business hours `hours` (JSON text).
    static func settings(_ hours: String) throws -> String {
        try FixtureEdits.edit(
            "bot.json", #""queues": {"#, "\"businessHours\": \(hours),\n            \"queues\": {")
    }

    @Test func hoursApplyToEveryQueueUnlessAQueueSaysOtherwise() throws {
        var text = try Self.settings(
            #"{ "utcOffset": "+05:30", "days": ["mon", "fri"], "open": "08:30", "close": "24:00", "holidays": ["2026-12-25"] }"#
        )
        text = text.replacing(
            #""safety": { "title": "Safety","#,
            with: #""safety": { "title": "Safety", "businessHours": false,"#)
        let settings = try FixtureEdits.loaded(["bot.json": text]).definition.settings
        let hours = try #require(settings.queue("general")?.businessHours)
        #expect(hours.utcOffsetMinutes == 330)
        #expect(hours.days == [.monday, .friday])
        #expect(hours.opensAt == 510)
        #expect(hours.closesAt == 1440)
        #expect(hours.holidays == [CalendarDate(daysSinceEpoch: 20_812)])
        #expect(settings.queue("safety")?.businessHours == nil)
    }

    @Test func aNamedTimeZoneIsReadFromTheSystemDatabase() throws {
        let text = try Self.settings(
            #"{ "timeZone": "Europe/Berlin", "days": ["mon"], "open": "09:00", "close": "17:00" }"#)
        let settings = try FixtureEdits.loaded(["bot.json": text]).definition.settings
        let hours = try #require(settings.queue("general")?.businessHours)
        #expect(hours.timeZone?.identifier == "Europe/Berlin")
        #expect(hours.timeZone?.offsetSeconds(at: 1_784_000_000) == 7200)
    }

    @Test func withoutHoursQueuesWorkAroundTheClock() throws {
        let settings = try FixtureEdits.loaded().definition.settings
        #expect(settings.queues.allSatisfy { $0.businessHours == nil })
    }

    @Test(arguments: [
        (
            #"{ "utcOffset": "+25:00", "days": ["mon"], "open": "09:00", "close": "17:00" }"#,
            "invalid-value", "bot.businessHours.utcOffset",
            #""+25:00" is not a UTC offset such as "+01:00", "-05:00" or "Z""#, nil as String?
        ),
        (
            #"{ "days": ["mon", "fry"], "open": "09:00", "close": "17:00" }"#,
            "invalid-value", "bot.businessHours.days[1]",
            #""fry" is not a day (mon, tue, wed, thu, fri, sat, sun)"#, "fri"
        ),
        (
            #"{ "days": ["mon"], "open": "9am", "close": "17:00" }"#,
            "invalid-value", "bot.businessHours.open", #""9am" is not a time such as "09:00""#, nil
        ),
        (
            #"{ "days": ["mon"], "open": "18:00", "close": "09:00" }"#,
            "invalid-value", "bot.businessHours.close",
            #"closing time must be after opening time (hours past midnight are not supported; use "24:00" for midnight)"#,
            nil
        ),
        (
            #"{ "days": ["mon"], "open": "09:00", "close": "17:00", "holidays": ["25/12/2026"] }"#,
            "invalid-value", "bot.businessHours.holidays[0]",
            #""25/12/2026" is not a date such as "2026-12-25""#, nil
        ),
        (
            #"{ "open": "09:00", "close": "17:00" }"#,
            "missing-field", "bot.businessHours", #"missing required field "days""#, nil
        ),
        (
            #"{ "days": [], "open": "09:00", "close": "17:00" }"#,
            "empty-value", "bot.businessHours.days", "must not be an empty list", nil
        ),
        (
            #"{ "timezone": "+01:00", "days": ["mon"], "open": "09:00", "close": "17:00" }"#,
            "unknown-field", "bot.businessHours.timezone", #"unknown field "timezone""#,
            "timeZone"
        ),
        (
            #"{ "timeZone": "Mars/Olympus_Mons", "days": ["mon"], "open": "09:00", "close": "17:00" }"#,
            "invalid-value", "bot.businessHours.timeZone",
            #"no time zone "Mars/Olympus_Mons" in /usr/share/zoneinfo (No such file or directory)"#,
            nil
        ),
        (
            #"{ "timeZone": "../../etc/passwd", "days": ["mon"], "open": "09:00", "close": "17:00" }"#,
            "invalid-value", "bot.businessHours.timeZone",
            #""../../etc/passwd" is not a time zone name such as "Europe/Berlin""#, nil
        ),
        (
            #"{ "timeZone": "Europe/Berlin", "utcOffset": "+01:00", "days": ["mon"], "open": "09:00", "close": "17:00" }"#,
            "conflict", "bot.businessHours.timeZone", "give timeZone or utcOffset, not both", nil
        ),
        (
            "false", "wrong-type", "bot.businessHours",
            "expected an object (a queue may say false), found a boolean", nil
        ),
    ])
    func invalidHoursAreReportedWithFileLineAndField(
        hours: String, code: String, path: String, message: String, suggestion: String?
    ) throws {
        let text = try Self.settings(hours)
        let (diagnostics, _) = try FixtureEdits.failure(["bot.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, code, path: path, file: "bot.json", text: text, line: "businessHours",
            suggestion: suggestion)
        #expect(error.message == message)
    }
}
