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
                Finds the same lines erase would remove (the user's own, and the lines of their \
                sessions and handoff tickets) and the user's session files, and writes them as \
                one JSON document. Safe while chat or a bridge is running. See \
                docs/operations.md.
                """
        )

        @OptionGroup var options: UserDataOptions

        @Option(
            help: ArgumentHelp(
                "Write the JSON to this file instead of standard output.", valueName: "FILE"))
        var out: String?

        func run() throws {
            var known: [SavedSession] = []
            var folder: StateDirectory?
            if let path = self.options.stateDir, FileSystem.isDirectory(path) {
                do {
                    let directory = try StateDirectory(path: path)
                    let (sessions, problems) = try directory.sessions(of: self.options.user)
                    for problem in problems { Console.error(problem) }
                    known = sessions
                    folder = directory
                } catch {
                    Console.error("cannot read --state-dir: \(error)")
                    throw ExitCode.failure
                }
            }
            var request = UserDataRequest(
                user: self.options.user, files: self.options.logFiles(),
                sessions: Set(known.map(\.session)))
            let found: [UserDataRequest.Found]
            do {
                found = try request.export()
                if let folder {
                    // Sessions with no user of their own, learnt from the logs.
                    known = try folder.sessions(
                        of: self.options.user, orIn: request.selector.sessions
                    ).sessions
                }
            } catch {
                Console.error("cannot export: \(error)")
                throw ExitCode.failure
            }
            for file in found {
                for problem in file.problems {
                    Console.error("\(problem) (unreadable; not checked)")
                }
            }
            let document = self.document(found, sessions: known, folder: folder)
            if let out = self.out {
                do {
                    try FileSystem.writeAtomically(Array(document.utf8), to: out)
                } catch {
                    Console.error("cannot write \(out): \(error)")
                    throw ExitCode.failure
                }
                let lines = found.reduce(0) { $0 + $1.lines.count }
                Console.error("wrote \(out): \(lines) log lines, \(known.count) sessions")
            } else {
                Console.out(document)
            }
        }

        /// `{"user","exportedAt","files":[{"path","lines":[...]}],"sessions":[...]}`.
        private func document(
            _ found: [UserDataRequest.Found], sessions: [SavedSession], folder: StateDirectory?
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
                writer.endObject()
            }
            writer.endArray()
            writer.key("sessions")
            writer.beginArray()
            let parser = JSONParser()
            for saved in sessions.sorted(by: { $0.session < $1.session }) {
                guard let folder,
                    let bytes = try? FileSystem.read(folder.filePath(for: saved.session)),
                    let node = try? parser.parse(bytes)
                else { continue }
                writer.value(node.value)
            }
            writer.endArray()
            writer.endObject()
            return writer.text
        }
    }
}
