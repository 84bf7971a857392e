import SwitchboardCore
import SwitchboardTesting
import Testing

/// `report`, `erase` and `export` name the logs with one options group: the same flags, help
/// and defaults, and the same conversation log from a bot's setting.
@Suite struct LogLocationOptionsTests {
    static let commands = [["report"], ["erase"], ["export"]]

    /// Copies the example bot to `intents/tidepool` in `directory`, its settings naming
    /// `conversationLog`.
    static func copyExampleBot(
        into directory: TemporaryDirectory, conversationLog: String
    ) throws {
        try directory.copy(from: ProjectPaths.exampleBot, to: "intents/tidepool")
        let settings = try directory.read("intents/tidepool/bot.json").replacing(
            #""name": "Tidepool Support","#,
            with: #""name": "Tidepool Support", "conversationLog": "\#(conversationLog)","#)
        try directory.write("intents/tidepool/bot.json", settings)
    }

    @Test(arguments: Self.commands)
    func helpListsTheLogOptionsWithTheirDefaults(_ command: [String]) throws {
        let help = try ProcessRunner.switchboard(command + ["--help"])
        #expect(help.status == 0)
        let text = ReportTestsText.collapsed(help.output.replacing("\n", with: " "))
        #expect(
            text.contains(
                " --handoff-log <PATH> The JSON Lines file handoffs are appended to. "
                    + "(default: handoff.jsonl) "))
        #expect(
            text.contains(
                " --conversation-log <PATH> The conversation log (default: the bot's "
                    + "conversationLog setting, else ./conversations.jsonl). "))
    }

    /// With no log options, every command reads `./handoff.jsonl` and the log the one bot's
    /// `conversationLog` setting names.
    @Test func theDefaultsAreTheSameForEveryCommand() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.copyExampleBot(into: directory, conversationLog: "logs.jsonl")
        // One of the files exists: the other is reported missing and the command goes on.
        try directory.write("handoff.jsonl", "")

        let export = try ProcessRunner.switchboard(
            ["export", "--user", "u-1"], in: directory.path)
        #expect(export.status == 0, "\(export.errors)")
        #expect(export.output.contains(#""path": "handoff.jsonl""#))
        #expect(export.output.contains(#""path": "logs.jsonl""#))

        let erase = try ProcessRunner.switchboard(
            ["erase", "--user", "u-1"], in: directory.path)
        #expect(erase.status == 0, "\(erase.errors)")
        #expect(erase.output.contains("  handoff.jsonl: removed 0 lines, kept 0\n"))
        #expect(erase.output.contains("  logs.jsonl: no such file\n"))

        let report = try ProcessRunner.switchboard(["report"], in: directory.path)
        #expect(report.status == 1)
        #expect(report.errors.hasPrefix("error: no conversation log at logs.jsonl"))
    }

    /// When none of the files exists (a mistyped path, the wrong folder), `erase` and
    /// `export` exit 1 with the reason on standard error and print no receipt or export: a
    /// script must not record an erasure that erased nothing.
    @Test(arguments: [("erase", "nothing was erased"), ("export", "nothing was exported")])
    func noFileAtAllIsAFailure(_ command: String, _ outcome: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let named = try ProcessRunner.switchboard(
            [
                command, "--user", "u-1", "--handoff-log", "h.jsonl", "--conversation-log",
                "c.jsonl", "--state-dir", "state",
            ],
            in: directory.path)
        #expect(named.status == 1)
        #expect(named.output.isEmpty)
        #expect(
            named.errors
                == "error: none of h.jsonl, c.jsonl, state/ exists; \(outcome) (check "
                + "--handoff-log, --conversation-log and --state-dir, and the folder the command "
                + "runs in)\n")
        #expect(try FileSystem.entries(of: directory.path).isEmpty)

        // A state folder alone is a place to search: the logs are reported missing.
        try directory.write("state/keep", "")
        let withFolder = try ProcessRunner.switchboard(
            [
                command, "--user", "u-1", "--handoff-log", "h.jsonl", "--conversation-log",
                "c.jsonl", "--state-dir", "state",
            ],
            in: directory.path)
        #expect(withFolder.status == 0, "\(withFolder.errors)")
    }

    /// A folder (or nothing) where a log file goes is refused before any file is touched,
    /// with the subcommand's usage: `erase` used to erase the handoff log and then stop at a
    /// conversation log that was a folder.
    @Test(arguments: [["report"], ["erase", "--user", "u-1"], ["export", "--user", "u-1"]])
    func aFolderForALogIsAUsageError(_ command: [String]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("handoff.jsonl", #"{"ticket":"TKT-1","user":"u-1"}"# + "\n")
        try directory.write("logs/keep", "")
        for (option, value) in [
            ("--conversation-log", directory.url("logs")), ("--handoff-log", directory.url("logs")),
            ("--handoff-log", ""),
        ] {
            let result = try ProcessRunner.switchboard(
                command + ["--handoff-log", directory.url("handoff.jsonl"), option, value],
                in: directory.url("."))
            #expect(result.status == 64, "\(command) \(option) \(value)")
            #expect(
                result.errors.hasPrefix(
                    "Error: \(option) takes a file, not '\(value)'\n"
                        + "Usage: switchboard \(command[0]) "),
                "\(result.errors)")
            #expect(
                try directory.read("handoff.jsonl") == #"{"ticket":"TKT-1","user":"u-1"}"# + "\n")
        }
    }
}
