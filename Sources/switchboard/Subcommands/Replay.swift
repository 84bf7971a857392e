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

        @Option(name: .long, help: "Replay every transcript against this bot folder.")
        var bot: String?

        @Option(help: "Only transcripts whose path contains this text.")
        var filter: String?

        @Argument(help: "Transcript files or folders (default: transcripts/).")
        var paths: [String] = []

        func run() throws {
            let files = try TranscriptFiles.find(
                in: self.paths.isEmpty ? ["transcripts"] : self.paths
            )
            .filter { self.filter == nil || $0.contains(self.filter ?? "") }
            var bots: [String: Bot] = [:]
            var passed = 0
            var failed = 0
            for file in files {
                let directory = self.bot ?? TranscriptFiles.botDirectory(for: file)
                guard let directory else {
                    Console.error(
                        "\(file): cannot tell which bot it is for; put it under transcripts/<bot>/ or pass --bot"
                    )
                    failed += 1
                    continue
                }
                if bots[directory] == nil {
                    do {
                        bots[directory] = try Bot.load(from: directory).bot
                    } catch {
                        for diagnostic in error.diagnostics where diagnostic.isError {
                            Console.error(diagnostic.description)
                        }
                        Console.error("\(file): the bot \(directory) does not load")
                        failed += 1
                        continue
                    }
                }
                guard let bot = bots[directory] else { continue }
                let transcript: Transcript
                do {
                    transcript = try TranscriptParser().parse(try FileSystem.read(file), path: file)
                } catch let error as TranscriptError {
                    Console.error("\(error)")
                    failed += 1
                    continue
                } catch {
                    Console.error("\(file): \(error)")
                    failed += 1
                    continue
                }
                switch TranscriptRunner(bot: bot).replay(transcript) {
                case .passed:
                    passed += 1
                case .failed(let failure):
                    Console.out("FAIL \(failure)")
                    failed += 1
                }
            }
            Console.out("\(passed) passed, \(failed) failed")
            if failed > 0 { throw ExitCode.failure }
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
