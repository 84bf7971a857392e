import ArgumentParser
import SwitchboardCore

/// The person and the files of `erase` and `export`: the same files `chat` and `bridge`
/// write, named by the same options.
struct UserDataOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The user id the frontend gave (the `user` of the logs).", valueName: "ID"))
    var user: String

    @OptionGroup var files: DataFileOptions

    /// The bridge's state folder, if given.
    var stateDir: String? { self.files.stateDir }

    func validate() throws {
        guard !self.user.isEmpty else { throw ValidationError("--user needs a user id") }
    }

    /// The JSON Lines files to search (see ``DataFileOptions/logFiles()``).
    func logFiles() -> [JSONLinesFile] { self.files.logFiles() }

    /// Exits 1 when none of the places to search exists (see
    /// ``DataFileOptions/requireAnyPlace(among:_:)``).
    func requireAnyPlace(among files: [JSONLinesFile], _ outcome: String) throws {
        try self.files.requireAnyPlace(among: files, outcome)
    }
}
