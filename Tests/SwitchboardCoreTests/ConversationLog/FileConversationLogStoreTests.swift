import SwitchboardTesting
import Testing

@testable import SwitchboardCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file store: what is appended reads back, one line per event, and the reader reports
/// lines it cannot use with their numbers.
@Suite struct FileConversationLogStoreTests {
    static let events = ConversationEventTests.kinds.map { ConversationEventTests.event($0.0) }

    @Test func appendedEventsReadBackInOrder() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = FileConversationLogStore(path: directory.url("conversations.jsonl"))
        try await store.append(Array(Self.events.prefix(2)))
        try await store.append(Array(Self.events.dropFirst(2)))
        try await store.sync()

        var expected = Self.events
        if case .turn(var turn) = expected[1].kind {
            turn.intent?.confidence = 0.8123
            expected[1].kind = .turn(turn)
        }
        #expect(try await store.events() == expected)
        let text = try directory.read("conversations.jsonl")
        #expect(text == ConversationEventTests.kinds.map { $0.1 + "\n" }.joined())

        var info = stat()
        #expect(stat(store.path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    /// With `holdsWrites`, appends wait for `flush()` (or `sync()`, or `events()`), and go in
    /// at once when they reach the limit; without, each append is in the file when it returns.
    @Test func heldEventsAreWrittenByFlushOrAtTheLimit() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url("conversations.jsonl")
        let store = FileConversationLogStore(path: path, holdsWrites: true)
        let lines = ConversationEventTests.kinds.map { $0.1 + "\n" }
        try await store.append(Array(Self.events.prefix(2)))
        try await store.append(Array(Self.events.dropFirst(2).prefix(1)))
        #expect(!FileSystem.exists(path))
        try await store.flush()
        #expect(try directory.read("conversations.jsonl") == lines.prefix(3).joined())
        try await store.flush()
        #expect(try directory.read("conversations.jsonl") == lines.prefix(3).joined())
        try await store.append(Array(Self.events.dropFirst(3)))
        #expect(try directory.read("conversations.jsonl") == lines.prefix(3).joined())
        #expect(try await store.events().count == Self.events.count)
        #expect(try directory.read("conversations.jsonl") == lines.joined())

        // Enough held lines are written by the append that brings them past the limit.
        let lineBytes = lines[0].utf8.count
        let needed = (FileConversationLogStore.heldBytesLimit + lineBytes - 1) / lineBytes
        for _ in 0..<(needed - 1) { try await store.append([Self.events[0]]) }
        #expect(try directory.read("conversations.jsonl") == lines.joined())
        try await store.append([Self.events[0]])
        let written = try directory.read("conversations.jsonl")
        #expect(written == lines.joined() + String(repeating: lines[0], count: needed))

        let direct = FileConversationLogStore(path: directory.url("direct.jsonl"))
        try await direct.append([Self.events[0]])
        #expect(try directory.read("direct.jsonl") == lines[0])
    }

    @Test func aMissingLogReadsEmptyAndSyncsNothing() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = FileConversationLogStore(path: directory.url("none.jsonl"))
        try await store.sync()
        #expect(try await store.events().isEmpty)
    }

    @Test func aFolderThatCannotBeWrittenIsAnError() async throws {
        let store = FileConversationLogStore(path: "/proc/switchboard-test/conversations.jsonl")
        do {
            try await store.append(Array(Self.events.prefix(1)))
            Issue.record("the append worked")
        } catch {
            #expect(error.path == "/proc/switchboard-test/conversations.jsonl")
            #expect(error.reason.hasPrefix("cannot open"))
        }
    }

    @Test func theReaderSkipsBadLinesAndSaysWhere() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let good = ConversationEventTests.kinds.map(\.1)
        try directory.write(
            "log.jsonl",
            [
                good[0], "not json at all", good[4], "", #"{"event":"csat","session":"s"}"#,
                "[1,2]", good[3], #"{"event":"turn","time":"2026-11"#,
            ].joined(separator: "\n"))
        let path = directory.url("log.jsonl")
        let (events, problems) = try ConversationLogReader(path: path).read()
        #expect(events.map(\.kind.name) == ["started", "csat", "ended"])
        #expect(problems.map(\.line) == [2, 5, 6, 8])
        #expect(problems.map(\.path) == [path, path, path, path])
        #expect(problems[1].field == "time")
        #expect(problems[1].description == "\(path):5: time: missing")
        #expect(problems[3].reason.hasPrefix("torn last line"))
    }

    /// A value quoted in a warning cannot break the warning's line or reach the terminal as
    /// an escape sequence: `report` lists these on standard error, one per line.
    @Test func warningsWriteControlCharactersOfValuesAsEscapes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(
            "log.jsonl",
            #"{"event":"turn\n(line skipped)\u001b[2J","time":"2026-11-27T10:00:00Z","session":"s","user":null,"bot":"b"}"#
                + "\n" + #"{"event":"csat","time":"2026-11-27\r10:00"}"# + "\n")
        let path = directory.url("log.jsonl")
        let (_, problems) = try ConversationLogReader(path: path).read()
        #expect(
            problems.map(\.description) == [
                #"\#(path):1: event: "turn\n(line skipped)\u{1B}[2J" is not one of "started", "turn", "handoff", "ended", "csat", "csat_asked""#,
                #"\#(path):2: time: expected an ISO 8601 UTC time, found "2026-11-27\r10:00""#,
            ])
        let problem = JSONLinesProblem(
            path: "h.jsonl", line: 3, reason: "ticket TKT-1\u{7}\u{9B}x", isTornTail: false)
        #expect(problem.description == #"h.jsonl:3: ticket TKT-1\u{7}\u{9B}x"#)
    }

    @Test func theInMemoryStoreKeepsEventsAndCanFail() async throws {
        let store = InMemoryConversationLogStore()
        try await store.append(Self.events)
        try await store.sync()
        #expect(try await store.events() == Self.events)
        #expect(await store.syncCount == 1)
        await store.failAppends(with: ConversationLogError(path: "memory", reason: "full"))
        await #expect(throws: ConversationLogError.self) {
            try await store.append(Self.events)
        }
    }
}
