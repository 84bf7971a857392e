import SwitchboardCore
import SwitchboardTesting
import Testing

@Suite("Updating a transcript to what the bot does now")
struct TranscriptUpdaterTests {
    /// The fixture bot's refund flow up to its confirmation question, which both tests vary.
    private static let firstTurns = """
        > i want a refund
        < Let's sort out your refund.
        < What's the order number?
        > TP-12345678
        < Why?
        > broken

        """

    private func updated(_ text: String) throws -> String {
        let bot = try FixtureBot.load()
        let runner = TranscriptRunner(bot: bot)
        let transcript = try TranscriptParser().parse(text, path: "u.transcript")
        let run = try runner.play(transcript)
        return TranscriptUpdater.update(text, transcript: transcript, run: run, runner: runner)
    }

    @Test func aMessageThatMovesUpKeepsItsOptions() throws {
        // The bot no longer says the first line of the last turn, so its question moves up
        // into a place written without options; they must be written there, not dropped.
        let text =
            Self.firstTurns + """
                < Something the bot no longer says.
                < Refund TP-12345678?
                  options: Yes | No
                """
        let result = try self.updated(text)
        #expect(
            result == Self.firstTurns + """
                < Refund TP-12345678?
                  options: Yes | No
                """)
        let again = try TranscriptParser().parse(result, path: "u.transcript")
        guard case .passed = TranscriptRunner(bot: try FixtureBot.load()).replay(again) else {
            Issue.record("the updated transcript does not replay:\n\(result)")
            return
        }
    }

    @Test func aRewrittenMessageWithOptionsReplacesThem() throws {
        let text =
            Self.firstTurns + """
                < Refund TP-87654321?
                  options: Maybe | Later
                """
        #expect(
            try self.updated(text).hasSuffix(
                """
                < Refund TP-12345678?
                  options: Yes | No
                """))
    }
}
