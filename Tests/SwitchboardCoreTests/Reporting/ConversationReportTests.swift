import Testing

@testable import SwitchboardCore

/// The report's figures from the hand-built log of ``ReportFixture``.
@Suite struct ConversationReportTests {
    @Test func conversationsAndContainment() {
        let report = ReportFixture.report()
        #expect(report.conversations == 5)
        #expect(report.contained == 3)
        #expect(report.handedOff == 2)
        #expect(report.containmentRate == 0.6)
        #expect(report.handoffRate == 0.4)
        #expect(
            report.endings == [.closed: 1, .handoff: 2, .client: 1, nil: 1])
    }

    @Test func handoffsByReasonMostFirstTiesByName() {
        let report = ReportFixture.report()
        #expect(
            report.handoffsByReason == [
                ReasonFigure(reason: "safety", handoffs: 1, rate: 0.2),
                ReasonFigure(reason: "user_request", handoffs: 1, rate: 0.2),
            ])
        #expect(report.handoffs == 2)
    }

    @Test func fallbacksAndRatings() {
        let report = ReportFixture.report()
        #expect(report.turns == 7)
        #expect(report.fallbackTurns == 4)
        #expect(report.fallbackRate == 4.0 / 7.0)
        #expect(report.csat.counts == [0, 0, 1, 0, 1])
        #expect(report.csat.responses == 2)
        #expect(report.csat.average == 4)
    }

    @Test func slaBreachesFromTheTicketsLifecycle() {
        let sla = ReportFixture.report().sla
        #expect(sla.tickets == 5)
        #expect(sla.acceptedInTime == 1)
        #expect(sla.acceptedLate == 1)
        #expect(sla.abandoned == 1)
        #expect(sla.overdue == 1)
        #expect(sla.waiting == 1)
        #expect(sla.breaches == 3)
        #expect(sla.breachRate == 0.6)
    }

    @Test func containmentByDay() {
        let days = ReportFixture.report().days
        #expect(days.map(\.date.isoString) == ["2026-11-01", "2026-11-02", "2026-11-03"])
        #expect(days.map(\.conversations) == [2, 2, 1])
        #expect(days.map(\.contained) == [1, 1, 1])
        #expect(days.map(\.containmentRate) == [0.5, 0.5, 1])
    }

    @Test func unansweredQuestionsGroupedBySharedTerms() {
        let groups = ReportFixture.report().unanswered
        #expect(
            groups == [
                QuestionGroup(terms: ["drone"], count: 3, example: "drone delivery is late"),
                QuestionGroup(terms: ["asdf"], count: 1, example: "asdf"),
            ])
    }

    @Test func everyBotWhenTheFilterNamesNone() {
        let report = ReportFixture.report(ReportFilter())
        #expect(report.conversations == 6)
        #expect(report.contained == 3)
        #expect(report.handoffsByReason.map(\.reason) == ["complaint", "safety", "user_request"])
        #expect(report.sla.tickets == 6)
        #expect(report.sla.overdue == 2)
        #expect(report.sla.breaches == 4)
    }

    @Test func aWindowCountsConversationsThatStartedInIt() {
        let report = ReportFixture.report(
            ReportFilter(
                since: ReportFixture.time("2026-11-02"), until: ReportFixture.time("2026-11-03"),
                bot: "tidepool"))
        #expect(report.conversations == 2)
        #expect(report.contained == 1)
        #expect(report.turns == 2)
        #expect(report.csat.counts == [0, 0, 1, 0, 0])
        #expect(report.handoffsByReason.map(\.reason) == ["safety"])
        #expect(report.sla.tickets == 2)
        #expect(report.sla.acceptedLate == 1)
        #expect(report.sla.abandoned == 1)
        #expect(report.sla.breaches == 2)
        #expect(report.days.map(\.date.isoString) == ["2026-11-02"])
    }

    @Test func twoBotsWithTheSameSessionIdAreTwoConversations() {
        // Bot `a` starts web-1 on 11-01; bot `b` starts its own web-1 before `a`'s handoff.
        // The handoff is `a`'s: `a` handed off, `b` contained (0 of 1 and 1 of 1), whichever
        // bot the report names.
        let events: [ConversationEvent] = [
            ReportFixture.event("2026-11-01T09:00:00Z", "web-1", .started(botHash: "a"), bot: "a"),
            ReportFixture.event("2026-11-02T09:00:00Z", "web-1", .started(botHash: "b"), bot: "b"),
            ReportFixture.event(
                "2026-11-02T09:01:00Z", "web-1",
                ReportFixture.handoff("T1", "user_request", due: "2026-11-02T10:01:00Z"), bot: "a"),
            ReportFixture.event(
                "2026-11-02T09:02:00Z", "web-1", ReportFixture.turn(1, "hello"), bot: "b"),
        ]
        let all = ConversationReport(
            events: events, tickets: [], filter: ReportFilter(), now: ReportFixture.now)
        #expect(all.conversations == 2)
        #expect(all.contained == 1)
        #expect(all.days.map(\.date.isoString) == ["2026-11-01", "2026-11-02"])
        #expect(all.days.map(\.contained) == [0, 1])
        let botA = ConversationReport(
            events: events, tickets: [], filter: ReportFilter(bot: "a"), now: ReportFixture.now)
        #expect(botA.conversations == 1)
        #expect(botA.contained == 0)
    }

    @Test func aConversationOverMidnightADeclinedRatingAndTwoHandoffsInOne() {
        // s3 starts at 23:50 and talks past midnight: one conversation, on its start day,
        // with no end (the user left): contained. s4 declines the rating ("no thanks": a csat
        // turn, no csat line), then rates 2 and 5: two responses. s1 is handed off twice in
        // one conversation: one handed-off conversation, two handoffs.
        func event(
            _ time: String, _ session: String, _ kind: ConversationEvent.Kind
        )
            -> ConversationEvent
        { ReportFixture.event(time, session, kind) }
        let events: [ConversationEvent] = [
            event("2026-11-02T23:50:00Z", "s3", .started(botHash: "h")),
            event("2026-11-02T23:55:00Z", "s3", ReportFixture.turn(1, "x", .fallback)),
            event("2026-11-03T00:10:00Z", "s3", ReportFixture.turn(2, "y")),
            event("2026-11-03T08:00:00Z", "s4", .started(botHash: "h")),
            event("2026-11-03T08:01:00Z", "s4", ReportFixture.turn(1, "no thanks", .csat)),
            event("2026-11-03T08:02:00Z", "s4", ReportFixture.turn(2, "2", .csat)),
            event("2026-11-03T08:02:00Z", "s4", .csat(score: 2)),
            event("2026-11-03T08:03:00Z", "s4", ReportFixture.turn(3, "5", .csat)),
            event("2026-11-03T08:03:00Z", "s4", .csat(score: 5)),
            event("2026-11-03T08:04:00Z", "s4", .ended(reason: .client, contained: true, turns: 3)),
            event("2026-11-03T12:00:00Z", "s1", .started(botHash: "h")),
            event(
                "2026-11-03T12:00:05Z", "s1",
                ReportFixture.handoff("T2", "safety", due: "2026-11-03T12:15:05Z")),
            event(
                "2026-11-03T12:00:05Z", "s1",
                ReportFixture.handoff("T3", "complaint", due: "2026-11-03T13:00:05Z")),
            event(
                "2026-11-03T12:00:05Z", "s1", .ended(reason: .handoff, contained: false, turns: 0)),
        ]
        let report = ConversationReport(
            events: events, tickets: [], filter: ReportFilter(), now: ReportFixture.now)
        #expect(report.conversations == 3)
        #expect(report.contained == 2)
        #expect(report.handedOff == 1)
        #expect(report.handoffs == 2)
        #expect(report.handoffRate == 1.0 / 3.0)
        #expect(report.endings == [nil: 1, .client: 1, .handoff: 1])
        #expect(report.turns == 5)
        #expect(report.csat.counts == [0, 1, 0, 0, 1])
        #expect(report.csat.average == 3.5)
        #expect(report.days.map(\.date.isoString) == ["2026-11-02", "2026-11-03"])
        #expect(report.days.map(\.conversations) == [1, 2])
        let nextDay = ConversationReport(
            events: events, tickets: [],
            filter: ReportFilter(since: ReportFixture.time("2026-11-03")), now: ReportFixture.now)
        #expect(nextDay.conversations == 2)
        #expect(nextDay.turns == 3)
    }

    @Test func anEmptyLogHasNoRates() {
        let report = ConversationReport(
            events: [], tickets: [], filter: ReportFilter(), now: ReportFixture.now)
        #expect(report.conversations == 0)
        #expect(report.containmentRate == nil)
        #expect(report.fallbackRate == nil)
        #expect(report.csat.average == nil)
        #expect(report.sla.breachRate == nil)
        let text = ReportRenderingTests.collapsed(ReportTextRenderer().render(report))
        #expect(text.contains("conversations 0\n"))
        #expect(text.contains("contained (no handoff) 0 -\n"))
    }
}
