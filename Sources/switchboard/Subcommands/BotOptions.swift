import ArgumentParser
import SwitchboardCore

/// The `--bot` option every subcommand shares.
struct BotOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The bot's folder (default: the one bot under intents/).", valueName: "DIR"))
    var bot: String?

    /// Without `--bot`, there must be exactly one bot under `intents/` (checked while the
    /// command line is parsed, so a problem is shown with the subcommand's usage).
    func validate() throws {
        _ = try self.directory()
    }

    /// The bot folder: `--bot`, or the only folder under `intents/`.
    func directory() throws -> String {
        if let bot = self.bot { return bot }
        let bots = try Self.bots()
        guard bots.count == 1, let only = bots.first else {
            throw ValidationError(
                "intents/ holds \(bots.count) bots (\(bots.joined(separator: ", "))); choose one with --bot intents/NAME"
            )
        }
        return only
    }

    /// Every bot folder under `intents/`.
    static func bots() throws -> [String] {
        guard FileSystem.isDirectory("intents") else {
            throw ValidationError(
                "no intents/ folder here: run from the project folder, or pass --bot DIR")
        }
        let names = (try? FileSystem.entries(of: "intents")) ?? []
        let bots = names.filter { !$0.hasPrefix(".") && FileSystem.isDirectory("intents/\($0)") }
            .map { "intents/\($0)" }
        guard !bots.isEmpty else {
            throw ValidationError("intents/ has no bot folders; pass --bot DIR")
        }
        return bots
    }

    /// Loads the bot, printing warnings to standard error; on errors prints them and exits 1.
    func load() throws -> Bot {
        let directory = try self.directory()
        do {
            // On a terminal, show what is being built (a large knowledge base takes seconds).
            let progress: (@Sendable (String) -> Void)? =
                Console.isErrorTerminal
                ? { @Sendable message in Console.status(message + "…") } : nil
            let (bot, warnings) = try Bot.load(from: directory, progress: progress)
            if progress != nil { Console.status("") }
            for warning in warnings { Console.note(warning.description) }
            return bot
        } catch {
            for diagnostic in error.diagnostics { Console.note(diagnostic.description) }
            Console.error(
                "\(error.description); fix these and try again (switchboard check --bot \(directory))"
            )
            throw ExitCode.failure
        }
    }
}

/// The `--handoff-log` option: of the commands that talk to users and append to the log, and
/// of those that read it (`handoff`, `report`, `erase`, `export`).
struct HandoffOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The JSON Lines file handoffs are appended to.", valueName: "PATH"))
    var handoffLog: String = "handoff.jsonl"

    func validate() throws {
        try FileOption.check(self.handoffLog, "--handoff-log")
    }
}

/// The `--conversation-log` option of the commands that talk to users.
struct ConversationLogOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Append conversation events (masked) to this JSON Lines file, for switchboard "
                + "report (default: the bot's conversationLog setting; none when unset).",
            valueName: "PATH"))
    var conversationLog: String?

    /// The conversation log's path: `--conversation-log`, else the bot's setting, else none.
    func path(for bot: Bot) -> String? {
        self.conversationLog ?? bot.settings.conversationLog
    }

    /// The conversation log store for the bot, if it keeps one.
    ///
    /// - Parameter holdsWrites: hold events back until the front end flushes the store (the
    ///   bridge, before it sends a batch of replies).
    func store(for bot: Bot, holdsWrites: Bool = false) -> FileConversationLogStore? {
        self.path(for: bot).map { FileConversationLogStore(path: $0, holdsWrites: holdsWrites) }
    }

    func validate() throws {
        if let path = self.conversationLog { try FileOption.check(path, "--conversation-log") }
    }
}
