import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct RetentionPurgeTests {
    static let cutoff =
        Timestamp(iso: "2026-09-01T00:00:00Z") ?? Timestamp(millisecondsSince1970: 0)

    /// A handoff log and a conversation log around a 2026-09-01 cutoff.
    ///
    /// The sessions and cases:
    /// - s-old: one conversation in August, handed off as TKT-1, resolved in August;
    /// - s-open: an August conversation handed off as TKT-2, still accepted;
    /// - s-again: an August conversation, then a second one in the same session in October;
    /// - s-late: a conversation that began in August and went on into September;
    /// - TKT-3: handed off in August, resolved in September.
    static func logs(in directory: TemporaryDirectory) throws -> (JSONLinesFile, JSONLinesFile) {
        let handoffs = JSONLinesFile(path: directory.path + "/handoff.jsonl")
        let conversations = JSONLinesFile(path: directory.path + "/conversations.jsonl")
        try handoffs.append([
            #"{"event":"handoff","ticket":"TKT-1","time":"2026-08-02T10:00:00Z","session":"s-old","transcript":[]}"#,
            #"{"event":"accepted","ticket":"TKT-1","time":"2026-08-02T10:05:00Z"}"#,
            #"{"event":"resolved","ticket":"TKT-1","time":"2026-08-03T09:00:00Z"}"#,
            #"{"event":"handoff","ticket":"TKT-2","time":"2026-08-04T10:00:00Z","session":"s-open","transcript":[]}"#,
            #"{"event":"accepted","ticket":"TKT-2","time":"2026-08-04T11:00:00Z"}"#,
            #"{"event":"handoff","ticket":"TKT-3","time":"2026-08-20T10:00:00Z","session":"s-late","transcript":[]}"#,
            #"{"event":"abandoned","ticket":"TKT-3","time":"2026-09-02T10:00:00Z"}"#,
        ])
        try conversations.append([
            #"{"event":"started","time":"2026-08-02T09:59:00Z","session":"s-old"}"#,
            #"{"event":"turn","time":"2026-08-02T09:59:30Z","session":"s-old","text":"agent"}"#,
            #"{"event":"handoff","time":"2026-08-02T10:00:00Z","session":"s-old","ticket":"TKT-1"}"#,
            #"{"event":"started","time":"2026-08-04T09:00:00Z","session":"s-open","transcript":[]}"#,
            #"{"event":"turn","time":"2026-08-04T09:01:00Z","session":"s-open","text":"fraud"}"#,
            #"{"event":"started","time":"2026-08-05T09:00:00Z","session":"s-again"}"#,
            #"{"event":"turn","time":"2026-08-05T09:01:00Z","session":"s-again","text":"hi"}"#,
            #"{"event":"started","time":"2026-10-05T09:00:00Z","session":"s-again"}"#,
            #"{"event":"turn","time":"2026-10-05T09:01:00Z","session":"s-again","text":"hi again"}"#,
            #"{"event":"started","time":"2026-08-31T23:50:00Z","session":"s-late"}"#,
            #"{"event":"turn","time":"2026-09-01T00:10:00Z","session":"s-late","text":"still here"}"#,
            #"{"event":"note","text":"no session, no ticket"}"#,
            #"{"event":"turn","session":"s-undated","text":"no time"}"#,
        ])
        return (handoffs, conversations)
    }

    @Test func removesWholeOldConversationsAndClosedCasesOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (handoffs, conversations) = try Self.logs(in: directory)
        var purge = RetentionPurge(cutoff: Self.cutoff, files: [handoffs, conversations])
        let receipts = try purge.purge()
        // TKT-1 goes whole; TKT-2 is still accepted; TKT-3 closed after the cutoff.
        #expect(
            try handoffs.read().lines.map { $0.string("ticket") } == [
                "TKT-2", "TKT-2", "TKT-3", "TKT-3",
            ])
        // s-old goes (its handoff line with TKT-1); s-open stays while TKT-2 is open; the
        // August conversation of s-again goes, October's stays; s-late's newest line is after
        // the cutoff, so its August start stays too; undated lines stay.
        #expect(
            try conversations.read().lines.map { $0.string("session") } == [
                "s-open", "s-open", "s-again", "s-again", "s-late", "s-late", nil, "s-undated",
            ])
        #expect(receipts.map(\.removed) == [3, 5])
        #expect(receipts.map(\.kept) == [4, 8])
        #expect(receipts.map(\.keptOpen) == [2, 2])
        #expect(receipts.map(\.keptUndated) == [0, 2])
        #expect(purge.staleOpenCases == 1)
        // Running it again removes nothing more.
        var again = RetentionPurge(cutoff: Self.cutoff, files: [handoffs, conversations])
        #expect(try again.purge().map(\.removed) == [0, 0])
    }

    @Test func aDryRunCountsTheSameAndChangesNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (handoffs, conversations) = try Self.logs(in: directory)
        let before = try handoffs.read().lines + conversations.read().lines
        var dry = RetentionPurge(cutoff: Self.cutoff, files: [handoffs, conversations])
        let counted = try dry.purge(dryRun: true)
        #expect(try handoffs.read().lines + conversations.read().lines == before)
        var real = RetentionPurge(cutoff: Self.cutoff, files: [handoffs, conversations])
        #expect(try real.purge() == counted)
    }

    @Test func aCaseClosedInARotatedLogIsClosedForTheCurrentOne() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let rotated = JSONLinesFile(path: directory.path + "/handoff.jsonl.1")
        let current = JSONLinesFile(path: directory.path + "/handoff.jsonl")
        try rotated.append([
            #"{"event":"handoff","ticket":"TKT-9","time":"2026-07-01T10:00:00Z","session":"s-9","transcript":[]}"#
        ])
        try current.append([
            #"{"event":"resolved","ticket":"TKT-9","time":"2026-07-02T10:00:00Z"}"#,
            #"{"event":"handoff","ticket":"TKT-10","time":"2026-07-03T10:00:00Z","session":"s-10","transcript":[]}"#,
        ])
        var purge = RetentionPurge(cutoff: Self.cutoff, files: [current, rotated])
        let receipts = try purge.purge()
        #expect(receipts.map(\.removed) == [1, 1])
        #expect(try current.read().lines.map { $0.string("ticket") } == ["TKT-10"])
        #expect(purge.staleOpenCases == 1)
    }

    @Test func unreadableLinesAndMissingFilesAreKeptAndReported() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = JSONLinesFile(path: directory.path + "/conversations.jsonl")
        let missing = JSONLinesFile(path: directory.path + "/missing.jsonl")
        try FileSystem.writeAtomically(
            Array(
                (#"{"event":"started","time":"2026-01-01T00:00:00Z","session":"s-1"}"# + "\n"
                    + "not json\n"
                    + #"{"event":"turn","time":"2026-01-01T00:01:00Z","session":"s-1","te"#).utf8),
            to: log.path)
        var purge = RetentionPurge(cutoff: Self.cutoff, files: [log, missing])
        let receipts = try purge.purge()
        #expect(receipts[0].removed == 1)
        #expect(receipts[0].unreadableKept.count == 2)
        #expect(
            receipts[1]
                == RetentionPurge.Receipt(path: missing.path, existed: false, removed: 0, kept: 0))
        #expect(!FileSystem.exists(missing.path))
        let text = String(decoding: try FileSystem.read(log.path), as: UTF8.self)
        #expect(text.hasPrefix("not json\n"))
    }

    /// A case whose record and events are in a log not given is known only from the
    /// conversation log's `handoff` line: nothing says it is open, so age alone decides.
    @Test func aCaseKnownOnlyFromTheConversationLogGoesByAge() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = JSONLinesFile(path: directory.path + "/conversations.jsonl")
        try log.append([
            #"{"event":"started","time":"2026-07-01T10:00:00Z","session":"s-1"}"#,
            #"{"event":"handoff","time":"2026-07-01T10:01:00Z","session":"s-1","ticket":"TKT-5"}"#,
            #"{"event":"ended","time":"2026-07-01T10:01:00Z","session":"s-1"}"#,
        ])
        var purge = RetentionPurge(cutoff: Self.cutoff, files: [log])
        #expect(try purge.purge().map(\.removed) == [3])
        #expect(purge.staleOpenCases == 0)
    }
}
