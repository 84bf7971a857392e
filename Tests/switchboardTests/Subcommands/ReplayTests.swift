import SwitchboardCore
import SwitchboardTesting
import Testing

@Suite struct ReplayTests {
    static let inputs = ["I want a refund", "TP-1234", "TP-12345678", "are you a bot"]

    /// Writes a transcript of ``inputs`` recorded against the example bot, under
    /// `transcripts/tidepool/` in `directory`, and returns its path relative to `directory`.
    static func writeTranscript(in directory: TemporaryDirectory) throws -> String {
        let bot = try Bot.load(from: ProjectPaths.exampleBot).bot
        let relative = "transcripts/tidepool/refund.transcript"
        let transcript = try TranscriptRunner(bot: bot).record(
            inputs: Self.inputs, given: TranscriptGiven(seed: 2), path: relative)
        try directory.write(relative, TranscriptWriter.text(of: transcript))
        return relative
    }

    @Test func aPassingTranscriptExitsZero() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try Self.writeTranscript(in: directory)
        let result = try ProcessRunner.switchboard(
            ["replay", "--bot", ProjectPaths.exampleBot, directory.url("transcripts")])
        #expect(result.status == 0)
        #expect(result.output == "1 passed, 0 failed\n")
        #expect(result.errors.isEmpty)
    }

    @Test func theBotIsFoundFromTheTranscriptsFolder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy(from: ProjectPaths.exampleBot, to: "intents/tidepool")
        _ = try Self.writeTranscript(in: directory)
        let result = try ProcessRunner.switchboard(["replay"], in: directory.path)
        #expect(result.status == 0)
        #expect(result.output == "1 passed, 0 failed\n")
    }

    @Test func theRepositorysTranscriptsPass() throws {
        let result = try ProcessRunner.switchboard(["replay"], in: ProjectPaths.root)
        #expect(result.status == 0)
        #expect(result.output.hasSuffix(" passed, 0 failed\n"))
        #expect(!result.output.hasPrefix("0 passed"))
    }

    @Test func aChangedResponseFailsWithExpectedAndGot() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy(from: ProjectPaths.exampleBot, to: "intents/tidepool")
        let relative = try Self.writeTranscript(in: directory)
        let old = "Hmm, that doesn't look like a Tidepool order number (TP- followed by 8 digits)."
        let new = "That is not a Tidepool order number."
        let slots = try directory.read("intents/tidepool/slots.json")
        try #require(slots.contains(old))
        try directory.write("intents/tidepool/slots.json", slots.replacing(old, with: new))

        let result = try ProcessRunner.switchboard(["replay"], in: directory.path)
        #expect(result.status == 1)
        let text = try directory.read(relative)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0 == "< " + old }) + 1
        #expect(
            result.output == """
                FAIL \(relative):\(line): turn 2 (> TP-1234): message 1
                  Expected: < \(old)
                  Got:      < \(new)
                0 passed, 1 failed

                """)
    }

    @Test func anUnreadableTranscriptFailsWithItsLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("transcripts/tidepool/bad.transcript", "> hi\n  intnet: greeting\n")
        let result = try ProcessRunner.switchboard(
            ["replay", "--bot", ProjectPaths.exampleBot, directory.url("transcripts")])
        #expect(result.status == 1)
        #expect(
            result.errors.contains(
                "\(directory.url("transcripts"))/tidepool/bad.transcript:2: "
                    + "unknown directive 'intnet' (did you mean 'intent'?)"
            ))
        #expect(result.output == "0 passed, 1 failed\n")
    }
}
