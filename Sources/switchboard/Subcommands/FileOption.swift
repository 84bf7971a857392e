import ArgumentParser
import SwitchboardCore

/// The options that name a file the command appends to or rewrites (`--handoff-log`,
/// `--conversation-log`), checked the same way while the command line is parsed.
enum FileOption {
    /// Throws a usage error when `path` is empty or a folder, before any file is touched.
    static func check(_ path: String, _ name: String) throws {
        if path.isEmpty || FileSystem.isDirectory(path) {
            throw ValidationError("\(name) takes a file, not '\(path)'")
        }
    }
}
