import ArgumentParser
import SwitchboardCore

/// Where the logs are, for the commands that read them (`report`, `erase`, `export`): the
/// handoff log and the conversation log, named by the same options `chat` and `bridge` write
/// them with.
///
/// The conversation log defaults to a bot's `conversationLog` setting; each command names the
/// bot with its own `--bot` (a filter for `report`, only the setting's source for the others).
struct LogLocationOptions: ParsableArguments {
    /// The conversation log when neither `--conversation-log` nor a bot's setting names one.
    static let defaultConversationLog = "conversations.jsonl"

    private static let conversationLogHelp =
        "The conversation log (default: the bot's conversationLog setting, else "
        + "./\(Self.defaultConversationLog))."

    @OptionGroup var handoff: HandoffOptions

    @Option(help: ArgumentHelp(Self.conversationLogHelp, valueName: "PATH"))
    var conversationLog: String?

    /// The handoff log's path.
    var handoffLog: String { self.handoff.handoffLog }

    func validate() throws {
        if let path = self.conversationLog { try FileOption.check(path, "--conversation-log") }
    }

    /// The conversation log's path: `--conversation-log`, else the `conversationLog` setting
    /// of the bot `bot` names (see ``botSettings(bot:quietly:)``), else
    /// ``defaultConversationLog``.
    func conversationLogPath(bot: String?) -> String {
        self.conversationLog ?? Self.botSettings(bot: bot)?.conversationLog
            ?? Self.defaultConversationLog
    }

    /// The conversation log's path: `--conversation-log`, else the `conversationLog` of
    /// `settings`, else ``defaultConversationLog``.
    func conversationLogPath(settings: BotSettings?) -> String {
        self.conversationLog ?? settings?.conversationLog ?? Self.defaultConversationLog
    }

    /// The settings of the bot named by `bot` (a folder, or a name under `intents/`), or of the
    /// one bot under `intents/` when `bot` is nil; nil when there is none or its definitions
    /// cannot be read (said on standard error unless `quietly`).
    static func botSettings(bot: String?, quietly: Bool = false) -> BotSettings? {
        var folder: String?
        if let bot {
            let trimmed = bot.hasSuffix("/") ? String(bot.dropLast()) : bot
            if FileSystem.isDirectory(trimmed) {
                folder = trimmed
            } else if FileSystem.isDirectory("intents/\(trimmed)") {
                folder = "intents/\(trimmed)"
            }
        } else if let bots = try? BotOptions.bots(), bots.count == 1 {
            folder = bots.first
        }
        guard let folder else { return nil }
        do {
            return try DefinitionLoader().load(from: folder).definition.settings
        } catch {
            if !quietly {
                Console.warning(
                    "cannot read the settings of \(folder) (switchboard check --bot \(folder)); "
                        + "using ./\(Self.defaultConversationLog)")
            }
            return nil
        }
    }
}
