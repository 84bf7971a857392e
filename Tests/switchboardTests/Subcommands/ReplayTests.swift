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
        // Replay answers the refund flow's actions from the mocks shipped beside the bot.
        let mocks = try ActionMocks.shipped(with: ProjectPaths.exampleBot)
        let transcript = try TranscriptRunner(bot: bot, mocks: mocks).record(
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
        // On standard output with the other failures, so the CI log lists every failure the
        // summary counts.
        #expect(
            result.output
                == "FAIL \(directory.url("transcripts"))/tidepool/bad.transcript:2: "
                + "unknown directive 'intnet' (did you mean 'intent'?)\n0 passed, 1 failed\n")
        #expect(result.errors.isEmpty)
    }

    @Test func updateRewritesOnlyTheChangedLineAndKeepsComments() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy(from: ProjectPaths.exampleBot, to: "intents/tidepool")
        let relative = try Self.writeTranscript(in: directory)
        let recorded = try directory.read(relative)
        let commented = "# Keep me: why this conversation matters.\n" + recorded
        try directory.write(relative, commented)
        let old = "Hmm, that doesn't look like a Tidepool order number (TP- followed by 8 digits)."
        let new = "That is not a Tidepool order number."
        let slots = try directory.read("intents/tidepool/slots.json")
        try directory.write("intents/tidepool/slots.json", slots.replacing(old, with: new))

        let update = try ProcessRunner.switchboard(["replay", "--update"], in: directory.path)
        #expect(update.status == 0)
        #expect(update.output.hasSuffix("1 passed, 0 failed (1 updated)\n"))
        let before = commented.split(separator: "\n", omittingEmptySubsequences: false)
        let after = try directory.read(relative).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(before.count == after.count)
        let changed = zip(before, after).filter { $0 != $1 }.map { (String($0), String($1)) }
        #expect(changed.count == 1)
        #expect(changed.first?.0 == "< " + old)
        #expect(changed.first?.1 == "< " + new)

        let again = try ProcessRunner.switchboard(["replay"], in: directory.path)
        #expect(again.status == 0)
        #expect(again.output == "1 passed, 0 failed\n")
    }

    @Test func updateKeepsLooseExpectationsThatStillHold() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let relative = "transcripts/tidepool/loose.transcript"
        let text = """
            # A loose expectation survives --update; a wrong exact one is rewritten.
            > I want a refund
            <~ order number
              state: refund.nowhere

            """
        try directory.write(relative, text)
        let update = try ProcessRunner.switchboard(
            ["replay", "--update", "--bot", ProjectPaths.exampleBot, directory.url("transcripts")])
        #expect(update.status == 0)
        let after = try directory.read(relative)
        #expect(after.contains("<~ order number\n"))
        #expect(after.contains("  state: refund.ask_order\n"))
        #expect(after.hasPrefix("# A loose expectation survives"))
    }

    @Test func aBadFileFailsAndTheOthersStillRun() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try Self.writeTranscript(in: directory)
        try directory.write("transcripts/tidepool/empty.transcript", "")
        try directory.write(
            "transcripts/tidepool/binary.transcript", bytes: [0x3E, 0x20, 0xFF, 0x0A])
        let result = try ProcessRunner.switchboard(
            ["replay", "--bot", ProjectPaths.exampleBot, directory.url("transcripts")])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.last == "1 passed, 2 failed")
        #expect(
            lines.contains {
                $0.hasPrefix("FAIL ")
                    && $0.hasSuffix("binary.transcript:1: the file is not valid UTF-8")
            })
        #expect(
            lines.contains {
                $0.hasPrefix("FAIL ") && $0.hasSuffix("empty.transcript:1: the transcript is empty")
            })
    }

    @Test func filterAndCoverage() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try Self.writeTranscript(in: directory)
        try directory.write("transcripts/tidepool/other.transcript", "> hello\n")
        let filtered = try ProcessRunner.switchboard(
            [
                "replay", "--filter", "refund", "--coverage", "--bot", ProjectPaths.exampleBot,
                directory.url("transcripts"),
            ])
        #expect(filtered.status == 0)
        #expect(filtered.output.hasSuffix("1 passed, 0 failed\n"))
        #expect(filtered.output.contains("coverage of \(ProjectPaths.exampleBot):"))
        #expect(filtered.output.contains("  flows: 1/23 (4.3%)\n"))
        #expect(filtered.output.contains("  never exercised states:\n"))
        #expect(filtered.output.contains("    refund.confirm_refund\n"))
    }

    @Test func aBotThatDoesNotLoadFailsItsTranscriptsOnStandardOutput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try Self.writeTranscript(in: directory)
        try directory.write("broken/bot.json", "{")
        let result = try ProcessRunner.switchboard(
            ["replay", "--bot", directory.url("broken"), directory.url("transcripts")])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.hasPrefix("FAIL \(directory.url("transcripts"))/") == true)
        #expect(
            lines.first?.hasSuffix(
                ": the bot \(directory.url("broken")) does not load (its errors are on standard "
                    + "error)") == true)
        #expect(lines.last == "0 passed, 1 failed")
        #expect(result.errors.contains("bot.json"))
    }

    @Test func replayingNothingFails() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try Self.writeTranscript(in: directory)
        let mistyped = try ProcessRunner.switchboard(
            [
                "replay", "--filter", "refnud", "--bot", ProjectPaths.exampleBot,
                directory.url("transcripts"),
            ])
        #expect(mistyped.status == 1)
        #expect(mistyped.output.isEmpty)
        #expect(
            mistyped.errors
                == "error: no transcript path contains \"refnud\" (1 transcript under \(directory.url("transcripts"))); nothing was replayed\n"
        )
        try directory.write("empty/notes.txt", "not a transcript\n")
        let empty = try ProcessRunner.switchboard(
            ["replay", "--bot", ProjectPaths.exampleBot, directory.url("empty")])
        #expect(empty.status == 1)
        #expect(
            empty.errors
                == "error: no .transcript files under \(directory.url("empty")); nothing was replayed\n"
        )
    }

    @Test func aMissingPathIsAUsageErrorOfReplay() throws {
        let result = try ProcessRunner.switchboard(["replay", "/nonexistent/transcripts"])
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        #expect(
            result.errors.hasPrefix(
                "Error: no such file or folder: /nonexistent/transcripts\nUsage: switchboard replay "
            ))
    }
}
