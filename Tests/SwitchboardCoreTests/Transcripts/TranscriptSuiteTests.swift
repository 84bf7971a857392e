import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// Replays every saved transcript under `transcripts/<bot>/` against `intents/<bot>/`, one
/// test case per file, so `swift test` fails with the file and turn when a definition change
/// alters what a bot says or does.
struct TranscriptSuiteTests {
    /// Every transcript file, relative to `transcripts/`.
    static let files: [String] =
        ((try? FileSystem.files(under: ProjectPaths.transcripts)) ?? []).filter {
            $0.hasSuffix(".transcript")
        }

    /// Each bot that has transcripts, loaded once.
    static let bots: [String: Bot] = {
        var bots: [String: Bot] = [:]
        for name in Set(files.compactMap { $0.split(separator: "/").first.map(String.init) }) {
            if let bot = try? Bot.load(from: ProjectPaths.root + "/intents/" + name).bot {
                bots[name] = bot
            }
        }
        return bots
    }()

    @Test(
        "every bot with transcripts has a suite of at least 40",
        arguments: Set(files.compactMap { $0.split(separator: "/").first.map(String.init) })
            .sorted())
    func suiteSize(bot: String) {
        let count = Self.files.filter { $0.hasPrefix(bot + "/") }.count
        #expect(count >= 40, "transcripts/\(bot) has \(count) transcripts")
    }

    @Test("replays green", arguments: files)
    func replays(_ file: String) throws {
        let name = try #require(file.split(separator: "/").first.map(String.init))
        let bot = try #require(Self.bots[name], "intents/\(name) does not load")
        let path = ProjectPaths.transcripts + "/" + file
        let transcript = try TranscriptParser().parse(
            try FileSystem.read(path), path: "transcripts/" + file)
        // Replay answers actions from the mocks shipped beside the bot, as `switchboard replay`.
        let mocks = try ActionMocks.shipped(with: ProjectPaths.root + "/intents/" + name)
        if case .failed(let failure) = TranscriptRunner(bot: bot, mocks: mocks).replay(transcript) {
            Issue.record("\(failure)")
        }
    }
}
