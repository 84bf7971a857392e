import ArgumentParser
import SwitchboardBridge
import SwitchboardCore

extension SwitchboardCommand {
    /// `switchboard export --user ID`: the rights of access and portability.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Write a user's data from the handoff log, conversation log and state folder as JSON.",
            discussion: """
                Finds the same lines erase would remove (the user's own, the lines of their \
                sessions and handoff tickets, and unreadable lines that name one of these), the \
                user's session files and the files set aside \
                as NAME.unreadable that are theirs, and writes them as one JSON document. Safe \
                while chat or a bridge is running. See docs/operations.md.
                """
        )

        @OptionGroup var options: UserDataOptions

        @Option(
            help: ArgumentHelp(
                "Write the JSON to this file instead of standard output.", valueName: "FILE"))
        var out: String?

        func run() throws {
            let user = self.options.user
            let files = self.options.logFiles()
            try self.options.requireAnyPlace(among: files, "nothing was exported")
            var saved: [SavedSession] = []
            var setAside: [SetAsideFile] = []
            if let path = self.options.stateDir, FileSystem.isDirectory(path) {
                do {
                    let directory = try StateDirectory(path: path)
                    let problems: [String]
                    let unreadable: [SetAsideFile]
                    (saved, problems, unreadable) = try directory.readAll()
                    for problem in problems { Console.warning(problem) }
                    // Files a bridge or erase would set aside are the user's data too.
                    setAside = try directory.setAsideFiles() + unreadable
                } catch {
                    Console.error("cannot read --state-dir: \(error)")
                    throw ExitCode.failure
                }
            }
            var request = UserDataRequest(
                user: user, files: files,
                sessions: Set(saved.filter { $0.belongs(to: user) }.map(\.session)))
            let found: [UserDataRequest.Found]
            do {
                found = try request.export()
            } catch {
                Console.error("cannot export: \(error)")
                throw ExitCode.failure
            }
            for file in found {
                for line in file.unreadable {
                    Console.warning(
                        "\(line.problem) (unreadable; exported: it names this user, or a session "
                            + "or ticket of theirs)")
                }
                for problem in file.problems {
                    Console.warning(
                        "\(problem) (unreadable; not exported: it names no one of this user's, "
                            + "check it by hand)")
                }
            }
            // Sessions with no user of their own are theirs when the logs say so.
            let sessions = saved.filter { $0.belongs(to: user, orIn: request.selector.sessions) }
            let attributions = setAside.map {
                $0.attribution(to: user, sessions: request.selector.sessions)
            }
            let theirs = zip(setAside, attributions).filter { $1 == .theirs }.map(\.0)
            let unattributed = attributions.filter { $0 == .unknown }.count
            if unattributed > 0, let path = self.options.stateDir {
                Console.warning(
                    "\(path)/: \(Plural.count(unattributed, "set-aside *.unreadable file")) "
                        + "\(Plural.pick(unattributed, one: "names", other: "name")) no user and "
                        + "no session of this user; not exported, check "
                        + "\(Plural.pick(unattributed, one: "it", other: "them")) by hand "
                        + "(see docs/operations.md)")
            }
            let document = self.document(found, sessions: sessions, setAside: theirs)
            if let out = self.out {
                do {
                    // A user's data: readable by the operator who asked for it only.
                    try FileSystem.writeAtomically(
                        Array(document.utf8), to: out, permissions: 0o600)
                } catch {
                    Console.error("cannot write \(out): \(error)")
                    throw ExitCode.failure
                }
                let lines = found.reduce(0) { $0 + $1.lines.count + $1.unreadable.count }
                Console.note(
                    "wrote \(out): \(Plural.count(lines, "log line")), "
                        + "\(Plural.count(sessions.count, "session")), "
                        + "\(Plural.count(theirs.count, "set-aside file"))")
            } else {
                Console.out(document)
            }
        }

        /// `{"user","exportedAt","files":[{"path","lines":[...],"unreadableLines":[{"line",
        /// "text"}]}],"sessions":[...],"setAside":[{"path","contents"}]}`.
        private func document(
            _ found: [UserDataRequest.Found], sessions: [SavedSession], setAside: [SetAsideFile]
        ) -> String {
            var writer = JSONWriter(pretty: true)
            writer.beginObject()
            writer.key("user")
            writer.string(self.options.user)
            writer.key("exportedAt")
            writer.string(SystemClock().now().isoString)
            writer.key("files")
            writer.beginArray()
            for file in found {
                writer.beginObject()
                writer.key("path")
                writer.string(file.path)
                writer.key("lines")
                writer.beginArray()
                for line in file.lines { writer.value(.object(line.object)) }
                writer.endArray()
                // Their lines that cannot be read: as text (invalid UTF-8 replaced), with
                // their line numbers, since they are still the user's data.
                writer.key("unreadableLines")
                writer.beginArray()
                for line in file.unreadable {
                    writer.beginObject()
                    writer.key("line")
                    writer.number(line.problem.line)
                    writer.key("text")
                    writer.string(String(decoding: line.bytes, as: UTF8.self))
                    writer.endObject()
                }
                writer.endArray()
                writer.endObject()
            }
            writer.endArray()
            writer.key("sessions")
            writer.beginArray()
            let parser = JSONParser()
            for saved in sessions.sorted(by: { $0.session < $1.session }) {
                // The state as its file holds it, from what was read, not from the disk again.
                guard let bytes = try? saved.fileContents(), let node = try? parser.parse(bytes)
                else { continue }
                writer.value(node.value)
            }
            writer.endArray()
            // Files set aside as unreadable: their content as JSON when it is JSON, else as
            // text (invalid UTF-8 replaced), since they are still the user's data.
            writer.key("setAside")
            writer.beginArray()
            for file in setAside {
                writer.beginObject()
                writer.key("path")
                writer.string(file.path)
                writer.key("contents")
                if let node = try? parser.parse(file.contents) {
                    writer.value(node.value)
                } else {
                    writer.string(String(decoding: file.contents, as: UTF8.self))
                }
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
            return writer.text
        }
    }
}
