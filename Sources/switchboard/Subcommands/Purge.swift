import ArgumentParser
import SwitchboardBridge
import SwitchboardCore

extension SwitchboardCommand {
    /// `switchboard purge --older-than DAYS`: storage limitation over every file the engine
    /// wrote.
    struct Purge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Remove conversations and closed handoff cases older than a retention period.",
            discussion: """
                Removes whole conversations whose newest line is older than the cutoff, and \
                whole handoff cases (record and events) that are resolved or abandoned and \
                older than it; a case still open or accepted is kept whatever its age, with \
                every conversation of its session, and counted. Lines with no session, ticket \
                or readable time, and unreadable lines, are kept. Each log is rewritten under \
                its lock, to a temporary file that is synced and renamed over it, so writers \
                never lose a line; with --state-dir, which no running bridge may be using, \
                session files last active before the cutoff are deleted first, but those of \
                sessions with an open case. Prints a \
                receipt with counts and no personal data. See docs/operations.md.
                """
        )

        @Option(
            help: ArgumentHelp(
                "Remove what is older than this many days (the retention period).",
                valueName: "DAYS"))
        var olderThan: Int?

        @Option(
            help: ArgumentHelp(
                "Remove what is older than this time: YYYY-MM-DD (its midnight, UTC) or an "
                    + "ISO 8601 UTC time.", valueName: "TIME"))
        var before: String?

        @OptionGroup var files: DataFileOptions

        @Flag(help: "Count what would be removed, and change nothing.")
        var dryRun = false

        @Flag(help: "Print the receipt as JSON.")
        var json = false

        @Option(
            help: ArgumentHelp(
                "The time --older-than counts back from (ISO 8601 UTC), for reproducible runs.",
                visibility: .hidden))
        var now: String?

        func validate() throws {
            switch (self.olderThan, self.before) {
            case (nil, nil):
                throw ValidationError(
                    "give the retention period: --older-than DAYS or --before TIME")
            case (.some, .some):
                throw ValidationError("give --older-than or --before, not both")
            case (.some(let days), nil):
                guard (1...36_500).contains(days) else {
                    throw ValidationError("--older-than takes 1 to 36500 days, not \(days)")
                }
            case (nil, .some(let before)):
                guard Timestamp(iso: before) != nil else {
                    throw ValidationError(
                        "--before takes YYYY-MM-DD or an ISO 8601 UTC time, not '\(before)'")
                }
            }
            if let now = self.now, Timestamp(iso: now) == nil {
                throw ValidationError("--now takes an ISO 8601 UTC time, not '\(now)'")
            }
        }

        func run() throws {
            let now = self.now.flatMap { Timestamp(iso: $0) } ?? SystemClock().now()
            let cutoff: Timestamp
            if let days = self.olderThan {
                cutoff = now.adding(minutes: -days * 24 * 60)
            } else if let before = self.before.flatMap({ Timestamp(iso: $0) }) {
                cutoff = before
            } else {
                throw ExitCode.validationFailure
            }
            let logs = self.files.logFiles()
            try self.files.requireAnyPlace(among: logs, "nothing was purged")
            var purge = RetentionPurge(cutoff: cutoff, files: logs)
            do {
                // Read first, to know the sessions whose cases are open.
                try purge.learn()
            } catch {
                Console.error("cannot purge: \(error); nothing was purged")
                throw ExitCode.failure
            }
            // The state folder first: if a bridge is using it, nothing is changed anywhere.
            var state: (path: String, removed: Int, kept: Int)?
            if let path = self.files.stateDir, FileSystem.isDirectory(path) {
                do {
                    state = try Self.purgeStateFolder(
                        path, before: cutoff, keeping: purge.openSessions, dryRun: self.dryRun)
                } catch {
                    Console.error(
                        "cannot purge --state-dir: \(error); nothing was purged (while a bridge "
                            + "runs on the folder, it forgets idle sessions itself: --idle-minutes)"
                    )
                    throw ExitCode.failure
                }
            }
            let receipts: [RetentionPurge.Receipt]
            do {
                receipts = try purge.purge(dryRun: self.dryRun)
            } catch {
                Console.error(
                    "cannot purge: \(error); the files listed before it were purged, run purge "
                        + "again to finish")
                throw ExitCode.failure
            }
            for receipt in receipts {
                for line in receipt.unreadableKept {
                    Console.warning(
                        "\(line) (unreadable; kept: its age is unknown, check it by hand)")
                }
            }
            let stale = purge.staleOpenCases
            if stale > 0 {
                Console.warning(
                    "\(Plural.count(stale, "handoff case")) still open or accepted "
                        + "\(Plural.pick(stale, one: "is", other: "are")) older than the cutoff: "
                        + "kept, with \(Plural.pick(stale, one: "its", other: "their")) "
                        + "conversations, until resolved or abandoned (switchboard handoff list)")
            }
            if self.json {
                Console.out(
                    Self.json(
                        receipts, state: state, staleOpenCases: stale, now: now, cutoff: cutoff,
                        dryRun: self.dryRun))
            } else {
                Console.out(
                    "\(self.dryRun ? "purge dry run (nothing changed)" : "purge receipt"), "
                        + "\(now.isoString), cutoff \(cutoff.isoString)")
                for receipt in receipts {
                    Console.out("  \(receipt.path): \(Self.counts(receipt, dryRun: self.dryRun))")
                }
                if let state {
                    Console.out(
                        "  \(state.path)/: \(self.dryRun ? "would remove" : "removed") "
                            + "\(Plural.count(state.removed, "session file")), kept \(state.kept)")
                }
            }
        }

        /// Deletes (or counts) the saved sessions last active before `cutoff`, but those of
        /// `openSessions` (a person still has their case), holding the folder's lock.
        private static func purgeStateFolder(
            _ path: String, before cutoff: Timestamp, keeping openSessions: Set<String>,
            dryRun: Bool
        ) throws(SessionPersistenceError) -> (path: String, removed: Int, kept: Int) {
            let directory = try StateDirectory(path: path)
            let lock = try directory.lock()
            defer { withExtendedLifetime(lock) {} }
            let (saved, problems) = try directory.loadAll()
            for problem in problems { Console.warning(problem) }
            var removed = 0
            for session in saved
            where session.lastActive < cutoff && !openSessions.contains(session.session) {
                if !dryRun { try directory.remove(session: session.session) }
                removed += 1
            }
            return (directory.path, removed, saved.count - removed)
        }

        /// One file's line of the text receipt.
        private static func counts(_ receipt: RetentionPurge.Receipt, dryRun: Bool) -> String {
            guard receipt.existed else { return "no such file" }
            var text =
                "\(dryRun ? "would remove" : "removed") \(Plural.count(receipt.removed, "line")), "
                + "kept \(receipt.kept)"
            var notes: [String] = []
            if receipt.keptOpen > 0 {
                notes.append("\(receipt.keptOpen) older but of open handoff cases")
            }
            if receipt.keptUndated > 0 { notes.append("\(receipt.keptUndated) undated") }
            if !receipt.unreadableKept.isEmpty {
                notes.append("\(receipt.unreadableKept.count) unreadable")
            }
            if !notes.isEmpty { text += " (" + notes.joined(separator: ", ") + ")" }
            return text
        }

        /// The receipt as JSON.
        private static func json(
            _ receipts: [RetentionPurge.Receipt], state: (path: String, removed: Int, kept: Int)?,
            staleOpenCases: Int, now: Timestamp, cutoff: Timestamp, dryRun: Bool
        ) -> String {
            var writer = JSONWriter(pretty: true)
            writer.beginObject()
            writer.key("purgedAt")
            writer.string(now.isoString)
            writer.key("cutoff")
            writer.string(cutoff.isoString)
            writer.key("dryRun")
            writer.bool(dryRun)
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
                writer.key("keptOpenCaseLines")
                writer.number(receipt.keptOpen)
                writer.key("keptUndatedLines")
                writer.number(receipt.keptUndated)
                writer.key("unreadableLines")
                writer.number(receipt.unreadableKept.count)
                writer.endObject()
            }
            writer.endArray()
            writer.key("staleOpenCases")
            writer.number(staleOpenCases)
            writer.key("stateDir")
            if let state {
                writer.beginObject()
                writer.key("path")
                writer.string(state.path)
                writer.key("removedSessions")
                writer.number(state.removed)
                writer.key("keptSessions")
                writer.number(state.kept)
                writer.endObject()
            } else {
                writer.null()
            }
            writer.endObject()
            return writer.text
        }
    }
}
