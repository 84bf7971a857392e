import ArgumentParser
import SwitchboardBridge
import SwitchboardCore

extension SwitchboardCommand {
    /// `switchboard erase --user ID`: the right to erasure over every file the engine wrote.
    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Erase a user's data from the handoff log, conversation log and state folder.",
            discussion: """
                Deletes from --state-dir, which no running bridge may be using, the files set \
                aside there as NAME.unreadable that are the user's and their session files \
                (counting the set-aside files that cannot be attributed to anyone), then \
                rewrites each log without the user's lines (their own, and the lines of their \
                sessions and handoff tickets, and unreadable lines that name one of these; \
                other unreadable lines are kept and listed): under the log's lock, to a temporary file that \
                is synced and renamed over the log, so writers never lose a line. The logs go \
                last so that, if a file cannot be deleted, running erase again still ties what \
                is left to the user. Prints a receipt with counts and no personal data. While \
                a bridge runs on the folder, send it an erase request instead (docs/bridge.md). \
                See docs/operations.md.
                """
        )

        @OptionGroup var options: UserDataOptions

        @Flag(help: "Print the receipt as JSON.")
        var json = false

        func run() throws {
            let files = self.options.logFiles()
            try self.options.requireAnyPlace(among: files, "nothing was erased")
            // The state folder first: if a bridge is using it, nothing is changed anywhere.
            // Read once: the lock keeps every other process from changing the folder.
            var folder: (directory: StateDirectory, lock: StateDirectoryLock)?
            var saved: [SavedSession] = []
            var setAside: [SetAsideFile] = []
            if let path = self.options.stateDir, FileSystem.isDirectory(path) {
                var hint = ""
                do {
                    let directory = try StateDirectory(path: path)
                    let lock: StateDirectoryLock
                    do {
                        lock = try directory.lock()
                    } catch {
                        // Most often a bridge runs on the folder: it erases on request.
                        hint =
                            "; while a bridge runs on the folder, send it "
                            + #"{"type":"erase","user":ID} instead (docs/bridge.md)"#
                        throw error
                    }
                    folder = (directory, lock)
                    let problems: [String]
                    (saved, problems) = try directory.loadAll()
                    for problem in problems { Console.warning(problem) }
                    // After loading, which sets aside the files it cannot read.
                    setAside = try directory.setAsideFiles()
                } catch {
                    Console.error(
                        "cannot erase from --state-dir: \(error); nothing was erased\(hint)")
                    throw ExitCode.failure
                }
            }
            // Hold the folder's lock until the logs are rewritten too.
            defer { withExtendedLifetime(folder?.lock) {} }
            let user = self.options.user
            var request = UserDataRequest(
                user: user, files: files,
                sessions: Set(saved.filter { $0.belongs(to: user) }.map(\.session)))
            // The one order the bridge's erase uses too: the state folder's files are deleted
            // while the logs still tie them to the user, and the logs are rewritten last, so
            // a delete that fails leaves everything a second run needs to finish.
            let state: (removedSessions: Int, keptSessions: Int, setAside: SetAsideErasure)
            let receipts: [UserDataRequest.Receipt]
            do {
                (state, receipts) = try request.erase(deletingStateFirst: {
                    sessions throws(SessionPersistenceError) in
                    guard let (directory, _) = folder else { return (0, 0, SetAsideErasure()) }
                    // Set-aside files first: a session file naming the user is what ties a
                    // torn set-aside file of its session to them when no log does.
                    let unreadable = try directory.eraseSetAsideFiles(
                        setAside, of: user, sessions: sessions)
                    let (removed, kept) = try directory.eraseSavedSessions(
                        saved, of: user, sessions: sessions)
                    return (removed, kept, unreadable)
                })
            } catch {
                switch error {
                case .logUnreadable(let failure):
                    Console.error("cannot erase: \(failure); nothing was erased")
                case .state(let failure):
                    Console.error(
                        "cannot erase from --state-dir: \(failure); no log was rewritten yet, "
                            + "run erase again to finish")
                case .log(let failure):
                    Console.error(
                        "cannot erase: \(failure); the state folder and the files listed before "
                            + "it were erased, run erase again to finish")
                }
                throw ExitCode.failure
            }
            let removedSessions = state.removedSessions
            let keptSessions = state.keptSessions
            let asideCounts = state.setAside
            for receipt in receipts {
                for line in receipt.unreadableRemoved {
                    Console.warning(
                        "\(line) (unreadable; removed: it names this user, or a session or "
                            + "ticket of theirs)")
                }
                for line in receipt.unreadableKept {
                    Console.warning(
                        "\(line) (unreadable; kept: it names no one of this user's, check it by "
                            + "hand)")
                }
                let kept = receipt.unreadableKept.count
                if kept > 0 {
                    Console.warning(
                        "\(receipt.path): \(Plural.count(kept, "unreadable line")) "
                            + "\(Plural.pick(kept, one: "names", other: "name")) no user, session "
                            + "or ticket of this user; kept, check "
                            + "\(Plural.pick(kept, one: "it", other: "them")) by hand "
                            + "(see docs/operations.md)")
                }
            }
            if asideCounts.unattributed > 0, let (directory, _) = folder {
                let count = asideCounts.unattributed
                Console.warning(
                    "\(directory.path)/: \(Plural.count(count, "set-aside *.unreadable file")) "
                        + "\(Plural.pick(count, one: "names", other: "name")) no user and no "
                        + "session of this user; kept, check "
                        + "\(Plural.pick(count, one: "it", other: "them")) by hand "
                        + "(see docs/operations.md)")
            }
            let now = SystemClock().now()
            if self.json {
                var writer = JSONWriter(pretty: true)
                writer.beginObject()
                writer.key("erasedAt")
                writer.string(now.isoString)
                writer.key("files")
                writer.beginArray()
                for receipt in receipts {
                    writer.beginObject()
                    writer.key("path")
                    writer.string(receipt.path)
                    writer.key("existed")
                    writer.bool(receipt.existed)
                    writer.key("removedLines")
                    writer.number(receipt.removed)
                    writer.key("keptLines")
                    writer.number(receipt.kept)
                    writer.key("unreadableLines")
                    writer.number(receipt.unreadableRemoved.count + receipt.unreadableKept.count)
                    writer.key("removedUnreadableLines")
                    writer.number(receipt.unreadableRemoved.count)
                    writer.key("keptUnreadableLines")
                    writer.number(receipt.unreadableKept.count)
                    writer.endObject()
                }
                writer.endArray()
                writer.key("stateDir")
                if let (directory, _) = folder {
                    writer.beginObject()
                    writer.key("path")
                    writer.string(directory.path)
                    writer.key("removedSessions")
                    writer.number(removedSessions)
                    writer.key("keptSessions")
                    writer.number(keptSessions)
                    writer.key("unreadableFiles")
                    writer.beginObject()
                    writer.key("removed")
                    writer.number(asideCounts.removed)
                    writer.key("kept")
                    writer.number(asideCounts.kept)
                    writer.key("unattributed")
                    writer.number(asideCounts.unattributed)
                    writer.endObject()
                    writer.endObject()
                } else {
                    writer.null()
                }
                writer.endObject()
                Console.out(writer.text)
            } else {
                Console.out("erasure receipt, \(now.isoString)")
                for receipt in receipts {
                    let counts =
                        receipt.existed
                        ? "removed \(Plural.count(receipt.removed, "line")), kept \(receipt.kept)"
                            + (receipt.unreadableRemoved.isEmpty && receipt.unreadableKept.isEmpty
                                ? ""
                                : "; unreadable lines: removed \(receipt.unreadableRemoved.count), "
                                    + "kept \(receipt.unreadableKept.count)")
                        : "no such file"
                    Console.out("  \(receipt.path): \(counts)")
                }
                if let (directory, _) = folder {
                    Console.out(
                        "  \(directory.path)/: removed "
                            + "\(Plural.count(removedSessions, "session file")), kept \(keptSessions)"
                    )
                    if asideCounts.total > 0 {
                        Console.out(
                            "  \(directory.path)/*.unreadable: removed \(asideCounts.removed), kept "
                                + "\(asideCounts.kept), \(asideCounts.unattributed) not attributable"
                        )
                    }
                } else if let path = self.options.stateDir {
                    Console.out("  \(path)/: no such folder")
                }
            }
        }
    }
}
