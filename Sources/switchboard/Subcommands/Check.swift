import ArgumentParser
import SwitchboardCore

extension SwitchboardCommand {
    /// `switchboard check`: load and lint bot definitions.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load and lint a bot's definitions; exit 1 on any error.",
            discussion: """
                Without --bot, checks every bot under intents/. Diagnostics read \
                FILE:LINE:COLUMN: error|warning: JSON.PATH: message.
                """
        )

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The bot's folder (default: every bot under intents/).", valueName: "DIR"))
        var bot: String?

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Warn about flows whose sop.reviewed is more than N days before --today.",
                valueName: "N"))
        var sopReviewDays: Int?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The day --sop-review-days judges by (default: today, UTC).",
                valueName: "YYYY-MM-DD"))
        var today: String?

        func validate() throws {
            if self.bot == nil { _ = try BotOptions.bots() }
            if let days = self.sopReviewDays, days < 0 {
                throw ValidationError("--sop-review-days must be 0 or more, not \(days)")
            }
            if let today = self.today {
                guard CalendarDate(iso: today) != nil else {
                    throw ValidationError(
                        "--today must be a date such as 2026-11-28 (YYYY-MM-DD), not \"\(today)\"")
                }
                guard self.sopReviewDays != nil else {
                    throw ValidationError("--today is only used with --sop-review-days")
                }
            }
        }

        /// The review-age check, when `--sop-review-days` asks for it.
        private var reviewCheck: SOPReviewCheck? {
            guard let days = self.sopReviewDays else { return nil }
            let today = self.today.flatMap { CalendarDate(iso: $0) } ?? SystemClock().now().date
            return SOPReviewCheck(maximumAgeDays: days, today: today)
        }

        func run() throws {
            let directories = try self.bot.map { [$0] } ?? BotOptions.bots()
            var failed = false
            for directory in directories {
                failed = !self.check(directory) || failed
            }
            if failed { throw ExitCode.failure }
        }

        /// Checks one bot; `true` when it passes.
        private func check(_ directory: String) -> Bool {
            var diagnostics: [Diagnostic]
            var summary = ""
            do {
                let loaded = try DefinitionLoader().load(from: directory)
                let bot = Bot(definition: loaded.definition)
                diagnostics =
                    (loaded.diagnostics + BotChecks.run(on: bot)
                    + ActionMocks.diagnostics(forBotIn: directory, definition: loaded.definition)
                    + (self.reviewCheck?.check(loaded.definition) ?? []))
                    .sortedByPlace()
                let definition = loaded.definition
                let examples = definition.intents.reduce(0) { $0 + $1.examples.count }
                let states = definition.flows.reduce(0) { $0 + $1.states.count }
                summary =
                    " (\(Plural.count(definition.intents.count, "intent")), "
                    + "\(Plural.count(examples, "example")), "
                    + "\(Plural.count(definition.flows.count, "flow")), "
                    + "\(Plural.count(states, "state")), "
                    + "\(Plural.count(definition.slots.count, "slot")), "
                    + "\(Plural.count(definition.articles.count, "article")))"
            } catch {
                diagnostics = error.diagnostics
            }
            for diagnostic in diagnostics { Console.out(diagnostic.description) }
            let errors = diagnostics.filter(\.isError).count
            let warnings = diagnostics.count - errors
            Console.out(
                "\(directory): \(Plural.count(errors, "error")), "
                    + "\(Plural.count(warnings, "warning"))" + summary)
            return errors == 0 && (!self.strict || warnings == 0)
        }
    }
}
