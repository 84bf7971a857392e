import Logging
import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct BusinessHoursTests {
    /// Monday to Friday, 09:00 to 17:00 at UTC+01:00.
    static let office = BusinessHours(
        utcOffsetMinutes: 60, days: [.monday, .tuesday, .wednesday, .thursday, .friday],
        opensAt: 9 * 60, closesAt: 17 * 60)

    static func time(_ iso: String) throws -> Timestamp {
        try #require(Timestamp(iso: iso))
    }

    /// Monday to Friday, 09:00 to 17:00 in Berlin, summer and winter.
    static func berlin() throws -> BusinessHours {
        BusinessHours(
            timeZone: try TimeZoneRules.named("Europe/Berlin"),
            days: [.monday, .tuesday, .wednesday, .thursday, .friday], opensAt: 9 * 60,
            closesAt: 17 * 60)
    }

    @Test(arguments: [
        // Winter (UTC+1): Friday 16:00 local plus two hours is Monday 10:00 local.
        ("2026-11-27T15:00:00Z", 120, "2026-11-30T09:00:00Z"),
        // Summer (UTC+2): the same local times are an hour earlier in UTC.
        ("2026-07-03T14:00:00Z", 120, "2026-07-06T08:00:00Z"),
        // Across the change to summer time (Sunday 29 March): opens at 09:00 local both days.
        ("2026-03-27T15:00:00Z", 120, "2026-03-30T08:00:00Z"),
        // And back to winter time (Sunday 25 October).
        ("2026-10-23T14:00:00Z", 120, "2026-10-26T09:00:00Z"),
        // A night handoff in summer waits for 09:00 local, 07:00Z.
        ("2026-07-07T01:00:00Z", 30, "2026-07-07T07:30:00Z"),
    ])
    func aNamedZoneCountsLocalHoursAcrossDaylightSaving(
        start: String, minutes: Int, due: String
    ) throws {
        #expect(
            try Self.berlin().adding(minutes: minutes, to: try Self.time(start))
                == (try Self.time(due)))
    }

    /// Every minute of a 23-hour and a 25-hour day counts once: hours open all day, every day,
    /// in New York give calendar minutes across both changes of 2026 (8 March, 1 November),
    /// and a weekday team's Friday-evening handoff is due on Wednesday after the change.
    @Test(arguments: [
        ("2026-03-07T17:00:00Z", 1440), ("2026-03-07T17:00:00Z", 3000),
        ("2026-10-31T16:00:00Z", 1440), ("2026-10-31T16:00:00Z", 4321),
    ])
    func allDayHoursInANamedZoneAreCalendarMinutesAcrossDaylightSaving(
        start: String, minutes: Int
    ) throws {
        let always = BusinessHours(
            timeZone: try TimeZoneRules.named("America/New_York"), days: Set(Weekday.allCases),
            opensAt: 0, closesAt: 1440)
        let begin = try Self.time(start)
        #expect(always.adding(minutes: minutes, to: begin) == begin.adding(minutes: minutes))
    }

    @Test func aWeekdayTeamAcrossTheAutumnChangeInNewYork() throws {
        // Friday 30 October 16:00 EDT (20:00Z) plus 1440 working minutes of 09:00-17:00: one
        // hour on Friday, eight on Monday and on Tuesday (EST from Sunday), seven on Wednesday,
        // so 16:00 EST on Wednesday 4 November, 21:00Z. (`switchboard bridge` gave the same.)
        let hours = BusinessHours(
            timeZone: try TimeZoneRules.named("America/New_York"),
            days: [.monday, .tuesday, .wednesday, .thursday, .friday], opensAt: 9 * 60,
            closesAt: 17 * 60)
        #expect(
            hours.adding(minutes: 1440, to: try Self.time("2026-10-30T20:00:00Z"))
                == (try Self.time("2026-11-04T21:00:00Z")))
        // One minute before Friday's close, 16:59 EST: due 16:59 EST on Wednesday.
        #expect(
            hours.adding(minutes: 1440, to: try Self.time("2026-11-06T21:59:00Z"))
                == (try Self.time("2026-11-11T21:59:00Z")))
    }

    @Test func weekdaysFollowTheCalendar() throws {
        #expect(Weekday(try Self.time("2026-11-27").date) == .friday)
        #expect(Weekday(try Self.time("2026-11-30").date) == .monday)
        #expect(Weekday(try Self.time("1970-01-01").date) == .thursday)
        #expect(Weekday(try Self.time("1969-12-28").date) == .sunday)
    }

    @Test(arguments: [
        // Friday 11:00 local, two hours: the same afternoon.
        ("2026-11-27T10:00:00Z", 120, "2026-11-27T12:00:00Z"),
        // Friday 11:00 local, eight hours: six on Friday, two on Monday from 09:00.
        ("2026-11-27T10:00:00Z", 480, "2026-11-30T10:00:00Z"),
        // Saturday: the clock starts on Monday at 09:00 local (08:00Z).
        ("2026-11-28T12:00:00Z", 30, "2026-11-30T08:30:00Z"),
        // Before opening: from 09:00 local.
        ("2026-11-27T06:00:00Z", 60, "2026-11-27T09:00:00Z"),
        // At closing time: the next working day.
        ("2026-11-27T16:00:00Z", 1, "2026-11-30T08:01:00Z"),
        // Exactly filling the day ends at closing time.
        ("2026-11-27T08:00:00Z", 480, "2026-11-27T16:00:00Z"),
    ])
    func dueTimesCountOnlyWorkingMinutes(start: String, minutes: Int, due: String) throws {
        #expect(
            Self.office.adding(minutes: minutes, to: try Self.time(start)) == (try Self.time(due)))
    }

    @Test func holidaysAreSkipped() throws {
        var hours = Self.office
        hours.holidays = [try Self.time("2026-11-30").date]
        #expect(
            hours.adding(minutes: 480, to: try Self.time("2026-11-27T10:00:00Z"))
                == (try Self.time("2026-12-01T10:00:00Z")))
    }

    @Test func aNegativeOffsetMovesTheDayBoundary() throws {
        // 03:00Z on Friday is 22:00 on Thursday at UTC-05:00: the clock starts on Friday at
        // 09:00 local, 14:00Z.
        let hours = BusinessHours(
            utcOffsetMinutes: -300, days: Set(Weekday.allCases), opensAt: 9 * 60, closesAt: 17 * 60)
        #expect(
            hours.adding(minutes: 60, to: try Self.time("2026-11-27T03:00:00Z"))
                == (try Self.time("2026-11-27T15:00:00Z")))
    }

    @Test func roundTheClockHoursAreCalendarMinutes() throws {
        let always = BusinessHours(
            utcOffsetMinutes: 0, days: Set(Weekday.allCases), opensAt: 0, closesAt: 1440)
        let start = try Self.time("2026-11-27T10:17:00Z")
        #expect(always.adding(minutes: 5000, to: start) == start.adding(minutes: 5000))
    }

    @Test func aQueueWithoutHoursCountsCalendarMinutes() throws {
        let queue = QueueDefinition(
            id: "general", title: "Support", slaMinutes: [.normal: 240],
            origin: Origin(file: "bot.json", location: .start, path: "bot.queues.general"))
        let start = try Self.time("2026-11-27T16:00:00Z")
        #expect(queue.due(for: .normal, handedOffAt: start) == start.adding(minutes: 240))
        #expect(queue.due(for: .urgent, handedOffAt: start) == start.adding(minutes: 1440))
    }

    @Test func aHandoffIsDueAfterTheQueuesBusinessMinutes() async throws {
        // The fixture's general queue has 240 minutes for normal priority; with hours 09:00 to
        // 12:00 UTC on weekdays, a handoff on Friday at 10:00Z has two hours that day and two
        // on Monday. The safety queue opts out and stays on calendar minutes.
        let settings = try FixtureEdits.edit(
            "bot.json", #""queues": {"#,
            #""businessHours": { "utcOffset": "Z", "days": ["mon", "tue", "wed", "thu", "fri"], "open": "09:00", "close": "12:00" },"#
                + "\n" + #""queues": {"#)
        let withSafety = settings.replacing(
            #""safety": { "title": "Safety","#,
            with: #""safety": { "title": "Safety", "businessHours": false,"#)
        let bot = try DialogueFixture.bot(["bot.json": withSafety])
        let store = InMemoryHandoffStore()
        var session = ConversationSession(
            bot: bot, session: "s-1", user: "u-1", handoffStore: store,
            clock: ManualClock(DialogueFixture.now), seed: 7,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        _ = await session.start()
        let turn = await session.send("talk to a human")
        let record = try #require(turn.handoff)
        #expect(record.due == (try Self.time("2026-11-30T11:00:00Z")))
        let said: [String] = turn.messages.map(\.text)
        #expect(said.last?.contains("due 2026-11-30 11:00 UTC") == true)

        var safety = ConversationSession(
            bot: bot, session: "s-2", user: "u-2", handoffStore: store,
            clock: ManualClock(DialogueFixture.now), seed: 8,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        _ = await safety.start()
        let urgentTurn = await safety.send("someone hacked my account")
        let urgent = try #require(urgentTurn.handoff)
        #expect(urgent.due == DialogueFixture.now.adding(minutes: 5))
    }
}
