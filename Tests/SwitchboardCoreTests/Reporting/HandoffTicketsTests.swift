import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// Reading the handoff log for a report: records, first acceptances, and bad lines with
/// their numbers.
@Suite struct HandoffTicketsTests {
    @Test func recordsAcceptancesAndBadLines() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let record = ReportFixture.record(
            "T1", at: "2026-11-01T10:05:00Z", due: "2026-11-01T11:05:00Z")
        try directory.write(
            "handoff.jsonl",
            [
                record.jsonLine(),
                #"{"event":"accepted","ticket":"T1","time":"2026-11-01T10:40:00Z"}"#,
                #"{"event":"accepted","ticket":"T1","time":"2026-11-01T10:30:00Z"}"#,
                #"{"event":"resolved","ticket":"T1","time":"2026-11-01T12:00:00Z"}"#,
                #"{"event":"accepted","ticket":"T9"}"#,
                #"{"event":"handoff","ticket":"T2","time":"2026-11-01T10:05:00Z"}"#,
                "{oops",
            ].joined(separator: "\n") + "\n")
        let path = directory.url("handoff.jsonl")
        let (tickets, problems) = try HandoffTickets.read(path: path)
        #expect(tickets.records == [record])
        #expect(tickets.acceptances == ["T1": ReportFixture.time("2026-11-01T10:30:00Z")])
        #expect(problems.map(\.line) == [5, 6, 7])
        #expect(problems[0].description == "\(path):5: time: missing")
        #expect(problems[1].description == "\(path):6: session: missing")
        #expect(problems[2].reason.hasPrefix("not a complete JSON object"))
    }

    @Test func aMissingLogHasNoTickets() throws {
        let (tickets, problems) = try HandoffTickets.read(path: "/nonexistent/handoff.jsonl")
        #expect(tickets.records.isEmpty && tickets.acceptances.isEmpty && problems.isEmpty)
    }
}
