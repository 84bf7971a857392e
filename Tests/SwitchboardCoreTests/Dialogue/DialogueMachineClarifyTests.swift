import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct DialogueMachineClarifyTests {
    @Test func twoCloseIntentsAreOfferedAsAChoice() throws {
        var chat = Conversation(bot: try DialogueFixture.botWithExtras())
        chat.start()
        let turn = chat.send("switch my plan")
        #expect(
            turn.messages == [
                OutgoingMessage(
                    text: "Sorry, did you mean one of these?",
                    options: ["Upgrade my plan", "Downgrade my plan"])
            ])
        #expect(turn.explanation.stage == .clarify)
        #expect(turn.explanation.intent == nil)
        let scores = turn.explanation.candidates.prefix(2).map(\.score)
        #expect(Set(turn.explanation.candidates.prefix(2).map(\.name)) == ["upgrade", "downgrade"])
        #expect(scores.count == 2)
        #expect(abs(scores[0] - scores[1]) < 0.04)
        #expect(chat.state.pending == .choice(["upgrade", "downgrade"]))
    }

    @Test(arguments: [
        ("1", "Upgrading."), ("2", "Downgrading."), ("Downgrade my plan", "Downgrading."),
    ])
    func theUserChoosesByNumberOrTitle(_ answer: String, _ reply: String) throws {
        var chat = Conversation(bot: try DialogueFixture.botWithExtras())
        chat.start()
        _ = chat.send("switch my plan")
        let turn = chat.send(answer)
        #expect(turn.messages.map(\.text) == [reply])
        #expect(turn.explanation.stage == .choice)
        #expect(chat.state.pending == nil)
    }

    @Test func aNumberOutOfRangeIsNotAChoice() throws {
        var chat = Conversation(bot: try DialogueFixture.botWithExtras())
        chat.start()
        _ = chat.send("switch my plan")
        let turn = chat.send("3")
        #expect(turn.explanation.stage == .fallback)
        #expect(chat.state.pending == nil)
    }

    @Test func aWiderMarginIsNeededToAvoidTheQuestion() throws {
        let bot = (FixtureBot.files["bot.json"] ?? "").replacing(
            #""margin": 0.04"#, with: #""margin": 0"#)
        var chat = Conversation(
            bot: try DialogueFixture.bot(["bot.json": bot, "extras.json": DialogueFixture.extras]))
        chat.start()
        let turn = chat.send("switch my plan")
        #expect(turn.explanation.stage == .intent)
        #expect(chat.state.pending == nil)
    }
}
