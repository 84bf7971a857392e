import ArgumentParser
import SwitchboardCore

extension SwitchboardCommand {
    /// `switchboard replay`: replay saved conversations and report differences.
    struct Replay: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replay transcripts against their bots; exit 1 on any difference.",
            discussion: """
                Transcripts under transcripts/<bot>/ run against intents/<bot>/ unless --bot is given. \
                Each failure prints the file, the turn, and Expected/Got.
                """
        )

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Replay every transcript against this bot folder.", valueName: "DIR"))
        var bot: String?

        @Option(help: "Only transcripts whose path contains this text.")
        var filter: String?

        @Flag(help: "Rewrite failing expectations to what the bot does now (comments are kept).")
        var update = false

        @Flag(help: "List the intents, flow states and transitions no transcript exercised.")
        var coverage = false

        @Option(
            help: ArgumentHelp(
                "Canned action results for every transcript, instead of the bot's own mocks.json.",
                valueName: "file"))
        var mocks: String?

        @Argument(help: "Transcript files or folders (default: transcripts/).")
        var paths: [String] = []

        func validate() throws {
            for path in self.paths where !FileSystem.exists(path) {
                throw ValidationError("no such file or folder: \(path)")
            }
        }

        func run() throws {
            let searched = self.paths.isEmpty ? ["transcripts"] : self.paths
            let found = try TranscriptFiles.find(in: searched)
            let files = found.filter { self.filter.map($0.contains) ?? true }
            // Replaying nothing passes nothing: a mistyped --filter or an empty folder must not
            // read as a green run in CI.
            guard !files.isEmpty else {
                let places = searched.joined(separator: ", ")
                if let filter = self.filter, !found.isEmpty {
                    Console.error(
                        "no transcript path contains \"\(filter)\" (\(Plural.count(found.count, "transcript")) under \(places)); nothing was replayed"
                    )
                } else {
                    Console.error("no .transcript files under \(places); nothing was replayed")
                }
                throw ExitCode.failure
            }
            var bots: [String: Bot?] = [:]
            var mocksByFile: [String: ActionMocks] = [:]
            var coverages: [String: TranscriptCoverage] = [:]
            var passed = 0
            var failed = 0
            var updated = 0
            for file in files {
                guard let directory = self.bot ?? TranscriptFiles.botDirectory(for: file) else {
                    Console.out(
                        "FAIL \(file): cannot tell which bot it is for; put it under transcripts/<bot>/ or pass --bot"
                    )
                    failed += 1
                    continue
                }
                if bots[directory] == nil { bots[directory] = Self.load(directory) }
                guard let loaded = bots[directory], let bot = loaded else {
                    Console.out(
                        "FAIL \(file): the bot \(directory) does not load (its errors are on standard error)"
                    )
                    failed += 1
                    continue
                }
                let text: String
                let transcript: Transcript
                do {
                    let bytes = try FileSystem.read(file)
                    transcript = try TranscriptParser().parse(bytes, path: file)
                    text = String(decoding: bytes, as: UTF8.self)
                } catch let error as TranscriptError {
                    Console.out("FAIL \(error)")
                    failed += 1
                    continue
                } catch {
                    Console.out("FAIL \(file): \(error)")
                    failed += 1
                    continue
                }
                // `--mocks` is one file for every bot; without it, each bot's shipped mocks.
                let mocksKey = self.mocks ?? directory
                if mocksByFile[mocksKey] == nil {
                    do {
                        mocksByFile[mocksKey] =
                            try self.mocks.map { path throws(ActionMocksError) in
                                try ActionMocks.load(from: path)
                            } ?? ActionMocks.shipped(with: directory)
                    } catch {
                        Console.error("\(error)")
                        throw ExitCode.failure
                    }
                }
                let runner = TranscriptRunner(
                    bot: bot, mocks: mocksByFile[mocksKey] ?? ActionMocks())
                switch runner.replay(transcript) {
                case .passed(let run):
                    passed += 1
                    coverages[directory, default: TranscriptCoverage(definition: bot.definition)]
                        .record(
                            run, given: transcript.given)
                case .failed(let failure):
                    guard self.update, let run = try? runner.play(transcript) else {
                        Console.out("FAIL \(failure)")
                        failed += 1
                        continue
                    }
                    let rewritten = TranscriptUpdater.update(
                        text, transcript: transcript, run: run, runner: runner)
                    do {
                        try FileSystem.writeAtomically(Array(rewritten.utf8), to: file)
                        Console.out(
                            "updated \(file) (was: \(failure.what) at line \(failure.line))")
                        updated += 1
                        passed += 1
                        coverages[
                            directory, default: TranscriptCoverage(definition: bot.definition)
                        ].record(
                            run, given: transcript.given)
                    } catch {
                        Console.out("FAIL \(file): cannot write: \(error)")
                        failed += 1
                    }
                }
            }
            if self.coverage {
                for directory in coverages.keys.sorted() {
                    if let coverage = coverages[directory] { Self.report(coverage, for: directory) }
                }
            }
            Console.out(
                "\(passed) passed, \(failed) failed" + (updated > 0 ? " (\(updated) updated)" : ""))
            if failed > 0 { throw ExitCode.failure }
        }

        private static func load(_ directory: String) -> Bot? {
            do {
                return try Bot.load(from: directory).bot
            } catch {
                for diagnostic in error.diagnostics where diagnostic.isError {
                    Console.note(diagnostic.description)
                }
                return nil
            }
        }

        private static func report(_ coverage: TranscriptCoverage, for directory: String) {
            Console.out("coverage of \(directory):")
            let rows: [(String, TranscriptCoverage.Tally)] = [
                ("intents", coverage.intents), ("flows", coverage.flows),
                ("states", coverage.states),
                ("transitions", coverage.transitions),
            ]
            for (name, tally) in rows {
                Console.out("  \(name): \(tally.summary)")
            }
            for (name, tally) in rows where !tally.missing.isEmpty {
                Console.out("  never exercised \(name):")
                for item in tally.missing { Console.out("    \(item)") }
            }
        }
    }
}

/// Finding transcript files and the bots they belong to.
enum TranscriptFiles {
    /// The `.transcript` files among `paths` (folders searched at any depth), sorted.
    static func find(in paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            if FileSystem.isDirectory(path) {
                let prefix = path.hasSuffix("/") ? path : path + "/"
                files += ((try? FileSystem.files(under: path)) ?? []).filter {
                    $0.hasSuffix(".transcript")
                }.map { prefix + $0 }
            } else if FileSystem.exists(path) {
                files.append(path)
            } else {
                throw ValidationError("no such file or folder: \(path)")
            }
        }
        return files.sorted()
    }

    /// `intents/<bot>` for a file under `transcripts/<bot>/`.
    static func botDirectory(for file: String) -> String? {
        let parts = file.split(separator: "/").map(String.init)
        guard let index = parts.lastIndex(of: "transcripts"), index + 2 < parts.count else {
            return nil
        }
        let root = parts[..<index].joined(separator: "/")
        return
            (root.isEmpty
            ? (file.hasPrefix("/") ? "/" : "") : (file.hasPrefix("/") ? "/" : "") + root + "/")
            + "intents/" + parts[index + 1]
    }
}
