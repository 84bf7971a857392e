import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct HandoffLedgerTests {
    /// Record 1 is handed off at 10:01 and due at 14:01 (see ``FileHandoffStoreTests``).
    static func record(_ number: Int) -> HandoffRecord {
        FileHandoffStoreTests.record(number)
    }

    static func at(_ record: HandoffRecord, minutes: Int) -> Timestamp {
        record.time.adding(minutes: minutes)
    }

    @Test func eventsAreWrittenAsTheirOwnLinesWithPersonalDataMasked() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = FileHandoffStore(path: directory.url("handoff.jsonl"))
        let record = Self.record(1)
        try await store.append(record)
        let accepted = HandoffEvent(
            .accepted, ticket: record.ticket, time: Self.at(record, minutes: 5), agent: "ana")
        let ticket = try store.record(accepted)
        #expect(ticket.status == .accepted)
        try store.record(
            HandoffEvent(
                .resolved, ticket: record.ticket, time: Self.at(record, minutes: 65),
                agent: "ana@support.example",
                note: "refunded; customer jane.doe@example.com, +44 20 7946 0958"))
        let lines = try directory.read("handoff.jsonl").split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == record.jsonLine())
        #expect(
            lines[1]
                == #"{"event":"accepted","ticket":"TKT-A1","time":"2026-11-27T10:06:00Z","agent":"ana"}"#
        )
        #expect(
            lines[2]
                == #"{"event":"resolved","ticket":"TKT-A1","time":"2026-11-27T11:06:00Z","agent":"[email]","note":"refunded; customer [email], [phone]"}"#
        )
        let ledger = try store.ledger()
        #expect(ledger.problems.isEmpty)
        let read = try #require(ledger.ticket(record.ticket))
        #expect(read.status == .resolved)
        #expect(read.acceptedAt == Self.at(record, minutes: 5))
        #expect(read.resolvedAt == Self.at(record, minutes: 65))
        #expect(read.agent == "[email]")
        #expect(read.record == record)
        // The old reader still sees exactly the handoff records.
        #expect(try store.read().records == [record])
        #expect(try store.read().skippedLines == 0)
    }

    @Test(
        arguments: [
            (
                [], HandoffEventKind.resolved,
                "ticket TKT-A1 is open; accept it before you resolve it"
            ),
            ([.accepted], .accepted, "ticket TKT-A1 is already accepted"),
            (
                [.accepted, .resolved], .accepted,
                "ticket TKT-A1 is already resolved; a closed ticket cannot be accepted"
            ),
            (
                [.abandoned], .resolved,
                "ticket TKT-A1 is already abandoned; a closed ticket cannot be resolved"
            ),
            (
                [.accepted, .resolved], .abandoned,
                "ticket TKT-A1 is already resolved; a closed ticket cannot be abandoned"
            ),
        ] as [([HandoffEventKind], HandoffEventKind, String)])
    func invalidTransitionsAreRefusedAndNothingIsWritten(
        before: [HandoffEventKind], kind: HandoffEventKind, message: String
    ) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = FileHandoffStore(path: directory.url("handoff.jsonl"))
        let record = Self.record(1)
        try await store.append(record)
        for (offset, earlier) in before.enumerated() {
            try store.record(
                HandoffEvent(earlier, ticket: record.ticket, time: Self.at(record, minutes: offset))
            )
        }
        let text = try directory.read("handoff.jsonl")
        let error = #expect(throws: HandoffLifecycleError.self) {
            try store.record(
                HandoffEvent(kind, ticket: record.ticket, time: Self.at(record, minutes: 30)))
        }
        #expect(error?.description == message)
        #expect(try directory.read("handoff.jsonl") == text)
    }

    @Test func validTransitionsAreAccepted() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = FileHandoffStore(path: directory.url("handoff.jsonl"))
        let paths: [[HandoffEventKind]] = [
            [.abandoned], [.accepted, .abandoned], [.accepted, .resolved],
        ]
        for (number, paths) in paths.enumerated() {
            let record = Self.record(10 + number)
            try await store.append(record)
            for (offset, kind) in paths.enumerated() {
                let ticket = try store.record(
                    HandoffEvent(
                        kind, ticket: record.ticket, time: Self.at(record, minutes: offset)))
                #expect(ticket.status == kind.status)
            }
        }
        #expect(try store.ledger().problems.isEmpty)
    }

    @Test func anUnknownTicketIsRefusedWithASuggestion() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = FileHandoffStore(path: directory.url("handoff.jsonl"))
        try await store.append(Self.record(12))
        let error = #expect(throws: HandoffLifecycleError.self) {
            try store.record(HandoffEvent(.accepted, ticket: "TKT-A13", time: Self.record(12).time))
        }
        #expect(
            error?.description
                == "no handoff record in \(directory.url("handoff.jsonl")) has ticket TKT-A13 "
                + "(did you mean TKT-A12?)")
        #expect(!(try directory.read("handoff.jsonl")).contains("accepted"))
    }

    @Test func anEventBeforeTheTicketsLastChangeIsRefused() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = FileHandoffStore(path: directory.url("handoff.jsonl"))
        let record = Self.record(1)
        try await store.append(record)
        #expect(throws: HandoffLifecycleError.self) {
            try store.record(
                HandoffEvent(.accepted, ticket: record.ticket, time: Self.at(record, minutes: -1)))
        }
    }

    @Test func twoPeopleAcceptingAtOnceGiveOneAcceptance() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = FileHandoffStore(path: directory.url("handoff.jsonl"))
        let records = (0..<20).map(Self.record)
        for record in records { try await store.append(record) }
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for agent in ["ana", "ben"] {
                for record in records {
                    group.addTask {
                        (try? store.record(
                            HandoffEvent(
                                .accepted, ticket: record.ticket,
                                time: Self.at(record, minutes: 1), agent: agent))) != nil
                    }
                }
            }
            var outcomes: [Bool] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
        #expect(outcomes.filter { $0 }.count == 20)
        let ledger = try store.ledger()
        #expect(ledger.problems.isEmpty)
        #expect(ledger.tickets.allSatisfy { $0.status == .accepted && $0.events.count == 1 })
    }

    @Test func anEventForATicketNoRecordHasNamesTheRecordWithANearTicket() throws {
        // Found by fuzzing: a record whose ticket was damaged read without a word, and its
        // events were reported as orphans with nothing pointing at the record.
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var damaged = Self.record(1)
        damaged.ticket = "TKT-A1X"
        let lines = [
            damaged.jsonLine(),  // 1
            #"{"event":"accepted","ticket":"TKT-A1","time":"2026-11-27T10:05:00Z"}"#,  // 2
        ]
        try directory.write("handoff.jsonl", lines.joined(separator: "\n") + "\n")
        let path = directory.url("handoff.jsonl")
        let ledger = try FileHandoffStore(path: path).ledger()
        #expect(
            ledger.problems.map(\.description) == [
                "\(path):2: accepted event for ticket TKT-A1, which no handoff record before it "
                    + "has (did you mean TKT-A1X, at line 1?), skipped"
            ])
    }

    @Test func anEventOfARecordSkippedForAnotherFieldPointsAtThatRecord() throws {
        // A record whose ticket is fine but another field is not is skipped; its events used
        // to say no record had the ticket, and suggest a ticket that merely looked alike.
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let lines = [
            Self.record(2).jsonLine(),  // 1: TKT-A2
            Self.record(1).jsonLine().replacing(#""queue":"#, with: #""queue":7,"x":"#),  // 2
            #"{"event":"accepted","ticket":"TKT-A1","time":"2026-11-27T10:05:00Z"}"#,  // 3
        ]
        try directory.write("handoff.jsonl", lines.joined(separator: "\n") + "\n")
        let path = directory.url("handoff.jsonl")
        let ledger = try FileHandoffStore(path: path).ledger()
        #expect(
            ledger.problems.map(\.description) == [
                "\(path):2: handoff record without a valid \"queue\", skipped",
                "\(path):3: accepted event for ticket TKT-A1, whose handoff record at line 2 "
                    + "was skipped, skipped",
            ])
        #expect(ledger.tickets.map(\.ticket) == ["TKT-A2"])
        // Accepting it now says the same, rather than that no record has it.
        let accept = HandoffEvent(
            .accepted, ticket: "TKT-A1", time: Self.at(Self.record(1), minutes: 9))
        #expect(throws: HandoffLifecycleError.skippedRecord(ticket: "TKT-A1", path: path, line: 2))
        {
            try ledger.check(accept)
        }
        #expect(
            ledger.absence(of: "TKT-A3")
                == .unknownTicket(ticket: "TKT-A3", path: path, suggestion: "TKT-A2"))
    }

    @Test func anEmptyTicketIsNotAValidTicket() throws {
        // Found by fuzzing: a record with "ticket":"" was read as a ticket nobody can name,
        // without a word, and the events of the ticket it had were reported as orphans.
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var damaged = Self.record(1)
        damaged.ticket = ""
        let lines = [
            damaged.jsonLine(),  // 1
            #"{"event":"accepted","ticket":"","time":"2026-11-27T10:05:00Z"}"#,  // 2
        ]
        try directory.write("handoff.jsonl", lines.joined(separator: "\n") + "\n")
        let path = directory.url("handoff.jsonl")
        let ledger = try FileHandoffStore(path: path).ledger()
        #expect(ledger.tickets.isEmpty)
        #expect(
            ledger.problems.map(\.description) == [
                "\(path):1: handoff record without a valid \"ticket\", skipped",
                "\(path):2: accepted event without a valid \"ticket\", skipped",
            ])
    }

    /// An event's agent or note of the wrong type is reported with its line, like any other
    /// field, not read as if the event named no one.
    @Test func anEventWithAnAgentOrNoteOfTheWrongTypeIsReported() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let lines = [
            Self.record(1).jsonLine(),  // 1
            #"{"event":"accepted","ticket":"TKT-A1","time":"2026-11-27T10:05:00Z","agent":5}"#,
            #"{"event":"accepted","ticket":"TKT-A1","time":"2026-11-27T10:06:00Z","note":["x"]}"#,
            #"{"event":"accepted","ticket":"TKT-A1","time":"2026-11-27T10:07:00Z","agent":null}"#,
        ]
        try directory.write("handoff.jsonl", lines.joined(separator: "\n") + "\n")
        let path = directory.url("handoff.jsonl")
        let ledger = try FileHandoffStore(path: path).ledger()
        #expect(ledger.ticket("TKT-A1")?.status == .accepted)
        let times = ledger.ticket("TKT-A1")?.events.map(\.time)
        #expect(times == [Self.at(Self.record(1), minutes: 6)])
        #expect(
            ledger.problems.map(\.description) == [
                "\(path):2: accepted event without a valid \"agent\", skipped",
                "\(path):3: accepted event without a valid \"note\", skipped",
            ])
    }

    @Test func unusableLinesAreReportedWithTheirLineAndReason() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let one = Self.record(1)
        let two = Self.record(2)
        let lines = [
            one.jsonLine(),  // 1
            #"{"event":"accepted","ticket":"TKT-A1","time":"2026-11-27T10:05:00Z"}"#,  // 2
            "garbage",  // 3
            // 4: no due time
            #"{"event":"handoff","ticket":"TKT-X","time":"2026-11-27T10:00:00Z","session":"s","queue":"q","priority":"high","reason":"safety"}"#,
            #"{"event":"resolved","ticket":"TKT-A1"}"#,  // 5
            #"{"event":"acepted","ticket":"TKT-A1","time":"2026-11-27T10:05:00Z"}"#,  // 6
            #"{"event":"accepted","ticket":"TKT-GONE","time":"2026-11-27T10:05:00Z"}"#,  // 7
            #"{"event":"accepted","ticket":"TKT-A1","time":"2026-11-27T10:06:00Z"}"#,  // 8
            one.jsonLine(),  // 9
            #"{"no":"event"}"#,  // 10
            two.jsonLine(),  // 11
            String(two.jsonLine().prefix(40)),  // 12, torn
        ]
        try directory.write("handoff.jsonl", lines.joined(separator: "\n"))
        let path = directory.url("handoff.jsonl")
        let ledger = try FileHandoffStore(path: path).ledger()
        #expect(ledger.tickets.map(\.ticket) == ["TKT-A1", "TKT-A2"])
        #expect(ledger.ticket("TKT-A1")?.status == .accepted)
        #expect(ledger.ticket("TKT-A2")?.status == .open)
        #expect(ledger.ticket("TKT-A2")?.line == 11)
        let reported = ledger.problems.map(\.description)
        #expect(reported.count == 9)
        #expect(reported[0].hasPrefix("\(path):3: not a complete JSON object, skipped: "))
        #expect(reported[1] == "\(path):4: handoff record without a valid \"due\", skipped")
        #expect(reported[2] == "\(path):5: resolved event without a valid \"time\", skipped")
        #expect(reported[3] == "\(path):6: unknown event \"acepted\", skipped")
        #expect(
            reported[4]
                == "\(path):7: accepted event for ticket TKT-GONE, which no handoff record before it has, skipped"
        )
        #expect(reported[5] == "\(path):8: ticket TKT-A1 is already accepted, skipped")
        #expect(reported[6] == "\(path):9: ticket TKT-A1 was already handed off at line 1, skipped")
        #expect(
            reported[7]
                == "\(path):10: not a handoff record or lifecycle event (no \"event\"), skipped")
        #expect(
            reported[8].hasPrefix("\(path):12: torn last line (no newline at the end of the file)"))
        #expect(ledger.problems.last?.isTornTail == true)
    }

    @Test func breachesAreJudgedOnAcceptance() throws {
        let record = Self.record(1)  // due 240 minutes after the handoff
        var ticket = HandoffTicket(record: record, line: 1)
        let beforeDue = Self.at(record, minutes: 100)
        let afterDue = Self.at(record, minutes: 300)
        #expect(!ticket.isBreached(at: beforeDue))
        #expect(ticket.isBreached(at: afterDue))
        #expect(ticket.minutesLate(at: afterDue) == 60)

        ticket.apply(HandoffEvent(.accepted, ticket: record.ticket, time: beforeDue))
        #expect(!ticket.isBreached(at: afterDue))
        ticket.apply(HandoffEvent(.resolved, ticket: record.ticket, time: afterDue))
        #expect(!ticket.isBreached(at: afterDue))

        var late = HandoffTicket(record: record, line: 1)
        late.apply(
            HandoffEvent(.accepted, ticket: record.ticket, time: Self.at(record, minutes: 250)))
        #expect(late.isBreached(at: afterDue))
        #expect(late.minutesLate(at: afterDue.adding(minutes: 1000)) == 10)

        var abandonedEarly = HandoffTicket(record: record, line: 1)
        abandonedEarly.apply(HandoffEvent(.abandoned, ticket: record.ticket, time: beforeDue))
        #expect(!abandonedEarly.isBreached(at: afterDue))
        var abandonedLate = HandoffTicket(record: record, line: 1)
        abandonedLate.apply(HandoffEvent(.abandoned, ticket: record.ticket, time: afterDue))
        #expect(abandonedLate.isBreached(at: afterDue))
    }

    @Test func aBreachOfSecondsIsAMinuteLate() throws {
        // Accepted one second after the due time: breached, and "1m late", never "0m late";
        // 60.5 minutes late counts as 61.
        let record = Self.record(1)  // due 240 minutes after the handoff
        let due = record.due.millisecondsSince1970
        var ticket = HandoffTicket(record: record, line: 1)
        ticket.apply(
            HandoffEvent(
                .accepted, ticket: record.ticket,
                time: Timestamp(millisecondsSince1970: due + 1000)))
        #expect(ticket.isBreached(at: Self.at(record, minutes: 500)))
        #expect(ticket.minutesLate(at: Self.at(record, minutes: 500)) == 1)
        let waiting = HandoffTicket(record: record, line: 1)
        #expect(waiting.minutesLate(at: Timestamp(millisecondsSince1970: due)) == nil)
        #expect(waiting.minutesLate(at: Timestamp(millisecondsSince1970: due + 3_630_000)) == 61)
    }

    @Test func statsCountAndTimeTheTickets() throws {
        func ticket(
            _ number: Int, queue: String, priority: HandoffPriority, reason: HandoffReason,
            _ events: [(HandoffEventKind, Int)]
        ) -> HandoffTicket {
            var record = Self.record(number)
            record.queue = queue
            record.priority = priority
            record.reason = reason
            var ticket = HandoffTicket(record: record, line: number)
            for (kind, minutes) in events {
                ticket.apply(
                    HandoffEvent(
                        kind, ticket: record.ticket, time: Self.at(record, minutes: minutes)))
            }
            return ticket
        }
        let tickets = [
            ticket(
                1, queue: "payments", priority: .high, reason: .safety,
                [(.accepted, 10), (.resolved, 70)]),
            ticket(2, queue: "payments", priority: .normal, reason: .complaint, [(.accepted, 300)]),
            ticket(
                3, queue: "general", priority: .normal, reason: .complaint,
                [(.accepted, 20), (.resolved, 50)]),
            ticket(4, queue: "general", priority: .low, reason: .userRequest, []),
            ticket(5, queue: "general", priority: .low, reason: .userRequest, [(.abandoned, 5)]),
        ]
        // Ticket 4 is handed off at 10:04 and due at 14:04; judge at 15:00.
        let now = Self.at(Self.record(4), minutes: 296)
        let stats = HandoffStats(tickets: tickets, now: now)
        #expect(stats.tickets == 5)
        #expect(stats.byStatus == [.resolved: 2, .accepted: 1, .open: 1, .abandoned: 1])
        #expect(stats.byQueue == ["payments": 2, "general": 3])
        #expect(stats.byPriority == [.high: 1, .normal: 2, .low: 2])
        #expect(stats.byReason == [.safety: 1, .complaint: 2, .userRequest: 2])
        #expect(stats.slaBreaches == 2)
        #expect(stats.openPastDue == 1)
        #expect(stats.slaBreachesByQueue == ["payments": 1, "general": 1])
        #expect(stats.medianSecondsToAccept == Double(20 * 60))
        #expect(stats.medianSecondsToResolve == Double(60 * 60))
        #expect(HandoffStats(tickets: [], now: now).medianSecondsToAccept == nil)
        // The SLA counting is the report's.
        var sla = SLAFigures()
        sla.tickets = 5
        sla.acceptedInTime = 2
        sla.acceptedLate = 1
        sla.abandoned = 1
        sla.overdue = 1
        sla.breaches = 2
        #expect(stats.sla == sla)
        let report = ConversationReport(
            events: [], tickets: tickets, filter: ReportFilter(since: nil, until: nil, bot: nil),
            now: now)
        #expect(report.sla == stats.sla)
        #expect(stats.slaByQueue["general"]?.tickets == 3)
        #expect(stats.slaByQueue["general"]?.overdue == 1)
        #expect(stats.slaByQueue["payments"]?.acceptedLate == 1)
    }
}
