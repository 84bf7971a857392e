import ArgumentParser
import SwitchboardCore

/// The person and the files of `erase` and `export`: the same files `chat` and `bridge`
/// write, named by the same options.
struct UserDataOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The user id the frontend gave (the `user` of the logs).", valueName: "ID"))
    var user: String

    @Option(help: ArgumentHelp("The handoff log.", valueName: "PATH"))
    var handoffLog: String = "handoff.jsonl"

    @Option(
        help: ArgumentHelp(
            "The conversation log (default: the bot's conversationLog setting, else "
                + "./conversations.jsonl).", valueName: "PATH"))
    var conversationLog: String?

    @Option(
        help: ArgumentHelp(
            "The bridge's --state-dir folder, whose session files are included.",
            valueName: "DIR"))
    var stateDir: String?

    @Option(
        help: ArgumentHelp(
            "The bot whose conversationLog setting names the conversation log (default: the "
                + "one bot under intents/, if any).", valueName: "DIR"))
    var bot: String?

    func validate() throws {
        guard !self.user.isEmpty else { throw ValidationError("--user needs a user id") }
        if let stateDir = self.stateDir, FileSystem.exists(stateDir),
            !FileSystem.isDirectory(stateDir)
        {
            throw ValidationError("--state-dir takes a folder, not '\(stateDir)'")
        }
    }

    /// The JSON Lines files to search: the handoff log, then the conversation log.
    func logFiles() -> [JSONLinesFile] {
        let conversationLog =
            self.conversationLog
            ?? BotOptions.conversationLogSetting(bot: self.bot) ?? "conversations.jsonl"
        var paths = [self.handoffLog]
        if conversationLog != self.handoffLog { paths.append(conversationLog) }
        return paths.map { JSONLinesFile(path: $0) }
    }
}
