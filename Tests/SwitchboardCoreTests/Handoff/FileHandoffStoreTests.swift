import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct FileHandoffStoreTests {
    private static let start = Timestamp(millisecondsSince1970: 1_795_773_600_000)

    /// A record with every field set, distinguished by `number`.
    static func record(_ number: Int, writer: String = "a") -> HandoffRecord {
        HandoffRecord(
            ticket: "TKT-\(writer.uppercased())\(number)", time: Self.start.adding(minutes: number),
            session: "session-\(writer)-\(number)",
            user: number.isMultiple(of: 2) ? "user-\(number)" : nil,
            bot: "tidepool", botHash: "sha256:abc", queue: "payments", priority: .high,
            reason: .policyRequired, due: Self.start.adding(minutes: number + 240),
            intent: "refund",
            flow: "refund", state: "ask_order",
            sop: SOPMetadata(owner: "Payments", policy: "https://policy.example/r", version: "3.1"),
            slots: ["order_id": "TP-12345678", "email": "[redacted]"], articles: ["refund-policy"],
            transcript: [
                HistoryEntry(speaker: .user, text: "refund \"quoted\" \\ and ünïcode ✓"),
                HistoryEntry(speaker: .bot, text: "line one\nline two"),
            ])
    }

    @Test func appendedRecordsReadBackEqual() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = FileHandoffStore(path: directory.url("handoff.jsonl"))
        let records = [Self.record(1), Self.record(2)]
        for record in records { try await store.append(record) }
        #expect(try await store.records() == records)
        let read = try store.read()
        #expect(read.skippedLines == 0)
        let text = try directory.read("handoff.jsonl")
        #expect(text == records.map { $0.jsonLine() + "\n" }.joined())
    }

    @Test func aMissingLogHasNoRecords() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = FileHandoffStore(path: directory.url("none.jsonl"))
        #expect(try await store.records().isEmpty)
        #expect(try store.read().skippedLines == 0)
    }

    @Test func anEventForAMissingLogIsRefusedWithoutCreatingIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url("none.jsonl")
        let store = FileHandoffStore(path: path)
        #expect(throws: HandoffLifecycleError.self) {
            try store.record(HandoffEvent(.accepted, ticket: "TKT-A1", time: Self.start))
        }
        #expect(!FileSystem.exists(path))
    }

    @Test func concurrentAppendsLoseNothing() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = FileHandoffStore(path: directory.url("handoff.jsonl"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in ["a", "b"] {
                group.addTask {
                    for number in 0..<200 {
                        try await store.append(Self.record(number, writer: writer))
                    }
                }
            }
            try await group.waitForAll()
        }
        let read = try store.read()
        #expect(read.skippedLines == 0)
        #expect(read.records.count == 400)
        let expected = Set(
            ["a", "b"].flatMap { writer in (0..<200).map { Self.record($0, writer: writer) } })
        #expect(Set(read.records) == expected)
        for writer in ["a", "b"] {
            let tickets = read.records.map(\.ticket).filter {
                $0.hasPrefix("TKT-\(writer.uppercased())")
            }
            #expect(tickets == (0..<200).map { "TKT-\(writer.uppercased())\($0)" })
        }
    }

    @Test func aTornLastLineIsSkippedAndTheNextAppendStillParses() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let first = Self.record(1)
        let line = first.jsonLine()
        let torn = String(line.prefix(line.count / 2))
        try directory.write("handoff.jsonl", torn)
        let store = FileHandoffStore(path: directory.url("handoff.jsonl"))

        let before = try store.read()
        #expect(before.records.isEmpty)
        #expect(before.skippedLines == 1)

        let second = Self.record(2)
        try await store.append(second)
        let after = try store.read()
        #expect(after.records == [second])
        #expect(after.skippedLines == 1)
        #expect(try directory.read("handoff.jsonl") == torn + "\n" + second.jsonLine() + "\n")
    }

    @Test func linesThatAreNotHandoffRecordsAreSkipped() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let record = Self.record(3)
        try directory.write(
            "handoff.jsonl",
            """
            {"event":"rating","score":5}
            {"event":"handoff","ticket":"TKT-BROKEN"}
            not json at all

            \(record.jsonLine())

            """)
        let read = try FileHandoffStore(path: directory.url("handoff.jsonl")).read()
        #expect(read.records == [record])
        #expect(read.skippedLines == 2)
    }

    @Test func anUnwritableLogThrowsWithItsPath() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url("missing-folder/handoff.jsonl")
        let store = FileHandoffStore(path: path)
        let error = await #expect(throws: HandoffStoreError.self) {
            try await store.append(Self.record(1))
        }
        #expect(error?.path == path)
        #expect(error?.reason.hasPrefix("cannot open the handoff log") == true)
    }
}
