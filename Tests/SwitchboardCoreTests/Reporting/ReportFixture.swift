@testable import SwitchboardCore

/// A hand-built conversation log and handoff log, with the figures worked out by hand in
/// the comments, for the report tests.
///
/// Bot `tidepool`, three days of November 2026:
/// - 11-01 a: greeted, "where is my drone delivery" (fallback), an intent, rated 5, closed.
/// - 11-01 b: "drone delivery is late" (fallback), asks for a person: user_request, T1.
/// - 11-02 a: a new conversation in session a: "asdf" (fallback), rated 3, never ended.
/// - 11-02 c: no `started` line (the log began mid-conversation): "when does the drone
///   arrive?" (fallback), safety handoff T2.
/// - 11-03 f: "hello", closed by the front end.
/// Bot `other`: 11-02 e, a complaint handoff T5.
enum ReportFixture {
    static func time(_ text: String) -> Timestamp {
        Timestamp(iso: text) ?? Timestamp(millisecondsSince1970: 0)
    }

    static func event(
        _ time: String, _ session: String, _ kind: ConversationEvent.Kind, bot: String = "tidepool"
    ) -> ConversationEvent {
        ConversationEvent(
            time: Self.time(time), session: session, user: "user-\(session)", bot: bot, kind: kind)
    }

    static func turn(
        _ number: Int, _ text: String, _ stage: TurnExplanation.Stage = .intent
    ) -> ConversationEvent.Kind {
        .turn(
            LoggedTurn(
                number: number, text: text, intent: nil, match: nil, stage: stage, article: nil,
                stateBefore: "idle", state: "idle"))
    }

    static func handoff(_ ticket: String, _ reason: String, due: String) -> ConversationEvent.Kind {
        .handoff(
            LoggedHandoff(
                ticket: ticket, reason: reason, queue: "general", priority: "normal",
                due: Self.time(due)))
    }

    static let events: [ConversationEvent] = [
        event("2026-11-01T09:00:00Z", "a", .started(botHash: "h")),
        event("2026-11-01T09:00:05Z", "a", turn(1, "where is my drone delivery", .fallback)),
        event("2026-11-01T09:01:00Z", "a", turn(2, "what are your hours")),
        event("2026-11-01T09:02:00Z", "a", .csat(score: 5)),
        event("2026-11-01T09:02:00Z", "a", .ended(reason: .closed, contained: true, turns: 2)),
        event("2026-11-01T10:00:00Z", "b", .started(botHash: "h")),
        event("2026-11-01T10:00:10Z", "b", turn(1, "drone delivery is late", .fallback)),
        event("2026-11-01T10:05:00Z", "b", turn(2, "talk to a human", .global)),
        event(
            "2026-11-01T10:05:00Z", "b", handoff("T1", "user_request", due: "2026-11-01T11:05:00Z")),
        event("2026-11-01T10:05:00Z", "b", .ended(reason: .handoff, contained: false, turns: 2)),
        event("2026-11-02T09:00:00Z", "a", .started(botHash: "h")),
        event("2026-11-02T09:00:30Z", "a", turn(1, "asdf", .fallback)),
        event("2026-11-02T09:01:00Z", "a", .csat(score: 3)),
        event("2026-11-02T09:30:00Z", "e", .started(botHash: "o"), bot: "other"),
        event(
            "2026-11-02T09:31:00Z", "e", handoff("T5", "complaint", due: "2026-11-02T10:31:00Z"),
            bot: "other"),
        event("2026-11-02T12:00:00Z", "c", turn(4, "when does the drone arrive?", .fallback)),
        event("2026-11-02T12:00:00Z", "c", handoff("T2", "safety", due: "2026-11-02T12:15:00Z")),
        event("2026-11-02T12:00:00Z", "c", .ended(reason: .handoff, contained: false, turns: 4)),
        event("2026-11-03T08:00:00Z", "f", .started(botHash: "h")),
        event("2026-11-03T08:00:20Z", "f", turn(1, "hello")),
        event("2026-11-03T08:05:00Z", "f", .ended(reason: .client, contained: true, turns: 1)),
    ]

    static func record(
        _ ticket: String, at time: String, due: String, bot: String = "tidepool"
    ) -> HandoffRecord {
        HandoffRecord(
            ticket: ticket, time: Self.time(time), session: "s", user: nil, bot: bot,
            botHash: "h", queue: "general", priority: .normal, reason: .userRequest,
            due: Self.time(due), intent: nil, flow: nil, state: nil, sop: nil, slots: [:],
            articles: [], transcript: [])
    }

    /// T1 accepted in time, T2 late, T6 abandoned past due without being accepted, T4 never
    /// accepted and past due, T3 never accepted and not yet due at ``now``; T5 is another
    /// bot's, never accepted.
    static let tickets: [HandoffTicket] = {
        func ticket(
            _ record: HandoffRecord, _ events: [(HandoffEventKind, String)] = []
        ) -> HandoffTicket {
            var ticket = HandoffTicket(record: record, line: 1)
            for (kind, time) in events {
                ticket.apply(HandoffEvent(kind, ticket: record.ticket, time: Self.time(time)))
            }
            return ticket
        }
        return [
            ticket(
                record("T1", at: "2026-11-01T10:05:00Z", due: "2026-11-01T11:05:00Z"),
                [(.accepted, "2026-11-01T10:30:00Z"), (.resolved, "2026-11-01T12:00:00Z")]),
            ticket(record("T4", at: "2026-11-01T11:00:00Z", due: "2026-11-01T15:00:00Z")),
            ticket(
                record("T2", at: "2026-11-02T12:00:00Z", due: "2026-11-02T12:15:00Z"),
                [(.accepted, "2026-11-02T13:00:00Z")]),
            ticket(
                record("T5", at: "2026-11-02T09:31:00Z", due: "2026-11-02T10:31:00Z", bot: "other")),
            ticket(
                record("T6", at: "2026-11-02T14:00:00Z", due: "2026-11-02T15:00:00Z"),
                [(.abandoned, "2026-11-02T16:00:00Z")]),
            ticket(record("T3", at: "2026-11-03T08:00:00Z", due: "2026-11-03T12:00:00Z")),
        ]
    }()

    static let now = Self.time("2026-11-03T10:00:00Z")

    static func report(_ filter: ReportFilter = ReportFilter(bot: "tidepool")) -> ConversationReport
    {
        ConversationReport(
            events: Self.events, tickets: Self.tickets, filter: filter, now: Self.now)
    }
}
