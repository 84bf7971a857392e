import ArgumentParser
import Logging
import SwitchboardBridge
import SwitchboardCore

extension SwitchboardCommand {
    /// `switchboard bridge`: the JSON Lines front end for web widgets and chat adapters.
    struct Bridge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Serve a bot over JSON Lines on standard input and output (protocol \(BridgeProtocol.fullVersion)).",
            discussion: """
                Writes a ready line, then one JSON object per input line, in order, each flushed \
                at once; diagnostics go to standard error. See docs/bridge.md for the protocol.
                """
        )

        @OptionGroup var bot: BotOptions
        @OptionGroup var handoff: HandoffOptions
        @OptionGroup var conversations: ConversationLogOptions

        @Option(
            help: ArgumentHelp(
                "Save every session's state here after each turn, and resume them on start.",
                valueName: "DIR"))
        var stateDir: String?

        @Option(help: "The longest input line accepted, in bytes.")
        var maxLineBytes: Int = BridgeConfiguration.defaultMaxLineBytes

        @Option(help: "Forget a session after this many minutes without a request (0: never).")
        var idleMinutes: Int = 30

        @Option(help: "Seed for ticket ids, for reproducible runs.")
        var seed: UInt64?

        @Option(
            help: ArgumentHelp(
                "Answer actions from canned results instead of asking the frontend (see docs/actions.md).",
                valueName: "file"))
        var mocks: String?

        @Option(
            help: ArgumentHelp(
                "Stop the clock at this UTC time (ISO 8601), for reproducible tests.",
                visibility: .hidden))
        var fixedTime: String?

        func validate() throws {
            guard self.maxLineBytes >= 1 else {
                throw ValidationError("--max-line-bytes must be at least 1")
            }
            guard self.maxLineBytes <= 64 * 1024 * 1024 else {
                throw ValidationError("--max-line-bytes must be at most 67108864 (64 MiB)")
            }
            guard self.idleMinutes >= 0 else {
                throw ValidationError("--idle-minutes must be 0 (never) or more")
            }
            if let fixedTime = self.fixedTime, Timestamp(iso: fixedTime) == nil {
                throw ValidationError("--fixed-time takes an ISO 8601 UTC time, not '\(fixedTime)'")
            }
        }

        func run() async throws {
            // Before anything can write: SIGPIPE ignored, SIGTERM ends the loop after a line.
            let termination = TerminationSignal.install()
            LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
            let logger = Logger(label: "switchboard.bridge")
            let bot = try self.bot.load()
            let mocks: ActionMocks?
            do {
                mocks = try self.mocks.map { path throws(ActionMocksError) in
                    try ActionMocks.load(from: path)
                }
            } catch {
                Console.error("\(error)")
                throw ExitCode.failure
            }
            let clock: any WallClock =
                self.fixedTime.flatMap(Timestamp.init(iso:)).map { ManualClock($0) }
                ?? SystemClock()
            var sessions: SessionStore
            // Held for the bridge's life: one process at a time uses a state folder.
            var folderLock: StateDirectoryLock?
            do {
                let directory = try self.stateDir.map { path throws(SessionPersistenceError) in
                    try StateDirectory(path: path)
                }
                folderLock = try directory?.lock()
                sessions = SessionStore(idleMinutes: self.idleMinutes, persistence: directory)
                let (resumed, problems) = try sessions.resume(at: clock.now())
                for problem in problems { logger.warning("\(problem)") }
                if resumed > 0 { logger.info("sessions resumed from --state-dir: \(resumed)") }
            } catch {
                Console.error("cannot use --state-dir: \(error)")
                throw ExitCode.failure
            }
            var configuration = BridgeConfiguration(
                maxLineBytes: self.maxLineBytes,
                seed: self.seed ?? UInt64.random(in: .min ... .max), mocks: mocks)
            // What an `erase` request rewrites: the logs this bridge writes.
            configuration.erasableLogs =
                [self.handoff.handoffLog] + (self.conversations.path(for: bot).map { [$0] } ?? [])
            var server = BridgeServer(
                bot: bot,
                configuration: configuration,
                sessions: sessions, handoffStore: FileHandoffStore(path: self.handoff.handoffLog),
                conversationLog: self.conversations.store(for: bot, holdsWrites: true),
                clock: clock,
                logger: logger)
            var input = FileDescriptorLineSource(
                maxLineBytes: self.maxLineBytes, termination: termination)
            var output = FileDescriptorLineSink()
            _ = await server.run(input: &input, output: &output)
            withExtendedLifetime(folderLock) {}
        }
    }
}
