import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct TranscriptSaverTests {
    @Test func savesATranscriptThatParsesAndReplaysGreen() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bot = try DialogueFixture.botWithExtras()
        let path = directory.url("transcripts/bot/newsletter.transcript")
        let inputs = [
            "i want a refund", "mail me at jane.doe@example.com or +44 20 7946 0958",
            "sign me up for the newsletter", "jane.doe@example.com", "TP-12345678",
            "talk to a human",
        ]
        let saved = try TranscriptSaver(bot: bot).save(
            inputs: inputs, given: TranscriptGiven(seed: 3, user: "u-1"), to: path)
        #expect(saved.turns.count == inputs.count)

        let text = try directory.read("transcripts/bot/newsletter.transcript")
        #expect(text.hasPrefix("# Saved from `switchboard chat` (bot bot, sha256:"))
        #expect(!text.contains("jane.doe"))
        #expect(!text.contains("7946"))
        #expect(text.contains("> mail me at user1@example.com or +1 202 555 1011\n"))
        #expect(text.contains("\n> user1@example.com\n"))
        #expect(text.contains("  slot email: [redacted]\n"))
        #expect(text.contains("  handoff: general user_request\n"))

        let parsed = try TranscriptParser().parse(try FileSystem.read(path), path: path)
        #expect(TranscriptContent(parsed) == TranscriptContent(saved))
        guard case .passed = TranscriptRunner(bot: bot).replay(parsed) else {
            Issue.record("the saved transcript did not replay:\n\(text)")
            return
        }
    }

    /// An address with letters outside ASCII gets a fake as an ASCII one does, and the same
    /// address in another case gets the same fake: the saved transcript repeats one email,
    /// fills the email slot with it and replays green.
    @Test func anInternationalEmailInTwoCasesGetsOneFake() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bot = try DialogueFixture.bot([
            "contact.json": ConversationSessionLoggingTests.contactFlow
        ])
        let path = directory.url("transcripts/bot/contact.transcript")
        let inputs = [
            "my address is Jürgen@Müller-Bäckerei.de", "please contact me",
            "JÜRGEN@müller-bäckerei.de",
        ]
        let saved = try TranscriptSaver(bot: bot).save(
            inputs: inputs, given: TranscriptGiven(), to: path)
        let text = try directory.read("transcripts/bot/contact.transcript")
        for secret in ["ürgen", "üller", "äckerei", "ÜRGEN"] {
            #expect(!text.contains(secret), "\(text) holds \(secret)")
        }
        #expect(text.contains("\n> my address is user1@example.com\n"), "\(text)")
        #expect(text.contains("\n> user1@example.com\n"), "\(text)")
        #expect(text.contains("< We'll write to user1@example.com.\n"), "\(text)")
        #expect(!text.contains("user2@"))
        let parsed = try TranscriptParser().parse(try FileSystem.read(path), path: path)
        #expect(TranscriptContent(parsed) == TranscriptContent(saved))
        guard case .passed = TranscriptRunner(bot: bot).replay(parsed) else {
            Issue.record("the saved transcript did not replay:\n\(text)")
            return
        }
    }

    @Test func cardsAndCredentialsGetFakesWhateverThePIISettingSays() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let settings = (FixtureBot.files["bot.json"] ?? "").replacing(
            #""name": "Fixture","#, with: #""name": "Fixture", "pii": { "mask": ["email"] },"#)
        let bot = try DialogueFixture.bot(["bot.json": settings])
        let path = directory.url("transcripts/bot/secrets.transcript")
        let saved = try TranscriptSaver(bot: bot).save(
            inputs: ["card 5500 0000 0000 0004 and password: hunter2!"], given: TranscriptGiven(),
            to: path)
        let text = try directory.read("transcripts/bot/secrets.transcript")
        #expect(!text.contains("5500"))
        #expect(!text.contains("hunter2"))
        #expect(text.contains("\n> card 4111 1111 1111 1111 and password: xxxxxx1!\n"), "\(text)")
        let parsed = try TranscriptParser().parse(try FileSystem.read(path), path: path)
        #expect(TranscriptContent(parsed) == TranscriptContent(saved))
        guard case .passed = TranscriptRunner(bot: bot).replay(parsed) else {
            Issue.record("the saved transcript did not replay:\n\(text)")
            return
        }
    }

    /// The frontend's values are written as `given` lines: `chat --context email=...` was
    /// saved as typed.
    @Test func givenContextAndSlotsGetFakesToo() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url("t.transcript")
        try TranscriptSaver(bot: try DialogueFixture.botWithExtras()).save(
            inputs: ["mail me at jane.doe@example.com"],
            given: TranscriptGiven(
                context: [
                    "email": .text("jane.doe@example.com"), "phone": .text("+44 20 7946 0958"),
                    "plan": .text("plus"),
                ],
                slots: ["email": .text("jo@example.org")]),
            to: path)
        let text = try directory.read("t.transcript")
        #expect(!text.contains("jane.doe") && !text.contains("7946") && !text.contains("jo@"))
        #expect(text.contains("given context email = user1@example.com\n"), "\(text)")
        #expect(text.contains("given context phone = +1 202 555 1011\n"))
        #expect(text.contains("given context plan = plus\n"))
        #expect(text.contains("given slot email = user2@example.com\n"))
        #expect(text.contains("> mail me at user1@example.com\n"))
    }

    @Test func anUnknownGivenSlotIsNotSaved() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url("t.transcript")
        #expect(throws: TranscriptError.self) {
            try TranscriptSaver(bot: try FixtureBot.load()).save(
                inputs: ["hi"], given: TranscriptGiven(slots: ["nope": .text("x")]), to: path)
        }
        #expect(!FileSystem.exists(path))
    }
}
