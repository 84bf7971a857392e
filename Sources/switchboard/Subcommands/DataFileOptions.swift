import ArgumentParser
import SwitchboardCore

/// The files `erase`, `export` and `purge` work on: the same files `chat` and `bridge` write,
/// named by the same options, plus rotated copies of the logs and the bridge's state folder.
struct DataFileOptions: ParsableArguments {
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

    /// Exits 1, with the reason on standard error, when none of the places to search exists:
    /// no log among `files`, and no `--state-dir` folder.
    ///
    /// That is a mistyped path or the wrong working folder, never a person with no data, and
    /// a script must not read it as an erasure done or an export complete. When at least one
    /// exists, the others are reported as missing (the receipt's `no such file`) and the
    /// command goes on: a deployment may keep no conversation log.
    ///
    /// - Parameters:
    ///   - files: the logs, as ``logFiles()`` gave them.
    ///   - outcome: what did not happen, for the message ("nothing was erased").
    func requireAnyPlace(among files: [JSONLinesFile], _ outcome: String) throws {
        if files.contains(where: { FileSystem.exists($0.path) }) { return }
        if let stateDir = self.stateDir, FileSystem.isDirectory(stateDir) { return }
        let places = files.map(\.path) + (self.stateDir.map { [$0 + "/"] } ?? [])
        Console.error(
            "none of \(places.joined(separator: ", ")) exists; \(outcome) (check "
                + "--handoff-log, --conversation-log and --state-dir, and the folder the command "
                + "runs in)")
        throw ExitCode.failure
    }
}
