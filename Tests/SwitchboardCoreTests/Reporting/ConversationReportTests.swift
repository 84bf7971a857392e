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

    /// The satisfaction question's response rate, worked out by hand.
    ///
    /// - p: asked (marked on the turn), rated 4: asked 1, rated 1.
    /// - q: asked, declined ("no thanks", marked): asked 1, declined 1.
    /// - r: asked, the user went on to something else, asked again, rated 5: asked 2, rated 1,
    ///   no response 1.
    /// - s: asked after an action's result (a `csat_asked` line), the user left: asked 1, no
    ///   response 1.
    /// - t: an older log, no marks: rated 3 counts as asked 1, rated 1.
    /// - u: an older log's decline (a `csat` turn, no rating, no mark): nothing to count.
    /// Asked 6, rated 3 (50%), declined 1 (1/6), no response 2 (1/3); average (4+5+3)/3 = 4.
    static let csatEvents: [ConversationEvent] = {
        func event(
            _ session: String, _ minute: Int, _ kind: ConversationEvent.Kind
        )
            -> ConversationEvent
        {
            ReportFixture.event(
                "2026-11-05T10:\(minute < 10 ? "0" : "")\(minute):00Z", session, kind)
        }
        func turn(
            _ number: Int, _ text: String, _ stage: TurnExplanation.Stage, _ mark: CSATMark?
        )
            -> ConversationEvent.Kind
        {
            .turn(
                LoggedTurn(
                    number: number, text: text, intent: nil, match: nil, stage: stage,
                    article: nil, stateBefore: "idle", state: "idle", csat: mark))
        }
        return [
            event("p", 0, .started(botHash: "h")),
            event("p", 1, turn(1, "yes", .confirmation, .asked)),
            event("p", 2, turn(2, "4", .csat, nil)),
            event("p", 2, .csat(score: 4)),
            event("q", 3, .started(botHash: "h")),
            event("q", 4, turn(1, "yes", .confirmation, .asked)),
            event("q", 5, turn(2, "no thanks", .csat, .declined)),
            event("r", 6, .started(botHash: "h")),
            event("r", 7, turn(1, "yes", .confirmation, .asked)),
            event("r", 8, turn(2, "I have another question", .intent, nil)),
            event("r", 9, turn(3, "yes", .confirmation, .asked)),
            event("r", 10, turn(4, "5", .csat, nil)),
            event("r", 10, .csat(score: 5)),
            event("s", 11, .started(botHash: "h")),
            event("s", 12, turn(1, "TP-77777777", .slot, nil)),
            event("s", 12, .csatAsked),
            event("t", 13, .started(botHash: "h")),
            event("t", 14, turn(1, "3", .csat, nil)),
            event("t", 14, .csat(score: 3)),
            event("u", 15, .started(botHash: "h")),
            event("u", 16, turn(1, "no thanks", .csat, nil)),
        ]
    }()

    @Test func csatResponseRateCountsQuestionsAskedRatedAndDeclined() throws {
        let report = ConversationReport(
            events: Self.csatEvents, tickets: [], filter: ReportFilter(), now: ReportFixture.now)
        #expect(report.conversations == 6)
        #expect(report.csat.asked == 6)
        #expect(report.csat.responses == 3)
        #expect(report.csat.declined == 1)
        #expect(report.csat.noResponse == 2)
        #expect(report.csat.responseRate == 0.5)
        #expect(report.csat.declineRate == 1.0 / 6.0)
        #expect(report.csat.average == 4)

        let csat = try #require(
            try JSONParser().parse(report.json()).value.objectValue?["csat"]?.value.objectValue)
        #expect(
            csat.keys == [
                "responses", "average", "distribution", "asked", "declined", "noResponse",
                "responseRate", "declineRate",
            ])
        #expect(csat["asked"]?.value.numberValue?.integer == 6)
        #expect(csat["declined"]?.value.numberValue?.integer == 1)
        #expect(csat["noResponse"]?.value.numberValue?.integer == 2)
        #expect(csat["responseRate"]?.value.numberValue?.text == "0.5")
        #expect(csat["declineRate"]?.value.numberValue?.text == "0.1667")

        let text = ReportRenderingTests.collapsed(ReportTextRenderer().render(report))
        for line in [
            "CSAT question (share of the times it was asked)\n", " asked 6\n",
            " rated (response rate) 3 50.0%\n", " declined 1 16.7%\n", " no response 2 33.3%\n",
        ] {
            #expect(text.contains(line), "no \(line.debugDescription) in\n\(text)")
        }
    }

    @Test func csatFromAnOlderLogCountsEachRatingAsAsked() {
        // The fixture's log has no marks: two ratings, so two questions, both answered.
        let csat = ReportFixture.report().csat
        #expect(csat.asked == 2)
        #expect(csat.responseRate == 1)
        #expect(csat.declined == 0)
        #expect(csat.noResponse == 0)
    }

    @Test func csatNeverAskedHasNoRates() throws {
        let report = ConversationReport(
            events: [], tickets: [], filter: ReportFilter(), now: ReportFixture.now)
        #expect(report.csat.responseRate == nil)
        #expect(report.csat.declineRate == nil)
        let csat = try #require(
            try JSONParser().parse(report.json()).value.objectValue?["csat"]?.value.objectValue)
        #expect(csat["responseRate"]?.value.isNull == true)
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
