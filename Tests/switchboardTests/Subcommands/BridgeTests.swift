import SwitchboardCore
import SwitchboardTesting
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// End-to-end tests of `switchboard bridge`: the built binary, real pipes, real files.
@Suite struct BridgeTests {
    /// Seed and clock for reproducible tickets and due times; the example bot's actions are
    /// answered from its mocks, so every line gets exactly one response (protocol 1).
    static let reproducible = [
        "--seed", "7", "--fixed-time", "2026-11-27T10:00:00Z", "--mocks",
        ProjectPaths.exampleBot + "/mocks.json",
    ]

    /// Conversations through different flows of the example bot, by session id.
    static let scripts: [(session: String, texts: [String])] = [
        (
            "valid-refund",
            [
                "I want a refund", "TP-12345678", "My coins never arrived", "4.99", "yesterday",
                "yes", "5",
            ]
        ),
        ("valid-human", ["hello", "talk to a human", "Payments or Plus", "are you there?"]),
        ("Valid/Escaped Ünïcode", ["how do I reset my password", "I can't sign in", "thanks"]),
        ("valid-kb", ["how long do refunds take", "what is tidepool plus", "asdf qwer", "zzz"]),
        (
            "valid-safety",
            [
                "someone hacked my account", "no", "me@example.com", "yes", "safe@example.org",
                "no",
                "what now",
            ]
        ),
        ("valid-cancel", ["I want a refund", "cancel", "bye"]),
    ]

    /// A request line.
    static func line(_ session: String, _ text: String, id: String) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("id")
        writer.string(id)
        writer.key("session")
        writer.string(session)
        writer.key("text")
        writer.string(text)
        writer.endObject()
        return writer.text
    }

    private func run(
        _ arguments: [String], input: String, in directory: TemporaryDirectory
    ) throws -> ProcessRunner.Result {
        try ProcessRunner.switchboard(
            [
                "bridge", "--bot", ProjectPaths.exampleBot, "--handoff-log",
                directory.url("handoff.jsonl"),
            ] + Self.reproducible + arguments, in: directory.path, input: input)
    }

    private func lines(_ output: String) -> [String] {
        output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    private func object(_ line: String) -> JSONObject? {
        (try? JSONParser().parse(line))?.value.objectValue
    }

    // MARK: The documented protocol

    /// Every `→`/`←` block of docs/bridge.md, run against the example bot.
    @Test func theDocumentedExchangesHappenAsWritten() throws {
        let document = String(
            decoding: try FileSystem.read(ProjectPaths.root + "/docs/bridge.md"), as: UTF8.self)
        var blocks: [[String]] = []
        var current: [String]?
        for line in document.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "```text" {
                current = []
            } else if line == "```", let block = current {
                blocks.append(block)
                current = nil
            } else if current != nil {
                current?.append(String(line))
            }
        }
        #expect(blocks.count >= 2)
        for block in blocks {
            let sent = block.filter { $0.hasPrefix("→ ") }.map { String($0.dropFirst(2)) }
            let expected = block.filter { $0.hasPrefix("← ") }.map { String($0.dropFirst(2)) }
            #expect(sent.count + expected.count == block.count, "only → and ← lines in examples")
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let result = try self.run(
                [], input: sent.map { $0 + "\n" }.joined(), in: directory)
            #expect(result.status == 0)
            let got = self.lines(result.output).map {
                $0.replacing(/"botHash":"sha256:[0-9a-f]+"/, with: #""botHash":"sha256:…""#)
            }
            #expect(got.count == expected.count)
            for (index, (want, have)) in zip(expected, got).enumerated() where want != have {
                Issue.record(
                    "docs/bridge.md example line \(index + 1):\nExpected \(want)\nGot      \(have)")
            }
        }
    }

    // MARK: Bad input

    /// Malformed lines of every kind, generated from a seed.
    struct Fuzz {
        var random: SplitMix64
        let maxLineBytes: Int

        mutating func pick<T>(_ choices: [T]) -> T {
            choices[Int(self.random.next() % UInt64(choices.count))]
        }

        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(self.random.next() % UInt64(range.count))
        }

        /// A line that must get an error; `openSessions` may be named (to check that a bad
        /// line naming a live session leaves it alone).
        mutating func badLine(openSessions: [String]) -> [UInt8] {
            let session = openSessions.isEmpty ? "ghost" : self.pick(openSessions)
            let valid = #"{"id":"x","session":"\#(session)","text":"I want a refund"}"#
            switch self.int(0...14) {
            case 0:
                return (0..<self.int(1...200)).map { _ in
                    let byte = UInt8(truncatingIfNeeded: self.random.next())
                    return byte == 0x0A ? 0x20 : byte
                }
            case 1:
                let cut = self.int(1...(valid.utf8.count - 1))
                return Array(valid.utf8.prefix(cut))
            case 2:
                let depth = self.int(5...5000)
                return Array((String(repeating: self.pick(["[", #"{"a":"#]), count: depth)).utf8)
            case 3:
                return Array(
                    self.pick([
                        "1", "-2.5e7", #""text""#, "[]", "[1,2]", "true", "null",
                        #"[{"session":"a","text":"b"}]"#,
                    ]).utf8)
            case 4:
                return Array(
                    self.pick([
                        #"{"text":"hi"}"#, #"{"session":"\#(session)"}"#, #"{"type":"start"}"#,
                        "{}", #"{"type":"end"}"#,
                    ]).utf8)
            case 5:
                return Array(
                    self.pick([
                        #"{"session":7,"text":"hi"}"#, #"{"session":["\#(session)"],"text":"hi"}"#,
                        #"{"session":"\#(session)","text":42}"#,
                        #"{"session":"\#(session)","text":"hi","context":[1]}"#,
                        #"{"session":"\#(session)","text":"hi","user":{}}"#,
                        #"{"id":{},"session":"\#(session)","text":"hi"}"#,
                        #"{"session":"","text":"hi"}"#,
                        #"{"session":"\#(String(repeating: "s", count: 81))","text":"hi"}"#,
                        #"{"session":"\#(session)","text":"hi","context":{"a":{"b":1}}}"#,
                    ]).utf8)
            case 6:
                return Array(
                    #"{"id":\#(self.int(0...999)),"type":"\#(self.pick(["shout", "Message", "", "pong", "reply"]))","session":"\#(session)","text":"hi"}"#
                        .utf8)
            case 7:
                return Array(self.pick(["", " ", "\t\t", "  \r"]).utf8)
            case 8:
                let length = self.int((self.maxLineBytes + 1)...(self.maxLineBytes * 8))
                return [UInt8](repeating: UInt8(ascii: "x"), count: length)
            case 9:
                return Array(
                    #"{"type":"\#(self.pick(["end", "state"]))","session":"ghost-\#(self.int(0...99))"}"#
                        .utf8)
            case 10:
                return Array(#"{"session":"\#(session)","text":""#.utf8) + [
                    self.pick([0xFF, 0xC0, 0xED, 0xF8])
                ] + Array(#""}"#.utf8)
            case 11:
                return Array(#"{"session":"\#(session)","session":"other","text":"hi"}"#.utf8)
            case 12:
                return openSessions.isEmpty
                    ? Array("nope".utf8) : Array(#"{"type":"start","session":"\#(session)"}"#.utf8)
            case 13:
                return Array(#"{"session":"\#(session)","text":"hi","#.utf8)
                    + Array(repeating: UInt8(ascii: " "), count: self.int(0...10))
            default:
                return Array(
                    self.pick([
                        "{'session':'a'}", "{session:a}", #"{"session":"a","text":"hi"} x"#, "NaN",
                        #"{"a":1,}"#, "\u{FEFF}{}",
                    ]).utf8)
            }
        }
    }

    /// Ids are logged unmasked, so a frontend that passes an email address as the user id
    /// puts it on every line: the bridge says so once, without the id.
    @Test func anIDHoldingPersonalDataIsWarnedAboutOnce() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let input = [
            #"{"session":"web-1","user":"jane.doe@example.com","text":"hello"}"#,
            #"{"session":"+44 20 7946 0958","text":"hello"}"#,
            #"{"session":"web-2","user":"u-2","text":"hello"}"#,
        ].map { $0 + "\n" }.joined()
        let result = try self.run([], input: input, in: directory)
        #expect(result.status == 0)
        let warnings = result.errors.split(separator: "\n").filter { $0.contains("opaque ids") }
        #expect(warnings.count == 1, "\(result.errors)")
        #expect(warnings.first?.contains("user id holds personal data ([email])") == true)
        #expect(!result.errors.contains("jane") && !result.errors.contains("7946"))

        let clean = try self.run(
            [], input: #"{"session":"web-3","user":"u-3","text":"hello"}"# + "\n", in: directory)
        #expect(!clean.errors.contains("opaque ids"))
    }

    /// At least 10,000 malformed lines mixed with six conversations: one response per line,
    /// every bad line an error, every conversation exactly as when it runs alone.
    @Test func aFloodOfBadLinesChangesNoConversation() throws {
        let maxLineBytes = 2048
        var fuzz = Fuzz(random: SplitMix64(seed: 2026), maxLineBytes: maxLineBytes)
        var queues = Self.scripts.map { script in
            script.texts.enumerated().map {
                Self.line(script.session, $1, id: "\(script.session)#\($0)")
            }
        }
        var input: [UInt8] = []
        var isBad: [Bool] = []
        var open: [String] = []
        var badCount = 0
        while queues.contains(where: { !$0.isEmpty }) || badCount < 10_000 {
            if badCount < 10_000, fuzz.int(0...199) != 0 || queues.allSatisfy(\.isEmpty) {
                input += fuzz.badLine(openSessions: open) + [0x0A]
                isBad.append(true)
                badCount += 1
            } else {
                let available = queues.indices.filter { !queues[$0].isEmpty }
                let next = fuzz.pick(available)
                input += Array(queues[next].removeFirst().utf8) + [0x0A]
                isBad.append(false)
                if !open.contains(Self.scripts[next].session) {
                    open.append(Self.scripts[next].session)
                }
            }
        }
        // The input ends in the middle of a line.
        input += Array(#"{"session":"valid-refund","text":"I want"#.utf8)
        isBad.append(true)

        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("input", bytes: input)
        let result = try ProcessRunner.run(
            "/bin/sh",
            [
                "-c",
                "exec \"$0\" bridge --bot \"$1\" --handoff-log \"$2\" --max-line-bytes \(maxLineBytes) "
                    + Self.reproducible.joined(separator: " ") + " < \"$3\"",
                ProcessRunner.switchboardExecutable, ProjectPaths.exampleBot,
                directory.url("handoff.jsonl"), directory.url("input"),
            ])
        #expect(result.status == 0)
        let output = self.lines(result.output)
        #expect(isBad.count > 10_000)
        #expect(output.count == isBad.count + 1, "one response per line, after the ready line")
        #expect(self.object(output.first ?? "")?["type"]?.value.stringValue == "ready")
        var replies: [String: [String]] = [:]
        for (index, line) in output.dropFirst().enumerated() where index < isBad.count {
            guard let object = self.object(line) else {
                Issue.record("output line \(index + 2) is not a JSON object: \(line)")
                continue
            }
            let type = object["type"]?.value.stringValue
            if isBad[index] {
                if type != "error" { Issue.record("bad input line \(index + 1) got \(line)") }
            } else if type == "reply", let session = object["session"]?.value.stringValue {
                replies[session, default: []].append(line)
            } else {
                Issue.record("valid input line \(index + 1) got \(line)")
            }
        }
        #expect(output.last?.contains(#""code":"incomplete_line""#) == true)

        let mixedHandoffs = try FileHandoffStore(path: directory.url("handoff.jsonl")).read()
        var aloneHandoffs = 0
        for script in Self.scripts {
            let alone = try TemporaryDirectory()
            defer { alone.remove() }
            let lines = script.texts.enumerated().map {
                Self.line(script.session, $1, id: "\(script.session)#\($0)") + "\n"
            }
            let result = try self.run(
                ["--max-line-bytes", "\(maxLineBytes)"], input: lines.joined(), in: alone)
            #expect(replies[script.session] == Array(self.lines(result.output).dropFirst()))
            aloneHandoffs += try FileHandoffStore(path: alone.url("handoff.jsonl")).read().records
                .count
        }
        #expect(mixedHandoffs.skippedLines == 0)
        #expect(mixedHandoffs.records.count == aloneHandoffs)
        #expect(aloneHandoffs >= 2)
    }

    /// A line far over the limit streams through without being held in memory.
    @Test func anEndlessLineIsSkippedNotBuffered() throws {
        let bridge = try PipedProcess(
            ProcessRunner.switchboardExecutable,
            ["bridge", "--bot", ProjectPaths.exampleBot, "--max-line-bytes", "1024"])
        #expect(bridge.readLine()?.contains(#""type":"ready""#) == true)
        let before = Self.residentBytes(bridge.pid)
        let chunk = [UInt8](repeating: UInt8(ascii: "y"), count: 1 << 20)
        for _ in 0..<64 { try bridge.write(bytes: chunk) }
        try bridge.write("\n" + #"{"id":1,"type":"ping"}"# + "\n")
        let error = bridge.readLine()
        #expect(error?.contains(#""code":"line_too_long""#) == true)
        #expect(error?.contains("67108864 bytes") == true)
        #expect(bridge.readLine() == #"{"id":1,"type":"pong","protocol":1,"sessions":0}"#)
        let after = Self.residentBytes(bridge.pid)
        #expect(after - before < 16 << 20, "resident memory grew by \(after - before) bytes")
        bridge.closeInput()
        #expect(bridge.wait() == 0)
    }

    // MARK: Sessions across restarts

    /// Three conversations, the bridge stopped halfway (once at the end of its input, once
    /// killed), then restarted with the same --state-dir: every conversation carries on as if
    /// nothing had happened.
    @Test func aRestartedBridgeResumesEveryConversation() throws {
        let scripts = Array(Self.scripts.prefix(3))
        func lines(_ part: Int) -> [String] {
            var lines: [String] = []
            let halves = scripts.map { script in
                let half = script.texts.count / 2
                let texts =
                    part == 0
                    ? Array(script.texts.prefix(half)) : Array(script.texts.dropFirst(half))
                return texts.map { Self.line(script.session, $0, id: "\(part)") }
            }
            for index in 0..<(halves.map(\.count).max() ?? 0) {
                for half in halves where index < half.count { lines.append(half[index]) }
            }
            return lines
        }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let uninterrupted = try self.run(
            [], input: (lines(0) + lines(1)).map { $0 + "\n" }.joined(), in: directory)
        let expected = Array(self.lines(uninterrupted.output).dropFirst(1 + lines(0).count))

        let state = directory.url("state")
        let first = try self.run(
            ["--state-dir", state], input: lines(0).map { $0 + "\n" }.joined(), in: directory)
        #expect(first.status == 0)
        #expect(
            try FileSystem.entries(of: state).filter { $0 != ".lock" }.sorted() == [
                "_56alid_2f_45scaped_20_c3_9cn_c3_afcode.json", "valid-human.json",
                "valid-refund.json",
            ])
        let second = try self.run(
            ["--state-dir", state], input: lines(1).map { $0 + "\n" }.joined(), in: directory)
        let output = self.lines(second.output)
        #expect(output.first?.contains(#""sessions":3"#) == true)
        #expect(Array(output.dropFirst()) == expected)

        // Killed without warning after two turns: those turns are kept.
        let killedState = directory.url("killed")
        let killed = try PipedProcess(
            ProcessRunner.switchboardExecutable,
            [
                "bridge", "--bot", ProjectPaths.exampleBot, "--handoff-log",
                directory.url("h2.jsonl"), "--state-dir", killedState,
            ] + Self.reproducible)
        _ = killed.readLine()
        for line in lines(0) {
            try killed.write(line + "\n")
            _ = killed.readLine()
        }
        killed.send(signal: SIGKILL)
        #expect(killed.wait() == 128 + SIGKILL)
        let resumed = try self.run(
            ["--state-dir", killedState], input: lines(1).map { $0 + "\n" }.joined(), in: directory)
        #expect(Array(self.lines(resumed.output).dropFirst()) == expected)

        // Ending a session deletes its file.
        let ended = try self.run(
            ["--state-dir", state], input: #"{"type":"end","session":"valid-human"}"# + "\n",
            in: directory)
        #expect(ended.status == 0)
        #expect(try FileSystem.entries(of: state).filter { $0 != ".lock" }.count == 2)
    }

    // MARK: Stopping

    @Test func sigtermEndsTheBridgeCleanly() throws {
        let bridge = try PipedProcess(
            ProcessRunner.switchboardExecutable, ["bridge", "--bot", ProjectPaths.exampleBot])
        #expect(bridge.readLine()?.contains(#""type":"ready""#) == true)
        try bridge.write(#"{"id":1,"type":"ping"}"# + "\n")
        #expect(bridge.readLine()?.contains(#""type":"pong""#) == true)
        bridge.send(signal: SIGTERM)
        #expect(bridge.wait() == 0)
        #expect(bridge.readLine() == nil)
    }

    @Test func aClosedOutputEndsTheBridgeWithoutACrash() throws {
        let bridge = try PipedProcess(
            ProcessRunner.switchboardExecutable, ["bridge", "--bot", ProjectPaths.exampleBot])
        #expect(bridge.readLine()?.contains(#""type":"ready""#) == true)
        bridge.closeOutput()
        for index in 0..<100 {
            // The bridge may be gone before all of these are written.
            try? bridge.write(#"{"id":\#(index),"type":"ping"}"# + "\n")
        }
        bridge.closeInput()
        #expect(bridge.wait() == 0)
        #expect(!bridge.errors().contains("Fatal error"))
    }

    @Test func theEndOfInputEndsTheBridge() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try self.run([], input: "", in: directory)
        #expect(result.status == 0)
        #expect(self.lines(result.output).count == 1)
        #expect(result.errors.isEmpty)
    }

    /// A conversation log that cannot be written is reported once, and never said to work
    /// again while every write fails: the bridge holds a batch's lines until its replies go
    /// out, and holding them (or flushing nothing) is no sign that the file works.
    @Test func aConversationLogThatNeverWorksIsNeverSaidToWorkAgain() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = directory.url("missing-folder/conversations.jsonl")
        let input = ["hi", "hello", "thanks"].enumerated().map {
            Self.line("s-1", $1, id: "\($0)") + "\n"
        }
        let result = try self.run(
            ["--conversation-log", log], input: input.joined(), in: directory)
        #expect(result.status == 0)
        #expect(self.lines(result.output).count == 4)
        let errors = result.errors.split(separator: "\n")
        #expect(errors.filter { $0.contains("the conversation log failed") }.count == 1)
        #expect(!result.errors.contains("the conversation log works again"))
    }

    // MARK: Actions

    /// A frontend whose `action_result` is malformed (protocol 1.3): the pending call fails at
    /// once, through a real pipe and the real clock, long before its 30-second timeout, and
    /// the reply names what was wrong; a malformed line for no pending call is only refused.
    @Test func aMalformedResultFailsThePendingCallWithoutWaitingForItsTimeout() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy(from: ProjectPaths.exampleBot, to: "tidepool")
        let flows = try directory.read("tidepool/flows/payments.json")
        let slow = flows.replacing(
            "\"timeout\": 5,\n          \"next\": \"check_order\"",
            with: "\"timeout\": 30,\n          \"next\": \"check_order\"")
        #expect(slow != flows, "the order lookup's timeout is 30 s")
        try directory.write("tidepool/flows/payments.json", slow)
        let bridge = try PipedProcess(
            ProcessRunner.switchboardExecutable,
            [
                "bridge", "--bot", directory.url("tidepool"), "--seed", "7", "--handoff-log",
                directory.url("handoff.jsonl"),
            ])
        #expect(bridge.readLine()?.contains(#""version":"1.5""#) == true)
        try bridge.write(#"{"id":1,"session":"w","text":"refund for TP-12345678"}"# + "\n")
        let waiting = try #require(self.object(bridge.readLine() ?? ""))
        #expect(waiting.string("state") == "refund.lookup_order")
        let action = try #require(self.object(bridge.readLine() ?? ""))
        #expect(action["timeoutMs"]?.value.numberValue?.integer == 30_000)
        let call = try #require(action.string("call"))
        #expect(waiting.string("actionFollows") == call)

        // A malformed line for a call the session does not wait for changes nothing.
        try bridge.write(
            #"{"id":2,"type":"action_result","session":"w","call":"C9-OTHER","ok":"yes"}"#
                + "\n")
        let refused = try #require(self.object(bridge.readLine() ?? ""))
        #expect(refused.string("type") == "error")
        #expect(refused["error"]?.value.objectValue?.string("code") == "invalid_field")

        // The same mistake for the pending call fails it now, not in 30 s.
        try bridge.write(
            #"{"id":3,"type":"action_result","session":"w","call":"\#(call)","ok":"yes"}"#
                + "\n")
        let reply = try #require(self.object(bridge.readLine(seconds: 20) ?? ""))
        #expect(reply.string("type") == "reply")
        #expect(reply["id"]?.value.numberValue?.integer == 3)
        let outcome = try #require(reply["action"]?.value.objectValue)
        #expect(outcome.string("call") == call)
        #expect(outcome.string("outcome") == "failure")
        #expect(outcome["error"]?.value.objectValue?.string("code") == "invalid_field")
        #expect(reply.string("state") == "ended")
        let said =
            reply["messages"]?.value.arrayValue?.first?.value.objectValue?.string("text") ?? ""
        #expect(said.hasPrefix("I couldn't find order TP-12345678"), "\(said)")
        #expect(reply["handoff"]?.value.objectValue?.string("queue") == "payments")
        bridge.closeInput()
        // Nothing is left pending: the input's end writes no timeout reply.
        #expect(bridge.readLine(seconds: 20) == nil)
        #expect(bridge.wait() == 0)
    }

    // MARK: Options

    @Test func badOptionsWriteNothingToStandardOutput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("file", "x")
        let zero = try self.run(["--max-line-bytes", "0"], input: "", in: directory)
        #expect(zero.status == 64 && zero.output.isEmpty)
        let negative = try self.run(["--idle-minutes", "-1"], input: "", in: directory)
        #expect(negative.status == 64 && negative.output.isEmpty)
        let notAFolder = try self.run(
            ["--state-dir", directory.url("file")], input: "", in: directory)
        #expect(notAFolder.status == 1 && notAFolder.output.isEmpty)
        #expect(notAFolder.errors.contains("--state-dir"))
        let noBot = try ProcessRunner.switchboard(
            ["bridge", "--bot", directory.url("missing")], in: directory.path, input: "")
        #expect(noBot.status == 1 && noBot.output.isEmpty)
    }

    /// The resident set size of a process, from /proc.
    static func residentBytes(_ pid: pid_t) -> Int {
        guard let bytes = try? FileSystem.read("/proc/\(pid)/status") else { return 0 }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        where line.hasPrefix("VmRSS:") {
            return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
        }
        return 0
    }
}

extension JSONObject {
    /// A string member.
    fileprivate func string(_ key: String) -> String? { self[key]?.value.stringValue }
}
