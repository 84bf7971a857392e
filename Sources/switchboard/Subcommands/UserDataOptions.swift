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
        name: .customLong("rotated-log"),
        help: ArgumentHelp(
            "Another handoff or conversation log to include, such as a rotated or archived "
                + "copy (repeatable); sessions and tickets are tied across all the files.",
            valueName: "PATH"))
    var rotatedLogs: [String] = []

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
        for path in self.rotatedLogs { try FileOption.check(path, "--rotated-log") }
        if let stateDir = self.stateDir, FileSystem.exists(stateDir),
            !FileSystem.isDirectory(stateDir)
        {
            throw ValidationError("--state-dir takes a folder, not '\(stateDir)'")
        }
    }

    /// The JSON Lines files to search: the handoff log, the conversation log, then each
    /// `--rotated-log` (a path given twice is searched once).
    ///
    /// A rotated log matters beyond its own lines: a handoff record moved to `handoff.jsonl.1`
    /// is what ties the ticket's later events in `handoff.jsonl` to the person.
    func logFiles() -> [JSONLinesFile] {
        var paths: [String] = []
        let all =
            [self.logs.handoffLog, self.logs.conversationLogPath(bot: self.bot)] + self.rotatedLogs
        for path in all where !paths.contains(path) { paths.append(path) }
        return paths.map { JSONLinesFile(path: $0) }
    }
}
