import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct UserDataRequestTests {
    /// A handoff log and a conversation log with two users' lines, an anonymous session that
    /// a later line ties to u-1, and a lifecycle event that only names u-1's ticket.
    static func logs(in directory: TemporaryDirectory) throws -> (JSONLinesFile, JSONLinesFile) {
        let handoffs = JSONLinesFile(path: directory.path + "/handoff.jsonl")
        let conversations = JSONLinesFile(path: directory.path + "/conversations.jsonl")
        try handoffs.append([
            #"{"event":"handoff","ticket":"TKT-1","session":"s-1","user":"u-1","transcript":[]}"#,
            #"{"event":"handoff","ticket":"TKT-2","session":"s-2","user":"u-2","transcript":[]}"#,
            #"{"event":"accepted","ticket":"TKT-2","time":"2026-11-27T10:00:00Z"}"#,
            #"{"event":"accepted","ticket":"TKT-1","time":"2026-11-27T10:01:00Z"}"#,
            #"{"event":"handoff","ticket":"TKT-3","session":"s-3","transcript":[]}"#,
        ])
        try conversations.append([
            #"{"event":"started","session":"s-3"}"#,
            #"{"event":"turn","session":"s-3","text":"hello"}"#,
            #"{"event":"turn","session":"s-1","user":"u-1","text":"refund"}"#,
            #"{"event":"turn","session":"s-2","user":"u-2","text":"hi"}"#,
            #"{"event":"started","session":"s-3","user":"u-1"}"#,
        ])
        return (handoffs, conversations)
    }

    @Test func exportFindsLinesByUserSessionAndTicketAcrossFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (handoffs, conversations) = try Self.logs(in: directory)
        var request = UserDataRequest(user: "u-1", files: [handoffs, conversations])
        let found = try request.export()
        // TKT-3 is tied to u-1 only through session s-3, learnt from the other file.
        #expect(found[0].lines.map(\.number) == [1, 4, 5])
        #expect(found[1].lines.map(\.number) == [1, 2, 3, 5])
        #expect(request.selector.sessions == ["s-1", "s-3"])
        #expect(request.selector.tickets == ["TKT-1", "TKT-3"])
    }

    @Test func eraseLeavesOnlyOtherPeoplesLines() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (handoffs, conversations) = try Self.logs(in: directory)
        var request = UserDataRequest(user: "u-1", files: [handoffs, conversations])
        let receipts = try request.erase()
        #expect(receipts.map(\.removed) == [3, 4])
        #expect(receipts.map(\.kept) == [2, 1])
        let text =
            try handoffs.read().lines.map(\.text).joined()
            + conversations.read().lines.map(\.text).joined()
        for trace in ["u-1", "s-1", "s-3", "TKT-1", "TKT-3"] {
            #expect(!text.contains(trace), "\(trace) is still in the logs")
        }
        #expect(try handoffs.read().lines.map { $0.string("ticket") } == ["TKT-2", "TKT-2"])
        // Running it again finds nothing more.
        var again = UserDataRequest(user: "u-1", files: [handoffs, conversations])
        #expect(try again.erase().map(\.removed) == [0, 0])
    }

    /// Erasure removes the person's lines only: other people's lines and the blank lines
    /// between records (empty, whitespace, `\r\n`, a last one without a newline) stay byte
    /// for byte.
    @Test func eraseKeepsBlankLinesAndOtherLinesByteForByte() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let persons = [
            #"{"event":"handoff","ticket":"TKT-1","session":"s-1","user":"u-1","transcript":[]}"#
                + "\n",
            #"{"event":"accepted","ticket":"TKT-1"}"# + "\r\n",
        ]
        let lines = [
            "\n", persons[0], "\n", "\n",
            #"{"event":"handoff","ticket":"TKT-2","session":"s-2","user":"u-2","transcript":[]}"#
                + "\n",
            "   \n", "\t\n", persons[1], "\r\n",
            #"{"event":"accepted", "ticket":"TKT-2"}"# + "\r\n", "\n", "  ",
        ]
        let path = directory.path + "/handoff.jsonl"
        try directory.write("handoff.jsonl", lines.joined())
        var request = UserDataRequest(user: "u-1", files: [JSONLinesFile(path: path)])
        let receipts = try request.erase()
        #expect(receipts.map(\.removed) == [2])
        #expect(receipts.map(\.kept) == [2])
        let kept = lines.filter { !persons.contains($0) }.joined()
        #expect(try directory.read("handoff.jsonl") == kept)
        // Running it again changes nothing.
        var again = UserDataRequest(user: "u-1", files: [JSONLinesFile(path: path)])
        #expect(try again.erase().map(\.removed) == [0])
        #expect(try directory.read("handoff.jsonl") == kept)
    }

    /// A failure of the state to delete (the stand-in for a state file that cannot be
    /// deleted) leaves every log as it was, so the next run ties the same sessions to the
    /// person (s-3 names no user; only a log line ties it) and finishes.
    @Test func aFailedStateDeleteLeavesTheLogsForTheNextRun() throws {
        struct DeleteFailed: Error {}
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (handoffs, conversations) = try Self.logs(in: directory)
        let before = try directory.read("handoff.jsonl") + directory.read("conversations.jsonl")
        var request = UserDataRequest(user: "u-1", files: [handoffs, conversations])
        var offered: [Set<String>] = []
        let error = #expect(throws: UserDataErasureError<DeleteFailed>.self) {
            _ = try request.erase(deletingStateFirst: { sessions throws(DeleteFailed) in
                offered.append(sessions)
                throw DeleteFailed()
            })
        }
        guard case .state = error else {
            Issue.record("expected a state failure, got \(String(describing: error))")
            return
        }
        #expect(
            try directory.read("handoff.jsonl") + directory.read("conversations.jsonl") == before)

        var again = UserDataRequest(user: "u-1", files: [handoffs, conversations])
        let (state, receipts) = try again.erase(deletingStateFirst: { sessions in
            offered.append(sessions)
            return sessions.count
        })
        #expect(offered == [["s-1", "s-3"], ["s-1", "s-3"]])
        #expect(state == 2)
        #expect(receipts.map(\.removed) == [3, 4])
    }

    /// A log that cannot be read stops the erasure before anything is deleted.
    @Test func anUnreadableLogStopsTheErasureBeforeTheState() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (handoffs, _) = try Self.logs(in: directory)
        // Under a file, so opening it fails (not a folder), even for root.
        let unreadable = JSONLinesFile(path: handoffs.path + "/conversations.jsonl")
        var request = UserDataRequest(user: "u-1", files: [handoffs, unreadable])
        var isStateErased = false
        let error = #expect(throws: UserDataErasureError<Never>.self) {
            _ = try request.erase(deletingStateFirst: { _ in isStateErased = true })
        }
        guard case .logUnreadable = error else {
            Issue.record("expected an unreadable log, got \(String(describing: error))")
            return
        }
        #expect(!isStateErased)
        #expect(try handoffs.read().lines.count == 5)
    }

    @Test func aLineNamingAnotherUserIsNeverTaken() {
        var selector = UserDataSelector(user: "u-1", sessions: ["shared"])
        let mine = Self.line(#"{"session":"shared","user":"u-1","ticket":"T"}"#)
        let theirs = Self.line(#"{"session":"shared","user":"u-2","ticket":"T"}"#)
        selector.learn(from: mine)
        selector.learn(from: theirs)
        #expect(selector.owns(mine))
        #expect(!selector.owns(theirs))
        #expect(selector.owns(Self.line(#"{"ticket":"T","event":"resolved"}"#)))
        #expect(!selector.owns(Self.line(#"{"ticket":"U","event":"resolved"}"#)))
    }

    /// An empty user names no one, as the bridge reads it: such a line of the person's
    /// session is theirs, as one with a null user is.
    @Test func aLineNamingAnEmptyUserIsTakenLikeOneNamingNone() {
        let selector = UserDataSelector(user: "u-1", sessions: ["shared"])
        #expect(selector.owns(Self.line(#"{"session":"shared","user":"","text":"hi"}"#)))
        #expect(selector.owns(Self.line(#"{"session":"shared","user":null,"text":"hi"}"#)))
        #expect(!selector.owns(Self.line(#"{"session":"other","user":"","text":"hi"}"#)))
    }

    @Test func missingFilesAreReportedAsAbsentAndStayAbsent() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = JSONLinesFile(path: directory.path + "/none.jsonl")
        var request = UserDataRequest(user: "u-1", files: [file])
        let receipts = try request.erase()
        #expect(
            receipts == [
                UserDataRequest.Receipt(
                    path: file.path, existed: false, removed: 0, kept: 0)
            ])
        #expect(!FileSystem.exists(file.path))
    }

    static func line(_ text: String) -> JSONLine {
        let node = try? JSONParser().parse(text)
        return JSONLine(
            number: 1, bytes: Array(text.utf8),
            object: node?.value.objectValue ?? JSONObject(members: []))
    }
}
