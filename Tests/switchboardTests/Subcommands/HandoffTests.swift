import SwitchboardCore
import SwitchboardTesting
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// End-to-end tests of `switchboard handoff …` and of handoffs that cannot be stored.
@Suite struct HandoffTests {
    /// A record handed off `minutes` after 10:00Z, due `sla` minutes later.
    static func record(
        _ ticket: String, minutes: Int, sla: Int, queue: String = "payments",
        priority: HandoffPriority = .high, reason: HandoffReason = .policyRequired
    ) -> HandoffRecord {
        let time = Timestamp(millisecondsSince1970: 1_795_773_600_000).adding(minutes: minutes)
        return HandoffRecord(
            ticket: ticket, time: time, session: "web-\(ticket)", user: "u-\(ticket)",
            bot: "tidepool", botHash: "sha256:abc", queue: queue, priority: priority,
            reason: reason, due: time.adding(minutes: sla), intent: "refund", flow: "refund",
            state: "review", sop: nil, slots: ["order_id": "TP-12345678"], articles: [],
            transcript: [HistoryEntry(speaker: .user, text: "refund please")])
    }

    /// Runs `switchboard handoff ARGUMENTS --handoff-log LOG`.
    static func handoff(
        _ arguments: [String], log: String
    ) throws -> ProcessRunner.Result {
        try ProcessRunner.switchboard(["handoff"] + arguments + ["--handoff-log", log])
    }

    @Test func lifecycleCommandsAppendEventsThatFollowFromTheStatus() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = directory.url("handoff.jsonl")
        let store = FileHandoffStore(path: log)
        try await store.append(Self.record("TKT-AAAA0001", minutes: 0, sla: 240))
        try await store.append(Self.record("TKT-BBBB0002", minutes: 30, sla: 60))

        let accepted = try Self.handoff(
            ["accept", "TKT-AAAA0001", "--agent", "ana", "--now", "2026-11-27T10:20:00Z"], log: log)
        #expect(accepted.status == 0)
        #expect(accepted.errors.isEmpty)
        #expect(
            accepted.output == "TKT-AAAA0001 accepted by ana at 2026-11-27 10:20 UTC; SLA met\n")

        let failures: [([String], String)] = [
            (["accept", "TKT-AAAA0001"], "ticket TKT-AAAA0001 is already accepted"),
            (
                ["resolve", "TKT-BBBB0002"],
                "ticket TKT-BBBB0002 is open; accept it before you resolve it"
            ),
            (
                ["abandon", "TKT-BBBB0003"],
                "no handoff record in \(log) has ticket TKT-BBBB0003 (did you mean TKT-BBBB0002?)"
            ),
        ]
        for (arguments, message) in failures {
            let result = try Self.handoff(arguments + ["--now", "2026-11-27T10:40:00Z"], log: log)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.output.isEmpty)
            #expect(result.errors == "error: \(message)\n")
        }

        let resolved = try Self.handoff(
            [
                "resolve", "TKT-AAAA0001", "--agent", "ana", "--note",
                "refund sent; customer wrote from jane.doe@example.com", "--now",
                "2026-11-27T11:00:00Z",
            ], log: log)
        #expect(resolved.status == 0)
        let closed = try Self.handoff(
            ["accept", "TKT-AAAA0001", "--now", "2026-11-27T11:05:00Z"], log: log)
        #expect(closed.status == 1)
        #expect(
            closed.errors
                == "error: ticket TKT-AAAA0001 is already resolved; a closed ticket cannot be accepted\n"
        )

        let lines = try directory.read("handoff.jsonl").split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(
            lines[2]
                == #"{"event":"accepted","ticket":"TKT-AAAA0001","time":"2026-11-27T10:20:00Z","agent":"ana"}"#
        )
        #expect(
            lines[3]
                == #"{"event":"resolved","ticket":"TKT-AAAA0001","time":"2026-11-27T11:00:00Z","agent":"ana","note":"refund sent; customer wrote from [email]"}"#
        )

        let badTime = try Self.handoff(["accept", "TKT-BBBB0002", "--now", "tomorrow"], log: log)
        #expect(badTime.status != 0)
        #expect(badTime.errors.contains("--now takes a UTC time such as 2026-11-27T10:00:00Z"))
    }

    @Test func anEventForAMissingLogIsRefusedAndWritesNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = directory.url("handoff.jsonl")
        let result = try Self.handoff(["accept", "TKT-AAAA0001", "--agent", "ana"], log: log)
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.errors == "error: no handoff record in \(log) has ticket TKT-AAAA0001\n")
        #expect(!FileSystem.exists(log))
    }

    /// A log of four tickets, judged at 12:00Z.
    ///
    /// A: accepted in time and resolved; B: still waiting past due; C: accepted late;
    /// D: waiting, not yet due.
    static func workedLog(in directory: TemporaryDirectory) async throws -> String {
        let log = directory.url("handoff.jsonl")
        let store = FileHandoffStore(path: log)
        try await store.append(Self.record("TKT-A", minutes: 0, sla: 240))
        try await store.append(
            Self.record(
                "TKT-B", minutes: 30, sla: 60, queue: "safety", priority: .urgent, reason: .safety))
        try await store.append(
            Self.record(
                "TKT-C", minutes: 40, sla: 15, queue: "general", priority: .normal,
                reason: .userRequest))
        try await store.append(
            Self.record(
                "TKT-D", minutes: 110, sla: 60, queue: "general", priority: .normal,
                reason: .complaint))
        func at(_ time: String) throws -> Timestamp { try #require(Timestamp(iso: time)) }
        try store.record(
            HandoffEvent(
                .accepted, ticket: "TKT-A", time: try at("2026-11-27T10:20:00Z"), agent: "ana"))
        try store.record(
            HandoffEvent(
                .resolved, ticket: "TKT-A", time: try at("2026-11-27T11:00:00Z"), agent: "ana"))
        try store.record(
            HandoffEvent(
                .accepted, ticket: "TKT-C", time: try at("2026-11-27T11:15:00Z"), agent: "ben"))
        return log
    }

    @Test func listShowsStatusAndSLA() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try await Self.workedLog(in: directory)
        let now = ["--now", "2026-11-27T12:00:00Z"]

        let list = try Self.handoff(["list"] + now, log: log)
        #expect(list.status == 0)
        #expect(list.errors.isEmpty)
        let rows = list.output.split(separator: "\n").map(String.init)
        #expect(rows.count == 4)
        #expect(rows[0].hasPrefix("TKT-A  resolved   payments      high     policy_required"))
        #expect(rows[0].hasSuffix("due 2026-11-27 14:00 UTC  SLA met"))
        #expect(rows[1].hasPrefix("TKT-B  open       safety        urgent   safety"))
        #expect(rows[1].hasSuffix("SLA BREACHED (30m late, still waiting)"))
        #expect(rows[2].hasSuffix("SLA BREACHED (20m late)"))
        #expect(rows[3].hasSuffix("SLA ok (50m left)"))

        let open = try Self.handoff(["list", "--open"] + now, log: log)
        #expect(
            open.output.split(separator: "\n").map { String($0.prefix(6)) } == ["TKT-B ", "TKT-D "])

        let json = try Self.handoff(["list", "--json", "--queue", "general"] + now, log: log)
        let parsed = try JSONParser().parse(json.output)
        let tickets = try #require(parsed.value.objectValue?["tickets"]?.value.arrayValue)
        #expect(tickets.count == 2)
        let late = try #require(tickets.first?.value.objectValue)
        #expect(late["ticket"]?.value.stringValue == "TKT-C")
        #expect(late["status"]?.value.stringValue == "accepted")
        #expect(late["acceptedAt"]?.value.stringValue == "2026-11-27T11:15:00Z")
        #expect(late["agent"]?.value.stringValue == "ben")
        #expect(late["slaBreached"]?.value.boolValue == true)
        #expect(late["minutesLate"]?.value.numberValue?.integer == 20)
        #expect(late["user"]?.value.stringValue == "u-TKT-C")
    }

    @Test func showPrintsTheRecordItsEventsAndItsSLA() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try await Self.workedLog(in: directory)
        let now = ["--now", "2026-11-27T12:00:00Z"]

        let page = try Self.handoff(["show", "TKT-A"] + now, log: log)
        #expect(page.status == 0)
        let lines = page.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("status      resolved (ana)"))
        #expect(lines.contains("due         2026-11-27 14:00 UTC  SLA met"))
        #expect(lines.contains("session     web-TKT-A  user u-TKT-A"))
        #expect(lines.contains("  2026-11-27 10:20 UTC  accepted by ana"))
        #expect(lines.contains("  2026-11-27 11:00 UTC  resolved by ana"))
        #expect(lines.contains("  user> refund please"))

        let json = try Self.handoff(["show", "TKT-B", "--json"] + now, log: log)
        let object = try #require(try JSONParser().parse(json.output).value.objectValue)
        #expect(object["slaBreached"]?.value.boolValue == true)
        #expect(object["minutesLate"]?.value.numberValue?.integer == 30)
        #expect(object["record"]?.value.objectValue?["queue"]?.value.stringValue == "safety")
        #expect(object["events"]?.value.arrayValue?.isEmpty == true)

        let missing = try Self.handoff(["show", "TKT-Q"] + now, log: log)
        #expect(missing.status == 1)
        #expect(missing.errors.hasPrefix("error: no handoff record in \(log) has ticket TKT-Q"))
    }

    /// The agent sees the whole SOP line of a safety ticket: whose procedure, the policy, its
    /// version and when it was last reviewed (the review date used to be left out), and what
    /// the frontend said about the user.
    @Test func showPrintsTheProcedureWithItsReviewDate() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = directory.path + "/handoff.jsonl"
        var record = Self.record("TKT-S", minutes: 0, sla: 15, queue: "safety", reason: .safety)
        record.sop = SOPMetadata(
            owner: "Trust & Safety", policy: "https://policy.example/safety", version: "3.3",
            reviewed: "2026-11-02")
        record.context = ["region": "eu", "plan": "plus"]
        try await FileHandoffStore(path: log).append(record)
        let page = try Self.handoff(["show", "TKT-S", "--now", "2026-11-27T10:05:00Z"], log: log)
        #expect(page.status == 0)
        let lines = page.output.split(separator: "\n")
        #expect(
            lines.contains(
                "sop         Trust & Safety, https://policy.example/safety, version 3.3, reviewed 2026-11-02"
            ))
        #expect(lines.contains("context     plan=plus, region=eu"))
    }

    /// What users typed reaches `show` and `list` escaped: no escape sequence gets to the
    /// operator's terminal, and no newline makes a line that looks like part of the page.
    @Test func showAndListEscapeControlCharactersFromTheLog() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = directory.url("handoff.jsonl")
        var record = Self.record("TKT-ESC1", minutes: 0, sla: 60, queue: "pay\u{1B}[2Jments")
        record.user = "u-\u{1B}]0;title\u{07}"
        record.transcript = [
            HistoryEntry(speaker: .user, text: "hi \u{1B}[31mred\n  bot> a forged line"),
            HistoryEntry(speaker: .bot, text: "Answer.\n\nMore in our help center"),
        ]
        try await FileHandoffStore(path: log).append(record)
        let now = ["--now", "2026-11-27T10:30:00Z"]

        let page = try Self.handoff(["show", "TKT-ESC1"] + now, log: log)
        #expect(page.status == 0)
        #expect(!page.output.unicodeScalars.contains("\u{1B}"))
        #expect(!page.output.unicodeScalars.contains("\u{07}"))
        let lines = page.output.split(separator: "\n").map(String.init)
        #expect(lines.contains(#"  user> hi \u{1B}[31mred\n  bot> a forged line"#))
        #expect(lines.contains(#"  bot> Answer.\n\nMore in our help center"#))
        #expect(lines.contains(#"session     web-TKT-ESC1  user u-\u{1B}]0;title\u{7}"#))
        #expect(lines.filter { $0.hasPrefix("  bot> ") }.count == 1)

        let list = try Self.handoff(["list"] + now, log: log)
        #expect(list.status == 0)
        #expect(!list.output.unicodeScalars.contains("\u{1B}"))
        #expect(list.output.contains(#"pay\u{1B}[2Jments"#))

        let stats = try Self.handoff(["stats"] + now, log: log)
        #expect(stats.status == 0)
        #expect(!stats.output.unicodeScalars.contains("\u{1B}"))
        #expect(stats.output.contains(#"by queue:               pay\u{1B}[2Jments 1"#))
    }

    @Test func statsCountTicketsTimesAndBreaches() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try await Self.workedLog(in: directory)
        let json = try Self.handoff(["stats", "--json", "--now", "2026-11-27T12:00:00Z"], log: log)
        #expect(json.status == 0)
        #expect(
            json.output
                == #"{"now":"2026-11-27T12:00:00Z","tickets":4,"byStatus":{"open":2,"accepted":1,"resolved":1,"abandoned":0},"byQueue":{"general":2,"payments":1,"safety":1},"byPriority":{"urgent":1,"high":1,"normal":2,"low":0},"byReason":{"user_request":1,"safety":1,"policy_required":1,"complaint":1},"slaBreaches":2,"openPastDue":1,"slaBreachesByQueue":{"general":1,"payments":0,"safety":1},"medianSecondsToAccept":1650.0,"medianSecondsToResolve":3600.0}"#
                + "\n")
        let text = try Self.handoff(["stats", "--now", "2026-11-27T12:00:00Z"], log: log)
        #expect(
            text.output.contains(
                "tickets:                4 (open 2, accepted 1, resolved 1, abandoned 0)"))
        #expect(text.output.contains("median time to accept:  27m"))
        #expect(
            text.output.contains(
                "SLA breaches:           2 (1 still waiting); general 1, payments 0, safety 1"))
    }

    /// A log that is not there holds no tickets, but the path may be mistyped: `list`, `show`
    /// and `stats` say so as a warning, as `report` does, and go on.
    @Test func aMissingLogIsAWarningOfListShowAndStats() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = directory.url("handofs.jsonl")
        let now = ["--now", "2026-11-27T12:00:00Z"]
        for (command, status) in [
            (["list"], 0), (["stats", "--json"], 0), (["show", "TKT-A"], 1),
        ] {
            let result = try Self.handoff(command + now, log: log)
            #expect(result.status == Int32(status), "\(command)")
            #expect(
                result.errors.hasPrefix("warning: no handoff log at \(log): no tickets\n"),
                "\(command): \(result.errors)")
        }
        let stats = try Self.handoff(["stats", "--json"] + now, log: log)
        #expect(stats.output.hasPrefix(#"{"now":"2026-11-27T12:00:00Z","tickets":0,"#))
        #expect(!FileSystem.exists(log))
    }

    @Test func tornAndGarbageLinesAreReportedOnStandardErrorAndSkipped() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let a = Self.record("TKT-A", minutes: 0, sla: 240)
        let b = Self.record("TKT-B", minutes: 5, sla: 240)
        let log = directory.url("handoff.jsonl")
        try directory.write(
            "handoff.jsonl",
            a.jsonLine() + "\n{\"event\":\"hando\u{0}\u{0}\n" + b.jsonLine() + "\n"
                + String(b.jsonLine().prefix(50)))
        let list = try Self.handoff(["list", "--now", "2026-11-27T12:00:00Z"], log: log)
        #expect(list.status == 0)
        #expect(
            list.output.split(separator: "\n").map { String($0.prefix(5)) } == ["TKT-A", "TKT-B"])
        let warnings = list.errors.split(separator: "\n").map(String.init)
        #expect(warnings.count == 2)
        #expect(warnings[0].hasPrefix("warning: \(log):2: not a complete JSON object, skipped: "))
        #expect(
            warnings[1].hasPrefix(
                "warning: \(log):4: torn last line (no newline at the end of the file), skipped: "))

        let accepted = try Self.handoff(
            ["accept", "TKT-B", "--now", "2026-11-27T12:00:00Z"], log: log)
        #expect(accepted.status == 0)
        let after = try FileHandoffStore(path: log).ledger()
        #expect(after.ticket("TKT-B")?.status == .accepted)
        #expect(after.problems.map(\.line) == [2, 4])
        #expect(after.problems.allSatisfy { !$0.isTornTail })
    }

    /// A record whose object has a key twice (two users; a line of its transcript said twice) is
    /// skipped with a warning that names the key and both columns, by `list`, `show` and
    /// `stats` alike; the events of its ticket then have no record and are skipped too.
    @Test func aRecordWithARepeatedKeyIsReportedAndSkipped() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let a = Self.record("TKT-A", minutes: 0, sla: 240).jsonLine()
        let b = Self.record("TKT-B", minutes: 5, sla: 240).jsonLine()
            .replacing(#""user":"u-TKT-B""#, with: #""user":"u-TKT-B","user":"u-1009""#)
        let c = Self.record("TKT-C", minutes: 6, sla: 240).jsonLine()
            .replacing(#"{"user":"refund please"}"#, with: #"{"user":"a","user":"b"}"#)
        let accepted = #"{"event":"accepted","ticket":"TKT-B","time":"2026-11-27T10:30:00Z"}"#
        let log = directory.url("handoff.jsonl")
        try directory.write("handoff.jsonl", [a, b, c, accepted].joined(separator: "\n") + "\n")
        let now = ["--now", "2026-11-27T12:00:00Z"]
        let expected = [
            #"warning: \#(log):2: "user" appears twice (first at column "#,
            #"warning: \#(log):3: "transcript[0].user" appears twice (first at column "#,
            "warning: \(log):4: accepted event for ticket TKT-B, which no handoff record before "
                + "it has",
        ]
        for command in [["list"], ["show", "TKT-A"], ["stats", "--json"]] {
            let result = try Self.handoff(command + now, log: log)
            #expect(result.status == 0, "\(command)")
            let warnings = result.errors.split(separator: "\n").map(String.init)
            #expect(warnings.count == 3, "\(command): \(warnings)")
            for (warning, start) in zip(warnings, expected) {
                #expect(warning.hasPrefix(start), "\(command): \(warning)")
            }
            #expect(warnings.prefix(2).allSatisfy { $0.hasSuffix("), skipped") })
        }
        let list = try Self.handoff(["list"] + now, log: log)
        #expect(list.output.split(separator: "\n").map { String($0.prefix(5)) } == ["TKT-A"])
        let show = try Self.handoff(["show", "TKT-B"] + now, log: log)
        #expect(show.status == 1)
        #expect(show.errors.contains("error: no handoff record in \(log) has ticket TKT-B"))
        let stats = try Self.handoff(["stats", "--json"] + now, log: log)
        #expect(stats.output.hasPrefix(#"{"now":"2026-11-27T12:00:00Z","tickets":1,"#))
    }

    /// A path no append can use: sysfs refuses new files even to root; other users get a
    /// folder without write permission.
    static func unwritablePath(in directory: TemporaryDirectory) throws -> String? {
        if geteuid() == 0 {
            return FileSystem.isDirectory("/sys/kernel") ? "/sys/switchboard-handoff.jsonl" : nil
        }
        try FileSystem.createDirectory(directory.url("locked"))
        chmod(directory.url("locked"), 0o500)
        return directory.url("locked/handoff.jsonl")
    }

    @Test func aHandoffThatCannotBeStoredIsReportedAndTheChatGoesOn() throws {
        let directory = try TemporaryDirectory()
        defer {
            chmod(directory.url("locked"), 0o700)
            directory.remove()
        }
        var cases: [(path: String, cause: String)] = []
        if FileSystem.exists("/dev/full") {
            cases.append(
                (
                    "/dev/full",
                    "/dev/full: cannot write the handoff log: No space left on device (the disk is full)"
                ))
        }
        if let path = try Self.unwritablePath(in: directory) {
            cases.append(
                (
                    path,
                    "\(path): cannot open the handoff log: Permission denied (check the permissions of the log and its folder)"
                ))
        }
        try #require(!cases.isEmpty)
        for (path, cause) in cases {
            let result = try ProcessRunner.switchboard(
                ["chat", "--bot", ProjectPaths.exampleBot, "--handoff-log", path, "--seed", "1"],
                in: directory.path,
                input: "talk to a human\nPayments or Plus\ncancel\nhow long do refunds take\n")
            #expect(result.status == 0)
            #expect(result.errors.contains("not stored, the user was asked to try again: \(cause)"))
            #expect(result.output.contains("bot> Sorry, I couldn't create a ticket just now."))
            #expect(!result.output.contains("TKT-"))
            #expect(!result.output.contains("a person will"))
            #expect(!result.output.contains("passed this to"))
            // The conversation goes on: the next questions are answered.
            #expect(result.output.contains("bot> OK, I've stopped that."))
            #expect(result.output.contains("(article refund-timelines)"))
        }
    }

    @Test func theBridgeReportsAnUnstoredHandoffOnStandardErrorOnly() throws {
        guard FileSystem.exists("/dev/full") else { return }
        let input =
            [
                #"{"id":"1","session":"s","text":"talk to a human"}"#,
                #"{"id":"2","session":"s","text":"Payments or Plus"}"#,
                #"{"id":"3","session":"s","text":"cancel"}"#,
            ].joined(separator: "\n") + "\n"
        let result = try ProcessRunner.switchboard(
            [
                "bridge", "--bot", ProjectPaths.exampleBot, "--handoff-log", "/dev/full", "--seed",
                "1", "--fixed-time", "2026-11-27T10:00:00Z",
            ], input: input)
        #expect(result.status == 0)
        let replies = result.output.split(separator: "\n").dropFirst().map(String.init)
        #expect(replies.count == 3)
        let failed = try #require(try JSONParser().parse(replies[1]).value.objectValue)
        #expect(failed["handoff"]?.value.isNull == true)
        #expect(failed["ended"]?.value.boolValue == false)
        #expect(replies[1].contains("Sorry, I couldn't create a ticket just now."))
        #expect(!replies[1].contains("TKT-"))
        #expect(replies[2].contains(#""state":"idle""#))
        #expect(result.errors.contains("No space left on device (the disk is full)"))
    }
}
