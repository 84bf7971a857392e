import ArgumentParser
import SwitchboardCore

/// The person and the files of `erase` and `export`: the same files `chat` and `bridge`
/// write, named by the same options.
struct UserDataOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The user id the frontend gave (the `user` of the logs).", valueName: "ID"))
    var user: String

    @OptionGroup var logs: LogLocationOptions

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
        let handoffLog = self.logs.handoffLog
        let conversationLog = self.logs.conversationLogPath(bot: self.bot)
        var paths = [handoffLog]
        if conversationLog != handoffLog { paths.append(conversationLog) }
        return paths.map { JSONLinesFile(path: $0) }
    }
}
