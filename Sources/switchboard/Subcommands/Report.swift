import ArgumentParser
import SwitchboardCore

extension SwitchboardCommand {
    /// `switchboard report`: containment, handoffs, fallbacks, CSAT and SLA from the logs.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report on conversations: containment, handoffs, fallbacks, CSAT, SLA.",
            discussion: """
                Reads the conversation log (written by chat and bridge with --conversation-log or \
                the bot's conversationLog setting) and the handoff log. Lines that cannot be read \
                are listed on standard error with file:line and skipped. See docs/operations.md.
                """
        )

        @OptionGroup var logs: LogLocationOptions

        @Option(
            help: ArgumentHelp(
                "Count conversations started on or after this day (YYYY-MM-DD, UTC) or time "
                    + "(ISO 8601).", valueName: "DATE"))
        var since: String?

        @Option(
            help: ArgumentHelp(
                "Count conversations started up to this day, included (YYYY-MM-DD), or before "
                    + "this time (ISO 8601).", valueName: "DATE"))
        var until: String?

        @Option(
            help: ArgumentHelp(
                "Only this bot: its folder (whose settings name the conversation log) or its "
                    + "name (default: every bot in the logs).", valueName: "DIR"))
        var bot: String?

        @Option(
            help: ArgumentHelp("How many groups of unanswered questions to list.", valueName: "N"))
        var top: Int = 10

        @Flag(help: "Print the report as JSON instead of tables.")
        var json = false

        @Option(
            help: ArgumentHelp(
                "Also write the report as a self-contained HTML page with charts.",
                valueName: "FILE"))
        var html: String?

        @Option(
            help: ArgumentHelp(
                "The report's time (ISO 8601 UTC), for reproducible SLA figures.",
                visibility: .hidden))
        var now: String?

        func validate() throws {
            guard self.top >= 1 else { throw ValidationError("--top must be at least 1") }
            if let since = self.since, Self.time(since, endOfDay: false) == nil {
                throw ValidationError(
                    "--since takes YYYY-MM-DD or an ISO 8601 UTC time, not '\(since)'")
            }
            if let until = self.until, Self.time(until, endOfDay: true) == nil {
                throw ValidationError(
                    "--until takes YYYY-MM-DD or an ISO 8601 UTC time, not '\(until)'")
            }
            if let start = self.since.flatMap({ Self.time($0, endOfDay: false) }),
                let end = self.until.flatMap({ Self.time($0, endOfDay: true) }), end <= start
            {
                throw ValidationError("--until must come after --since")
            }
            if let now = self.now, Timestamp(iso: now) == nil {
                throw ValidationError("--now takes an ISO 8601 UTC time, not '\(now)'")
            }
            if let html = self.html, html.isEmpty || FileSystem.isDirectory(html) {
                throw ValidationError("--html takes a file to write, not '\(html)'")
            }
        }

        func run() throws {
            // The bot's settings give the log's default path and the language its unanswered
            // questions are grouped in.
            let settings = LogLocationOptions.botSettings(
                bot: self.bot, quietly: self.logs.conversationLog != nil)
            let logPath = self.logs.conversationLogPath(settings: settings)
            let handoffLog = self.logs.handoffLog
            guard FileSystem.exists(logPath) else {
                Console.error(
                    "no conversation log at \(logPath): chat and bridge write one with "
                        + "--conversation-log PATH or the bot's conversationLog setting")
                throw ExitCode.failure
            }
            let conversations: (events: [ConversationEvent], problems: [LogLineError])
            let ledger: HandoffLedger
            do {
                conversations = try ConversationLogReader(path: logPath).read()
                ledger = try FileHandoffStore(path: handoffLog).ledger()
            } catch {
                Console.error("cannot read the logs: \(error)")
                throw ExitCode.failure
            }
            if !FileSystem.exists(handoffLog) {
                Console.warning("no handoff log at \(handoffLog): the SLA figures are empty")
            }
            Self.warn(about: conversations.problems + ledger.problems.map { LogLineError($0) })

            let filter = ReportFilter(
                since: self.since.flatMap { Self.time($0, endOfDay: false) },
                until: self.until.flatMap { Self.time($0, endOfDay: true) }, bot: self.botName)
            let report = ConversationReport(
                events: conversations.events, tickets: ledger.tickets, filter: filter,
                now: self.now.flatMap(Timestamp.init(iso:)) ?? SystemClock().now(),
                unansweredLimit: self.top, language: settings?.language ?? .english)

            if let html = self.html {
                do {
                    // It quotes users' unanswered questions (masked, but still their
                    // words): readable by its owner only, as the logs it comes from are.
                    try FileSystem.writeAtomically(
                        Array(ReportHTMLRenderer().render(report).utf8), to: html,
                        permissions: 0o600)
                } catch {
                    Console.error("cannot write the HTML report: \(error)")
                    throw ExitCode.failure
                }
                Console.note("wrote \(html)")
            }
            if self.json {
                Console.out(report.json())
            } else {
                Console.out(String(ReportTextRenderer().render(report).dropLast()))
            }
        }

        /// The bot to filter on: the name `--bot` gives, or its folder's last part.
        private var botName: String? {
            self.bot.map { bot in
                let trimmed = bot.hasSuffix("/") ? String(bot.dropLast()) : bot
                return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
            }
        }

        /// Lists unreadable lines on standard error (the first 100, then a count).
        private static func warn(about problems: [LogLineError]) {
            let shown = 100
            for problem in problems.prefix(shown) {
                let text = problem.description
                Console.warning(text.contains("skipped") ? text : text + " (line skipped)")
            }
            if problems.count > shown {
                Console.warning(
                    "… and \(Plural.count(problems.count - shown, "more line")) skipped")
            }
            if !problems.isEmpty {
                Console.warning(
                    "\(Plural.count(problems.count, "unreadable line")) skipped; "
                        + "the report counts the rest")
            }
        }

        /// A `--since`/`--until` value: a bare day is its midnight, or the next midnight when
        /// it ends a period (so the day is included).
        static func time(_ text: String, endOfDay: Bool) -> Timestamp? {
            guard let time = Timestamp(iso: text) else { return nil }
            guard endOfDay, text.utf8.count == 10 else { return time }
            return time.adding(minutes: 24 * 60)
        }
    }
}
