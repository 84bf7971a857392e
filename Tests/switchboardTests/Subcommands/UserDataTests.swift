import SwitchboardCore
import SwitchboardTesting
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// End-to-end tests of `switchboard erase` and `export` over the files a real bridge wrote.
@Suite struct UserDataTests {
    /// Two users talk to the bridge: each gives an email and a phone number and asks for a
    /// person; one more session never names its user.
    static let conversations: [(session: String, user: String, texts: [String])] = [
        (
            "web-erase", "u-erase-7731",
            [
                "my email is jane.roe@example.com and my phone +44 20 7946 0958",
                "I want to talk to a human", "payments",
            ]
        ),
        (
            "web-keep", "u-keep-1204",
            [
                "write to sam.keep@example.org or call +1 415 555 0134",
                "I want to talk to a human", "payments",
            ]
        ),
    ]

    /// The bridge's input: each session starts with its user, then messages alternate.
    static func bridgeInput() -> String {
        var lines: [String] = []
        for conversation in Self.conversations {
            lines.append(
                #"{"type":"start","session":"\#(conversation.session)","user":"\#(conversation.user)"}"#
            )
        }
        for index in 0..<3 {
            for conversation in Self.conversations {
                lines.append(
                    #"{"session":"\#(conversation.session)","text":"\#(conversation.texts[index])"}"#
                )
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The ticket of the handoff the user to erase (u-erase-7731) made in ``writeFiles(in:)``.
    static func erasedUsersTicket(in directory: TemporaryDirectory) throws -> String {
        try #require(
            try JSONLinesFile(path: directory.url("handoff.jsonl")).read().lines.first {
                $0.string("user") == "u-erase-7731"
            }?.string("ticket"))
    }

    /// The files' options, in `directory`.
    static func files(_ directory: TemporaryDirectory) -> [String] {
        [
            "--handoff-log", directory.url("handoff.jsonl"), "--conversation-log",
            directory.url("conversations.jsonl"), "--state-dir", directory.url("state"),
        ]
    }

    /// Runs the conversations through a bridge and accepts the erased user's ticket.
    static func writeFiles(in directory: TemporaryDirectory) throws {
        let bridge = try ProcessRunner.switchboard(
            ["bridge", "--bot", ProjectPaths.exampleBot, "--seed", "7"] + Self.files(directory),
            input: Self.bridgeInput())
        #expect(bridge.status == 0, "\(bridge.errors)")
        let records = try JSONLinesFile(path: directory.url("handoff.jsonl")).read().lines
        #expect(records.count == 2, "the bridge said: \(bridge.output)")
        let ticket = try #require(
            records.first { $0.string("user") == "u-erase-7731" }?.string("ticket"))
        let accepted = try ProcessRunner.switchboard(
            ["handoff", "accept", ticket, "--handoff-log", directory.url("handoff.jsonl")])
        #expect(accepted.status == 0, "\(accepted.errors)")
    }

    /// Every file under `directory`, as text.
    static func everything(in directory: String) throws -> String {
        var text = ""
        for name in try FileSystem.entries(of: directory) {
            let path = directory + "/" + name
            if FileSystem.isDirectory(path) {
                text += try Self.everything(in: path)
            } else {
                text += String(decoding: try FileSystem.read(path), as: UTF8.self)
            }
        }
        return text
    }

    @Test func eraseLeavesNoTraceOfTheUserAndKeepsEveryoneElse() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.writeFiles(in: directory)
        let ticket = try Self.erasedUsersTicket(in: directory)
        let before = try Self.everything(in: directory.path)
        // The state files hold what users typed; the logs hold it masked.
        #expect(before.contains("u-erase-7731") && before.contains("jane.roe@example.com"))

        let erase = try ProcessRunner.switchboard(
            ["erase", "--user", "u-erase-7731"] + Self.files(directory))
        #expect(erase.status == 0, "\(erase.errors)")
        #expect(erase.output.contains("handoff.jsonl: removed 2 lines, kept 1"))
        #expect(erase.output.contains("removed 1 session file, kept 1"))
        for trace in ["u-erase", "7731", "web-erase", "jane.roe", "7946", ticket] {
            #expect(!erase.output.contains(trace), "the receipt shows \(trace)")
        }

        let after = try Self.everything(in: directory.path)
        for trace in ["u-erase-7731", "web-erase", "jane.roe@example.com", "7946 0958", ticket] {
            #expect(!after.contains(trace), "\(trace) is still in a file")
        }
        for kept in ["u-keep-1204", "web-keep", "sam.keep@example.org"] {
            #expect(after.contains(kept), "\(kept) was erased too")
        }
        let conversationLines = try JSONLinesFile(path: directory.url("conversations.jsonl"))
            .read().lines
        #expect(!conversationLines.isEmpty)
        #expect(conversationLines.allSatisfy { $0.string("user") == "u-keep-1204" })
    }

    @Test func exportWrittenToAFileIsReadableByItsOwnerOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.writeFiles(in: directory)
        let out = directory.url("export.json")
        let export = try ProcessRunner.switchboard(
            ["export", "--user", "u-erase-7731", "--out", out] + Self.files(directory))
        #expect(export.status == 0, "\(export.errors)")
        #expect(try directory.read("export.json").contains("u-erase-7731"))
        var info = stat()
        #expect(stat(out, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test func exportHasTheUsersLinesAndSessionsOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.writeFiles(in: directory)
        let export = try ProcessRunner.switchboard(
            ["export", "--user", "u-erase-7731"] + Self.files(directory))
        #expect(export.status == 0, "\(export.errors)")
        let document = try JSONParser().parse(export.output)
        let object = try #require(document.value.objectValue)
        #expect(object["user"]?.value.stringValue == "u-erase-7731")
        let files = try #require(object["files"]?.value.arrayValue)
        #expect(files.count == 2)
        let handoffLines = try #require(files[0].value.objectValue?["lines"]?.value.arrayValue)
        // The handoff record and the acceptance, which names only the ticket.
        #expect(
            handoffLines.compactMap { $0.value.objectValue?["event"]?.value.stringValue } == [
                "handoff", "accepted",
            ])
        let sessions = try #require(object["sessions"]?.value.arrayValue)
        #expect(sessions.count == 1)
        #expect(export.output.contains("jane.roe@example.com"))
        #expect(!export.output.contains("u-keep") && !export.output.contains("sam.keep"))
    }

    /// Erase and export reach logs rotated beside the live ones.
    ///
    /// The handoff record is moved to `handoff.jsonl.1` (the conversation's first lines to
    /// `conversations.jsonl.1`); the ticket's later event and the rest of the conversation,
    /// which name no user, are in the live files. Only the rotated record ties them to the
    /// person, so erase and export must read every file.
    @Test func eraseAndExportReachRotatedLogs() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.writeFiles(in: directory)
        let ticket = try Self.erasedUsersTicket(in: directory)
        for log in ["handoff.jsonl", "conversations.jsonl"] {
            #expect(rename(directory.url(log), directory.url(log + ".1")) == 0)
        }
        try directory.write(
            "handoff.jsonl",
            #"{"event":"resolved","ticket":"\#(ticket)","time":"2026-11-28T10:00:00Z"}"# + "\n")
        try directory.write(
            "conversations.jsonl",
            #"{"event":"ended","time":"2026-11-28T10:00:00Z","session":"web-erase","user":null,"#
                + #""bot":"tidepool","reason":"end","contained":false,"turns":3}"# + "\n")
        let rotated = [
            "--rotated-log", directory.url("handoff.jsonl.1"), "--rotated-log",
            directory.url("conversations.jsonl.1"),
        ]

        let export = try ProcessRunner.switchboard(
            ["export", "--user", "u-erase-7731"] + Self.files(directory) + rotated)
        #expect(export.status == 0, "\(export.errors)")
        let object = try #require(try JSONParser().parse(export.output).value.objectValue)
        let files = try #require(object["files"]?.value.arrayValue)
        let counts = files.map { $0.value.objectValue?["lines"]?.value.arrayValue?.count }
        #expect(counts == [1, 1, 2, 6], "\(export.output)")

        let erase = try ProcessRunner.switchboard(
            ["erase", "--user", "u-erase-7731"] + Self.files(directory) + rotated)
        #expect(erase.status == 0, "\(erase.errors)")
        #expect(erase.output.contains("handoff.jsonl: removed 1 line, kept 0"))
        #expect(erase.output.contains("handoff.jsonl.1: removed 2 lines, kept 1"))
        let after = try Self.everything(in: directory.path)
        for trace in ["u-erase-7731", "web-erase", "jane.roe@example.com", ticket] {
            #expect(!after.contains(trace), "\(trace) is still in a file")
        }
        #expect(after.contains("u-keep-1204"))
    }

    @Test func eraseRefusesAFolderARunningBridgeUsesAndChangesNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.writeFiles(in: directory)
        let before = try Self.everything(in: directory.path)
        let bridge = try PipedProcess(
            ProcessRunner.switchboardExecutable,
            ["bridge", "--bot", ProjectPaths.exampleBot] + Self.files(directory))
        #expect(bridge.readLine()?.contains(#""type":"ready""#) == true)
        let erase = try ProcessRunner.switchboard(
            ["erase", "--user", "u-erase-7731"] + Self.files(directory))
        let rival = try ProcessRunner.switchboard(
            ["bridge", "--bot", ProjectPaths.exampleBot] + Self.files(directory), input: "")
        bridge.closeInput()
        #expect(bridge.wait() == 0)
        #expect(erase.status == 1)
        #expect(erase.errors.contains("in use by another process"))
        #expect(erase.errors.contains("nothing was erased"))
        #expect(erase.errors.contains(#"send it {"type":"erase","user":ID} instead"#))
        #expect(!erase.errors.contains("u-erase-7731"))
        #expect(try Self.everything(in: directory.path) == before)
        #expect(rival.status == 1)
        #expect(rival.errors.contains("in use by another process"))

        let second = try ProcessRunner.switchboard(
            ["bridge", "--bot", ProjectPaths.exampleBot] + Self.files(directory), input: "")
        #expect(second.status == 0, "the lock is released when the bridge ends")
    }

    @Test func aRunningBridgeErasesAUserOnRequest() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bridge = try PipedProcess(
            ProcessRunner.switchboardExecutable,
            ["bridge", "--bot", ProjectPaths.exampleBot, "--seed", "7"] + Self.files(directory))
        #expect(bridge.readLine()?.contains(#""type":"ready""#) == true)
        for line in Self.bridgeInput().split(separator: "\n") {
            try bridge.write(line + "\n")
            _ = bridge.readLine()
        }
        try bridge.write(#"{"id":"x","type":"erase"}"# + "\n")
        #expect(bridge.readLine()?.contains(#""code":"missing_field""#) == true)
        try bridge.write(#"{"id":"e","type":"erase","user":"u-erase-7731"}"# + "\n")
        let erased = bridge.readLine() ?? ""
        #expect(erased.hasPrefix(#"{"id":"e","type":"erased","sessions":1,"files":[{"path":"#))
        #expect(
            erased.contains(
                #""removedLines":1,"keptLines":1,"removedUnreadableLines":0,"keptUnreadableLines":0}"#
            ))
        #expect(!erased.contains("u-erase"))
        try bridge.write(#"{"id":"s","type":"state","session":"web-erase"}"# + "\n")
        #expect(bridge.readLine()?.contains(#""code":"unknown_session""#) == true)
        try bridge.write(#"{"id":"k","session":"web-keep","text":"thanks"}"# + "\n")
        #expect(bridge.readLine()?.contains(#""type":"reply""#) == true)
        bridge.closeInput()
        #expect(bridge.wait() == 0)
        let after = try Self.everything(in: directory.path)
        for trace in ["u-erase-7731", "web-erase", "jane.roe@example.com", "7946 0958"] {
            #expect(!after.contains(trace), "\(trace) is still in a file")
        }
        #expect(after.contains("u-keep-1204") && after.contains("sam.keep@example.org"))
    }

    /// Damaged lines in the logs the bridge wrote: the kept user's line with a `NaN` (byte for
    /// byte, it must survive), the erased user's line with a `NaN` naming only their user id,
    /// and, last in the handoff log, a torn line naming only the erased user's ticket.
    static func damageLogs(in directory: TemporaryDirectory, ticket: String) throws -> String {
        let others = #"{"event":"turn","session":"web-keep","user":"u-keep-1204","n":NaN}"#
        let conversations = try directory.read("conversations.jsonl")
        try directory.write(
            "conversations.jsonl",
            conversations + others + "\n" + #"{"event":"turn","user":"u-erase-7731","n":NaN}"#
                + "\n")
        let handoffs = try directory.read("handoff.jsonl")
        try directory.write(
            "handoff.jsonl", handoffs + #"{"event":"resolved","ticket":"\#(ticket)","ti"#)
        return others
    }

    @Test func eraseRemovesTheUsersUnreadableLinesAndKeepsTheOthers() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.writeFiles(in: directory)
        let ticket = try Self.erasedUsersTicket(in: directory)
        let others = try Self.damageLogs(in: directory, ticket: ticket)
        let conversationLines = try directory.read("conversations.jsonl")
            .split(separator: "\n").count
        let handoffLines = try directory.read("handoff.jsonl").split(separator: "\n").count

        let export = try ProcessRunner.switchboard(
            ["export", "--user", "u-erase-7731"] + Self.files(directory))
        #expect(export.status == 0, "\(export.errors)")
        let document = try JSONParser().parse(export.output)
        let files = try #require(document.value.objectValue?["files"]?.value.arrayValue)
        let unreadable = files.map {
            $0.value.objectValue?["unreadableLines"]?.value.arrayValue?.compactMap {
                $0.value.objectValue?["line"]?.value.numberValue?.integer
            }
        }
        #expect(unreadable == [[handoffLines], [conversationLines]])
        #expect(!export.output.contains("u-keep"))
        #expect(
            export.errors.contains(
                "conversations.jsonl:\(conversationLines - 1): not a complete JSON object"))
        #expect(export.errors.contains("(unreadable; not exported: it names no one"))

        let erase = try ProcessRunner.switchboard(
            ["erase", "--user", "u-erase-7731"] + Self.files(directory))
        #expect(erase.status == 0, "\(erase.errors)")
        #expect(
            erase.output.contains(
                "handoff.jsonl: removed 2 lines, kept 1; unreadable lines: removed 1, kept 0"))
        #expect(erase.output.contains("; unreadable lines: removed 1, kept 1"))
        #expect(
            erase.errors.contains(
                "handoff.jsonl:\(handoffLines): torn last line (no newline at the end of the "
                    + "file)"))
        #expect(
            erase.errors.contains(
                "conversations.jsonl:\(conversationLines - 1): not a complete JSON object"))
        #expect(erase.errors.contains("(unreadable; kept: it names no one of this user's"))
        #expect(erase.errors.contains("conversations.jsonl: 1 unreadable line names no user"))
        for trace in ["u-erase", "7731", ticket] {
            #expect(!erase.output.contains(trace), "the receipt shows \(trace)")
        }
        let after = try Self.everything(in: directory.path)
        for trace in ["u-erase-7731", "web-erase", ticket] {
            #expect(!after.contains(trace), "\(trace) is still in a file")
        }
        #expect(try directory.read("conversations.jsonl").hasSuffix("\n" + others + "\n"))

        let again = try ProcessRunner.switchboard(
            ["erase", "--user", "u-erase-7731", "--json"] + Self.files(directory))
        #expect(again.status == 0, "\(again.errors)")
        let receipt = try JSONParser().parse(again.output)
        let counts = try #require(receipt.value.objectValue?["files"]?.value.arrayValue).map {
            file in
            ["unreadableLines", "removedUnreadableLines", "keptUnreadableLines"].map {
                file.value.objectValue?[$0]?.value.numberValue?.integer
            }
        }
        #expect(counts == [[0, 0, 0], [1, 0, 1]])
    }

    @Test func aRunningBridgeCountsTheUnreadableLinesItErases() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.writeFiles(in: directory)
        let ticket = try Self.erasedUsersTicket(in: directory)
        let others = try Self.damageLogs(in: directory, ticket: ticket)
        let bridge = try PipedProcess(
            ProcessRunner.switchboardExecutable,
            ["bridge", "--bot", ProjectPaths.exampleBot, "--seed", "7"] + Self.files(directory))
        #expect(bridge.readLine()?.contains(#""version":"1.5""#) == true)
        try bridge.write(#"{"id":"e","type":"erase","user":"u-erase-7731"}"# + "\n")
        let erased = bridge.readLine() ?? ""
        #expect(
            erased.contains(#""removedUnreadableLines":1,"keptUnreadableLines":0}"#), "\(erased)")
        #expect(
            erased.contains(#""removedUnreadableLines":1,"keptUnreadableLines":1}"#), "\(erased)")
        bridge.closeInput()
        #expect(bridge.wait() == 0)
        #expect(bridge.errors().contains("(unreadable; kept: it names no one of the erased user's"))
        let after = try Self.everything(in: directory.path)
        for trace in ["u-erase-7731", "web-erase", ticket] {
            #expect(!after.contains(trace), "\(trace) is still in a file")
        }
        #expect(try directory.read("conversations.jsonl").contains("\n" + others + "\n"))
    }

    /// Files set aside as unreadable beside the bridge's state files: a torn file of the
    /// erased user's session, a copy of their state under another session's name, a copy of
    /// the kept user's state, and a torn file of a session nobody can tie to anyone.
    static func setAsideFiles(in directory: TemporaryDirectory) throws {
        let erased = try directory.read("state/web-erase.json")
        let kept = try directory.read("state/web-keep.json")
        try directory.write(
            "state/web-erase.json.unreadable", String(erased.prefix(erased.count / 2)))
        #expect(try directory.read("state/web-erase.json.unreadable").contains("jane.roe"))
        try directory.write("state/web-lost.json.unreadable-2", erased)
        try directory.write("state/web-keep.json.unreadable", kept)
        try directory.write("state/web-other.json.unreadable", #"{"format":1,"sess"#)
    }

    /// After the erased user's set-aside files are gone: none of their data in any file, and
    /// the state folder holds the kept user's files and the unattributable one.
    static func expectOnlyTheOthersSetAsideFilesLeft(in directory: TemporaryDirectory) throws {
        let after = try Self.everything(in: directory.path)
        for trace in ["u-erase-7731", "jane.roe@example.com", "7946 0958"] {
            #expect(!after.contains(trace), "\(trace) is still in a file")
        }
        #expect(
            try FileSystem.entries(of: directory.url("state")).sorted() == [
                ".lock", "web-keep.json", "web-keep.json.unreadable",
                "web-other.json.unreadable",
            ])
    }

    /// The `setAside` entries of an export document.
    static func setAside(inExport output: String) throws -> [JSONObject] {
        let document = try JSONParser().parse(output)
        return try #require(
            document.value.objectValue?["setAside"]?.value.arrayValue?.compactMap {
                $0.value.objectValue
            })
    }

    @Test func eraseRemovesTheUsersSetAsideFilesAndCountsTheUnattributable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.writeFiles(in: directory)
        try Self.setAsideFiles(in: directory)

        let export = try ProcessRunner.switchboard(
            ["export", "--user", "u-erase-7731"] + Self.files(directory))
        #expect(export.status == 0, "\(export.errors)")
        let setAside = try Self.setAside(inExport: export.output)
        #expect(
            setAside.compactMap { $0["path"]?.value.stringValue } == [
                directory.url("state/web-erase.json.unreadable"),
                directory.url("state/web-lost.json.unreadable-2"),
            ])
        // Torn content is exported as text, whole content as the JSON it is.
        #expect(setAside.first?["contents"]?.value.stringValue?.contains("jane.roe") == true)
        #expect(setAside.last?["contents"]?.value.objectValue?["session"] != nil)
        #expect(!export.output.contains("u-keep"))
        #expect(export.errors.contains("state/: 1 set-aside *.unreadable file names no user"))

        let erase = try ProcessRunner.switchboard(
            ["erase", "--user", "u-erase-7731"] + Self.files(directory))
        #expect(erase.status == 0, "\(erase.errors)")
        #expect(erase.output.contains("removed 1 session file, kept 1"))
        #expect(erase.output.contains("state/*.unreadable: removed 2, kept 1, 1 not attributable"))
        #expect(erase.errors.contains("state/: 1 set-aside *.unreadable file names no user"))
        for trace in ["u-erase", "7731", "web-erase", "web-lost", "jane.roe"] {
            #expect(!erase.output.contains(trace), "the receipt shows \(trace)")
        }
        try Self.expectOnlyTheOthersSetAsideFilesLeft(in: directory)

        let again = try ProcessRunner.switchboard(
            ["erase", "--user", "u-erase-7731", "--json"] + Self.files(directory))
        #expect(again.status == 0, "\(again.errors)")
        let receipt = try JSONParser().parse(again.output)
        let counts = try #require(
            receipt.value.objectValue?["stateDir"]?.value.objectValue?["unreadableFiles"]?.value
                .objectValue)
        #expect(counts["removed"]?.value.numberValue?.double == 0)
        #expect(counts["kept"]?.value.numberValue?.double == 1)
        #expect(counts["unattributed"]?.value.numberValue?.double == 1)
    }

    @Test func aRunningBridgeErasesTheUsersSetAsideFilesOnRequest() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.writeFiles(in: directory)
        try Self.setAsideFiles(in: directory)
        // The erased user's session is resumed and live when the request comes.
        let bridge = try PipedProcess(
            ProcessRunner.switchboardExecutable,
            ["bridge", "--bot", ProjectPaths.exampleBot, "--seed", "7"] + Self.files(directory))
        #expect(bridge.readLine()?.contains(#""version":"1.5""#) == true)
        try bridge.write(#"{"id":"e","type":"erase","user":"u-erase-7731"}"# + "\n")
        let erased = bridge.readLine() ?? ""
        #expect(erased.hasPrefix(#"{"id":"e","type":"erased","sessions":1,"files":[{"path":"#))
        #expect(
            erased.hasSuffix(#","unreadableFiles":{"removed":2,"kept":1,"unattributed":1}}"#),
            "\(erased)")
        for trace in ["u-erase", "7731", "web-erase", "web-lost", "jane.roe"] {
            #expect(!erased.contains(trace), "the response shows \(trace)")
        }
        try bridge.write(#"{"id":"k","session":"web-keep","text":"thanks"}"# + "\n")
        #expect(bridge.readLine()?.contains(#""type":"reply""#) == true)
        bridge.closeInput()
        #expect(bridge.wait() == 0)
        #expect(bridge.errors().contains("erase: 1 set-aside *.unreadable state file names no"))
        try Self.expectOnlyTheOthersSetAsideFilesLeft(in: directory)
    }

    /// A set-aside file that cannot be deleted (a read-only state folder) stops the erasure.
    ///
    /// It stops before the logs are rewritten, naming the file; the logs still tie it to the
    /// user, so the next run deletes it. Root deletes from read-only folders, so as root the test has
    /// nothing to check (`UserDataRequestTests` and `BridgeEraseTests` check the order
    /// through test doubles).
    @Test(.enabled(if: geteuid() != 0, "root deletes files from a read-only folder"))
    func aFileThatCannotBeDeletedKeepsTheLogsForTheNextRun() throws {
        let directory = try TemporaryDirectory()
        defer {
            chmod(directory.url("state"), 0o700)
            directory.remove()
        }
        try Self.writeFiles(in: directory)
        // The erased user's state file was torn and set aside: it names nobody, and only the
        // logs tie its session to them.
        let state = try directory.read("state/web-erase.json")
        try directory.write(
            "state/web-erase.json.unreadable", String(state.prefix(state.count / 2)))
        unlink(directory.url("state/web-erase.json"))
        let logs = try directory.read("handoff.jsonl") + directory.read("conversations.jsonl")

        chmod(directory.url("state"), 0o500)
        let failed = try ProcessRunner.switchboard(
            ["erase", "--user", "u-erase-7731"] + Self.files(directory))
        #expect(failed.status == 1)
        #expect(failed.errors.contains("state/web-erase.json.unreadable: Permission denied"))
        #expect(failed.errors.contains("no log was rewritten yet, run erase again"))
        #expect(try directory.read("handoff.jsonl") + directory.read("conversations.jsonl") == logs)

        chmod(directory.url("state"), 0o700)
        let erase = try ProcessRunner.switchboard(
            ["erase", "--user", "u-erase-7731"] + Self.files(directory))
        #expect(erase.status == 0, "\(erase.errors)")
        #expect(erase.output.contains("state/*.unreadable: removed 1, kept 0, 0 not attributable"))
        #expect(
            try FileSystem.entries(of: directory.url("state")).sorted() == [
                ".lock", "web-keep.json",
            ])
        let after = try Self.everything(in: directory.path)
        for trace in ["u-erase-7731", "web-erase", "jane.roe@example.com"] {
            #expect(!after.contains(trace), "\(trace) is still in a file")
        }
    }

    /// A state file that cannot be read but is not set aside yet (no bridge or erase has
    /// loaded the folder since it was damaged) is still the user's data: export includes it
    /// as erase would set it aside and delete it.
    @Test func exportIncludesTheUsersStateFilesThatCannotBeRead() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.writeFiles(in: directory)
        let state = try directory.read("state/web-erase.json")
        #expect(state.contains(#""consecutiveFallbacks":0"#))
        try directory.write(
            "state/web-erase.json",
            state.replacing(#""consecutiveFallbacks":0"#, with: #""consecutiveFallbacks":-1"#))

        let export = try ProcessRunner.switchboard(
            ["export", "--user", "u-erase-7731"] + Self.files(directory))
        #expect(export.status == 0, "\(export.errors)")
        #expect(export.errors.contains("consecutiveFallbacks is -1"))
        let setAside = try Self.setAside(inExport: export.output)
        #expect(
            setAside.compactMap { $0["path"]?.value.stringValue } == [
                directory.url("state/web-erase.json")
            ])
        #expect(setAside.first?["contents"]?.value.objectValue?["session"] != nil)
        #expect(export.output.contains("jane.roe@example.com"))
        #expect(!export.output.contains("u-keep"))
        // Export changed nothing; erase sets the file aside and deletes it.
        #expect(try directory.read("state/web-erase.json").contains("-1"))
        let erase = try ProcessRunner.switchboard(
            ["erase", "--user", "u-erase-7731"] + Self.files(directory))
        #expect(erase.status == 0, "\(erase.errors)")
        #expect(erase.output.contains("state/*.unreadable: removed 1, kept 0"))
        #expect(
            try FileSystem.entries(of: directory.url("state")).sorted() == [
                ".lock", "web-keep.json",
            ])
    }
}
