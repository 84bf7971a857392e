import ArgumentParser
import Logging
import SwitchboardCore
import SwitchboardTerminal

extension SwitchboardCommand {
    /// `switchboard chat`: the readline REPL.
    struct Chat: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Chat with a bot in a terminal REPL (type /help inside).",
            discussion: """
                Reads with GNU readline on a terminal (history in ~/.switchboard_history, tab completion \
                of /commands); reads plain lines from a pipe, so sessions can be scripted.
                """
        )

        @OptionGroup var bot: BotOptions
        @OptionGroup var handoff: HandoffOptions
        @OptionGroup var conversations: ConversationLogOptions

        @Option(help: "The session id written to handoff records.")
        var session: String?

        @Option(help: "The user id written to handoff records.")
        var user: String = "cli-user"

        @Option(
            name: .customLong("context"),
            help: ArgumentHelp(
                "A value the frontend would pass about the user, such as plan=plus or vip=true "
                    + "(repeatable; read like `given context` in transcripts).",
                valueName: "KEY=VALUE"))
        var contextValues: [String] = []

        @Option(help: "Seed for ticket ids, for reproducible sessions.")
        var seed: UInt64?

        @Option(help: "Where /save writes transcripts (default: transcripts/<bot>).")
        var transcripts: String?

        @Option(
            help: ArgumentHelp(
                "Answer the flows' actions from canned results (default: the bot's mocks.json; see docs/actions.md).",
                valueName: "file"))
        var mocks: String?

        @Option(
            help: ArgumentHelp(
                "Perform the flows' actions by running DIR/<action> (JSON in on stdin, out on stdout).",
                valueName: "dir"))
        var actions: String?

        @Flag(help: "Never use colour.")
        var noColor = false

        func validate() throws {
            if self.mocks != nil, self.actions != nil {
                throw ValidationError("give --mocks or --actions, not both")
            }
            for value in self.contextValues where !value.contains("=") {
                throw ValidationError("--context takes KEY=VALUE, not '\(value)'")
            }
        }

        /// The `--context` values, read like `given context` lines in transcripts.
        var context: [String: SlotValue] {
            var context: [String: SlotValue] = [:]
            for value in self.contextValues {
                let parts = value.split(separator: "=", maxSplits: 1)
                context[String(parts[0])] = TranscriptSyntax.value(parts.count > 1 ? parts[1] : "")
            }
            return context
        }

        func run() async throws {
            LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
            let bot = try self.bot.load()
            // Ids reach the logs unmasked (erase and export find a person's lines by them).
            for (name, id) in [("--session", self.session), ("--user", self.user)] {
                guard let id, let finding = PIIMasker().findings(in: id).first else { continue }
                Console.error(
                    "warning: \(name) holds personal data (\(finding.kind.placeholder)), which is "
                        + "written to the logs unmasked; use an opaque id")
            }
            let clock = SystemClock()
            let seed = self.seed ?? UInt64.random(in: .min ... .max)
            let session = ConversationSession(
                bot: bot, session: self.session ?? "cli-\(clock.now().millisecondsSince1970)",
                user: self.user, context: self.context,
                handoffStore: FileHandoffStore(path: self.handoff.handoffLog),
                conversationLog: self.conversations.store(for: bot), clock: clock,
                seed: seed,
                logger: Logger(label: "switchboard.chat"))
            // Without --actions, actions are answered from --mocks, else from the mocks
            // shipped beside the bot (as replay does), so /save writes what replays.
            let mocks: ActionMocks
            var host: any ActionHost
            do {
                mocks =
                    try self.mocks.map { path throws(ActionMocksError) in
                        try ActionMocks.load(from: path)
                    } ?? ActionMocks.shipped(with: try self.bot.directory())
                host = MockActionHost(mocks: mocks)
            } catch let error as ActionMocksError {
                Console.error("\(error)")
                throw ExitCode.failure
            }
            if let directory = self.actions {
                host = CommandActionHost(
                    directory: directory, logger: Logger(label: "switchboard.actions"))
            }
            let interactive = ReadlineLineReader.isInteractive
            let reader: any LineReader =
                interactive
                ? ReadlineLineReader(
                    historyPath: FileSystem.homeDirectory.map { $0 + "/.switchboard_history" },
                    completions: ChatREPL.commands.map { String($0.name.split(separator: " ")[0]) })
                : PlainLineReader()
            var repl = ChatREPL(
                session: session, seed: seed, reader: reader, output: StandardOutput(),
                errors: StandardError(),
                style: self.noColor ? TerminalStyle(isEnabled: false) : .automatic,
                echoesInput: !interactive,
                transcriptsDirectory: self.transcripts ?? "transcripts/\(bot.definition.botID)",
                actionHost: host, mocks: mocks)
            await repl.run()
        }
    }
}
