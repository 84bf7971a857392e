import SwitchboardCore
import SwitchboardTesting
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// End-to-end tests of the conversation log and `switchboard report`: the built binary, real
/// files.
@Suite struct ReportTests {
    static let fixedTime = "2026-11-27T10:00:00Z"

    static func request(_ session: String, _ text: String, user: String) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("session")
        writer.string(session)
        writer.key("user")
        writer.string(user)
        writer.key("text")
        writer.string(text)
        writer.endObject()
        return writer.text
    }

    /// Runs the bridge over three conversations with personal data in them, logging to
    /// `conversations.jsonl` in `directory`.
    static func runBridge(in directory: TemporaryDirectory) throws -> ProcessRunner.Result {
        let lines = [
            Self.request("web-1", "hello, I'm jane.doe@example.com", user: "u-1"),
            Self.request("web-1", "where is my drone delivery", user: "u-1"),
            Self.request(
                "web-1", "drone delivery still missing, call +44 20 7946 0958", user: "u-1"),
            Self.request("web-2", "card 4111 1111 1111 1111 was charged twice", user: "u-2"),
            Self.request("web-2", "talk to a human", user: "u-2"),
            Self.request("web-2", "Payments or Plus", user: "u-2"),
            Self.request("web-3", "I want a refund", user: "u-3"),
            Self.request("web-3", "TP-12345678", user: "u-3"),
            Self.request("web-3", "My coins never arrived", user: "u-3"),
            Self.request("web-3", "4.99", user: "u-3"),
            Self.request("web-3", "yesterday", user: "u-3"),
            Self.request("web-3", "yes", user: "u-3"),
            Self.request("web-3", "4", user: "u-3"),
            #"{"type":"end","session":"web-1"}"#,
        ]
        return try ProcessRunner.switchboard(
            [
                "bridge", "--bot", ProjectPaths.exampleBot, "--handoff-log", "handoff.jsonl",
                "--conversation-log", "conversations.jsonl", "--seed", "7", "--fixed-time",
                Self.fixedTime, "--mocks", ProjectPaths.exampleBot + "/mocks.json",
            ], in: directory.path, input: lines.joined(separator: "\n") + "\n")
    }

    @Test func theBridgeLogsMaskedEventsAndTheReportCountsThem() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bridge = try Self.runBridge(in: directory)
        #expect(bridge.status == 0)
        let log = try directory.read("conversations.jsonl")
        for secret in ["jane", "example.com", "7946", "4111"] {
            #expect(!log.contains(secret), "the conversation log holds \(secret)")
        }
        #expect(log.contains(#""text":"hello, I'm [email]""#))
        #expect(log.contains(#""text":"card [card] was charged twice""#))
        let lines = log.split(separator: "\n")
        #expect(lines.count == 20)
        #expect(
            lines.allSatisfy { $0.contains(#""session":"web-"#) && $0.contains(#""user":"u-"#) })

        let report = try ProcessRunner.switchboard(
            ["report", "--now", "2026-11-29T10:00:00Z"], in: directory.path)
        #expect(report.status == 0)
        #expect(report.errors.isEmpty)
        let text = ReportTestsText.collapsed(report.output)
        for line in [
            "Conversation report: all bots, all time (as of 2026-11-29 10:00 UTC)",
            " conversations 3\n", " contained (no handoff) 2 66.7%\n", " handed off 1 33.3%\n",
            " ended: closed by the front end 1\n", " ended: handed to a person 1\n",
            " user_request 1 33.3%\n", "CSAT (responses: 1, average: 4.00)",
            " waiting, past due 1\n", " SLA breaches 1 100.0%\n", " 2026-11-27 3 2 66.7%\n",
            " 2 delivery + drone where is my drone delivery\n",
        ] {
            #expect(text.contains(line), "no \(line.debugDescription) in\n\(report.output)")
        }
    }

    @Test func jsonAndHTMLCarryTheSameFigures() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try Self.runBridge(in: directory)
        let json = try ProcessRunner.switchboard(
            [
                "report", "--bot", "tidepool", "--json", "--html", "report.html", "--now",
                "2026-11-29T10:00:00Z",
            ], in: directory.path)
        #expect(json.status == 0)
        #expect(json.errors == "wrote report.html\n")
        let object = try #require(try JSONParser().parse(json.output).value.objectValue)
        #expect(object["bot"]?.value.stringValue == "tidepool")
        #expect(object["conversations"]?.value.numberValue?.integer == 3)
        #expect(object["containmentRate"]?.value.numberValue?.text == "0.6667")
        let html = try directory.read("report.html")
        #expect(html.ranges(of: "<svg ").count == 3)
        #expect(
            html.contains(
                "<td>contained (no handoff)</td><td class=\"num\">2</td><td class=\"num\">66.7%</td>"
            ))
        #expect(!html.contains("<script"))
        // It quotes what users asked: readable by its owner only, as the logs are.
        var info = stat()
        #expect(stat(directory.url("report.html"), &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)

        let other = try ProcessRunner.switchboard(
            ["report", "--bot", "someone-else", "--json", "--now", "2026-11-29T10:00:00Z"],
            in: directory.path)
        let empty = try #require(try JSONParser().parse(other.output).value.objectValue)
        #expect(empty["conversations"]?.value.numberValue?.integer == 0)
    }

    @Test func malformedLinesAreListedWithTheirLineAndSkipped() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let good =
            #"{"event":"started","time":"2026-11-27T10:00:00Z","session":"s","user":null,"bot":"b"}"#
        let turn =
            #"{"event":"turn","time":"2026-11-27T10:00:01Z","session":"s","user":null,"bot":"b","turn":1,"text":"hi","intent":null,"match":null,"stage":"fallback","article":null,"fallback":true,"stateBefore":"idle","state":"idle"}"#
        try directory.write(
            "log.jsonl",
            [
                good, "garbage",
                #"{"event":"turn","time":"2026-11-27T10:00:01Z","session":"s","bot":"b"}"#, turn,
                #"{"event":"ended""#,
            ]
            .joined(separator: "\n"))
        try directory.write("handoff.jsonl", "{]\n")
        let result = try ProcessRunner.switchboard(
            ["report", "--conversation-log", "log.jsonl", "--now", Self.fixedTime],
            in: directory.path)
        #expect(result.status == 0)
        let errors = result.errors.split(separator: "\n").map(String.init)
        #expect(errors.count == 5)
        #expect(errors[0].hasPrefix("warning: log.jsonl:2: not a complete JSON object, skipped"))
        #expect(errors[1] == "warning: log.jsonl:3: turn: missing (line skipped)")
        #expect(errors[2].hasPrefix("warning: log.jsonl:5: torn last line"))
        #expect(
            errors[3].hasPrefix("warning: handoff.jsonl:1: not a complete JSON object"), "\(errors)"
        )
        #expect(errors[4] == "warning: 4 unreadable lines skipped; the report counts the rest")
        let text = ReportTestsText.collapsed(result.output)
        #expect(text.contains(" conversations 1\n"))
        #expect(text.contains(" fallback turns (not understood) 1 100.0%\n"))
    }

    /// A line whose object has a key twice names two users (or two of anything), so which one
    /// it is about cannot be told: it is listed with the key and both columns, and skipped,
    /// wherever the repeat is.
    @Test func aLineWithARepeatedKeyIsListedAndSkipped() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let started =
            #"{"event":"started","time":"2026-11-27T10:00:00Z","session":"s","user":"u-1","bot":"b"}"#
        let twoUsers =
            #"{"event":"started","time":"2026-11-27T10:05:00Z","session":"t","user":"u-2","bot":"b","user":"u-1009"}"#
        let turn =
            #"{"event":"turn","time":"2026-11-27T10:00:01Z","session":"s","user":"u-1","bot":"b","turn":1,"text":"hi","intent":null,"match":null,"stage":"fallback","article":null,"fallback":true,"stateBefore":"idle","state":"idle"}"#
        let nested = turn.replacing(
            #""turn":1,"#, with: #""turn":2,"context":{"plan":"a","plan":"b"},"#)
        try directory.write(
            "log.jsonl", [started, twoUsers, turn, nested].joined(separator: "\n") + "\n")
        let good = HandoffTests.record("TKT-A", minutes: 0, sla: 240).jsonLine()
        let repeated = HandoffTests.record("TKT-B", minutes: 1, sla: 240).jsonLine()
            .replacing(#""user":"u-TKT-B""#, with: #""user":"u-TKT-B","user":"u-1009""#)
        try directory.write("handoff.jsonl", good + "\n" + repeated + "\n")
        let result = try ProcessRunner.switchboard(
            ["report", "--conversation-log", "log.jsonl", "--json", "--now", Self.fixedTime],
            in: directory.path)
        #expect(result.status == 0)
        // Where `"key":` starts in `line`, the first time and the second.
        func columns(of key: String, in line: String) -> String {
            let places = line.ranges(of: "\"\(key)\":").map {
                line.distance(from: line.startIndex, to: $0.lowerBound) + 1
            }
            return "first at column \(places[0]), again at column \(places[1])"
        }
        #expect(
            result.errors.split(separator: "\n").map(String.init) == [
                #"warning: log.jsonl:2: "user" appears twice (\#(columns(of: "user", in: twoUsers))), skipped"#,
                #"warning: log.jsonl:4: "context.plan" appears twice (\#(columns(of: "plan", in: nested))), skipped"#,
                #"warning: handoff.jsonl:2: "user" appears twice (\#(columns(of: "user", in: repeated))), skipped"#,
                "warning: 3 unreadable lines skipped; the report counts the rest",
            ])
        let report = try #require(try JSONParser().parse(result.output).value.objectValue)
        #expect(report["conversations"]?.value.numberValue?.integer == 1)
        #expect(report["turns"]?.value.numberValue?.integer == 1)
        #expect(
            report["sla"]?.value.objectValue?["tickets"]?.value.numberValue?.integer == 1)
    }

    @Test func countsOfOneUnreadableLineAreSingular() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("handoff.jsonl", "")
        try directory.write("one.jsonl", "garbage\n")
        let one = try ProcessRunner.switchboard(
            ["report", "--conversation-log", "one.jsonl", "--now", Self.fixedTime],
            in: directory.path)
        #expect(one.status == 0)
        #expect(
            one.errors.split(separator: "\n").last
                == "warning: 1 unreadable line skipped; the report counts the rest")
        // The first 100 are listed, then what is left: here exactly one more.
        try directory.write("many.jsonl", String(repeating: "garbage\n", count: 101))
        let many = try ProcessRunner.switchboard(
            ["report", "--conversation-log", "many.jsonl", "--now", Self.fixedTime],
            in: directory.path)
        #expect(many.status == 0)
        let errors = many.errors.split(separator: "\n").map(String.init)
        #expect(errors.count == 102)
        #expect(
            errors.suffix(2) == [
                "warning: … and 1 more line skipped",
                "warning: 101 unreadable lines skipped; the report counts the rest",
            ])
    }

    @Test func theSettingNamesTheLogAndAMissingLogIsAnError() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try LogLocationOptionsTests.copyExampleBot(into: directory, conversationLog: "logs.jsonl")

        let missing = try ProcessRunner.switchboard(["report"], in: directory.path)
        #expect(missing.status == 1)
        #expect(missing.errors.hasPrefix("error: no conversation log at logs.jsonl"))

        let chat = try ProcessRunner.switchboard(
            ["chat", "--seed", "1"], in: directory.path, input: "hello\nasdf qwer\n")
        #expect(chat.status == 0)
        let lines = try directory.read("logs.jsonl").split(separator: "\n")
        #expect(lines.map { $0.split(separator: "\"")[3] } == ["started", "turn", "turn", "ended"])
        #expect(lines.last?.contains(#""reason":"client","contained":true,"turns":2"#) == true)

        let report = try ProcessRunner.switchboard(["report", "--json"], in: directory.path)
        #expect(report.status == 0)
        #expect(report.output.contains(#""fallbackTurns": 1"#))

        let bad = try ProcessRunner.switchboard(
            ["report", "--since", "2026-11-31"], in: directory.path)
        #expect(bad.status == 64)
        #expect(bad.errors.contains("--since takes YYYY-MM-DD"))
    }
}

/// Text helpers for the report tests.
enum ReportTestsText {
    /// Text with every run of spaces made one.
    static func collapsed(_ text: String) -> String {
        var output = ""
        var lastWasSpace = false
        for character in text {
            if character == " " {
                if !lastWasSpace { output.append(" ") }
                lastWasSpace = true
            } else {
                output.append(character)
                lastWasSpace = false
            }
        }
        return output
    }
}
