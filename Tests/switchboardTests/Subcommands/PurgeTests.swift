import SwitchboardCore
import SwitchboardTesting
import Testing

/// End-to-end tests of `switchboard purge` over the files a real bridge wrote.
@Suite struct PurgeTests {
    /// The files' options, in `directory`.
    static func files(_ directory: TemporaryDirectory) -> [String] {
        [
            "--handoff-log", directory.url("handoff.jsonl"), "--conversation-log",
            directory.url("conversations.jsonl"), "--state-dir", directory.url("state"),
        ]
    }

    /// Two sessions ask for a person (the payments team) through the bridge; returns their tickets in order.
    static func writeFiles(in directory: TemporaryDirectory) throws -> [String] {
        let input = [
            #"{"session":"web-1","user":"u-1","text":"I want to talk to a human"}"#,
            #"{"session":"web-2","user":"u-2","text":"I want to talk to a human"}"#,
            #"{"session":"web-1","text":"payments"}"#,
            #"{"session":"web-2","text":"payments"}"#,
        ].map { $0 + "\n" }.joined()
        let bridge = try ProcessRunner.switchboard(
            ["bridge", "--bot", ProjectPaths.exampleBot, "--seed", "7"] + Self.files(directory),
            input: input)
        #expect(bridge.status == 0, "\(bridge.errors)")
        let records = try JSONLinesFile(path: directory.url("handoff.jsonl")).read().lines
        return records.compactMap { $0.string("ticket") }
    }

    static func sessions(in path: String) throws -> [String?] {
        try JSONLinesFile(path: path).read().lines.map { $0.string("session") }
    }

    @Test func removesClosedCasesAndTheirConversationsAndKeepsOpenOnes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let tickets = try Self.writeFiles(in: directory)
        try #require(tickets.count == 2)
        let log = ["--handoff-log", directory.url("handoff.jsonl")]
        for command in ["accept", "resolve"] {
            let result = try ProcessRunner.switchboard(
                ["handoff", command, tickets[0], "--agent", "ana"] + log)
            #expect(result.status == 0, "\(result.errors)")
        }
        let conversations = directory.url("conversations.jsonl")
        #expect(Set(try Self.sessions(in: conversations)) == ["web-1", "web-2"])

        // Nothing is older than 30 days yet.
        let recent = try ProcessRunner.switchboard(
            ["purge", "--older-than", "30"] + Self.files(directory))
        #expect(recent.status == 0, "\(recent.errors)")
        #expect(recent.output.contains("removed 0 lines, kept"))

        // A year on: web-1's case is resolved and goes, web-2's is open and stays.
        let later = try ProcessRunner.switchboard(
            ["purge", "--older-than", "365", "--now", "2099-01-01T00:00:00Z", "--json"]
                + Self.files(directory))
        #expect(later.status == 0, "\(later.errors)")
        #expect(later.errors.contains("1 handoff case still open or accepted is older"))
        #expect(later.output.contains(#""staleOpenCases": 1"#))
        let handoffs = try JSONLinesFile(path: directory.url("handoff.jsonl")).read().lines
        #expect(handoffs.map { $0.string("ticket") } == [tickets[1]])
        #expect(Set(try Self.sessions(in: conversations)) == ["web-2"])
        // Both session files were last active long before the cutoff; web-2's stays while a
        // person has its case.
        #expect(later.output.contains(#""removedSessions": 1"#))
        #expect(later.output.contains(#""keptSessions": 1"#))
        #expect(
            try FileSystem.entries(of: directory.url("state")).filter { $0.hasSuffix(".json") }
                .count == 1)
        #expect(!later.output.contains("u-2"))
    }

    @Test func aDryRunChangesNoFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try Self.writeFiles(in: directory)
        let paths = [directory.url("handoff.jsonl"), directory.url("conversations.jsonl")]
        let before = try paths.map { try FileSystem.read($0) }
        let stateBefore = try FileSystem.entries(of: directory.url("state")).sorted()
        let result = try ProcessRunner.switchboard(
            ["purge", "--before", "2099-01-01", "--dry-run"] + Self.files(directory))
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("purge dry run (nothing changed)"))
        #expect(result.output.contains("would remove 0 lines"))
        #expect(try paths.map { try FileSystem.read($0) } == before)
        #expect(try FileSystem.entries(of: directory.url("state")).sorted() == stateBefore)
    }

    @Test(arguments: [
        ([String](), "give the retention period"),
        (["--older-than", "0"], "--older-than takes 1 to 36500 days"),
        (["--older-than", "30", "--before", "2026-01-01"], "not both"),
        (["--before", "last tuesday"], "--before takes YYYY-MM-DD"),
    ])
    func badOptionsAreUsageErrors(arguments: [String], message: String) throws {
        let result = try ProcessRunner.switchboard(["purge"] + arguments)
        #expect(result.status == 64)
        #expect(result.errors.contains(message), "\(result.errors)")
    }

    @Test func missingFilesAreAnErrorNotAnEmptyReceipt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try ProcessRunner.switchboard(
            ["purge", "--older-than", "30"] + Self.files(directory))
        #expect(result.status == 1)
        #expect(result.errors.contains("nothing was purged"))
    }
}
