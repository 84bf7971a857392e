import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct DialogueMachineClarifyTests {
    /// The fixture with extras and thresholds under which "switch my plan" is ambiguous:
    /// upgrade and downgrade are both acceptable and within the margin of each other.
    static func ambiguousBot(margin: String = "0.5") throws -> Bot {
        let settings = (FixtureBot.files["bot.json"] ?? "").replacing(
            #""intent": 0.45, "margin": 0.04"#, with: #""intent": 0.05, "margin": \#(margin)"#)
        return try DialogueFixture.bot([
            "bot.json": settings, "extras.json": DialogueFixture.extras,
        ])
    }

    @Test func twoCloseIntentsAreOfferedAsAChoice() throws {
        var chat = Conversation(bot: try Self.ambiguousBot())
        chat.start()
        let turn = chat.send("switch my plan")
        #expect(turn.messages.map(\.text) == ["Sorry, did you mean one of these?"])
        #expect(
            Set(turn.messages.first?.options ?? []) == ["Upgrade my plan", "Downgrade my plan"])
        #expect(turn.explanation.stage == .clarify)
        #expect(turn.explanation.intent == nil)
        let scores = turn.explanation.candidates.prefix(2).map(\.score)
        #expect(Set(turn.explanation.candidates.prefix(2).map(\.name)) == ["upgrade", "downgrade"])
        #expect(scores.count == 2)
        #expect(abs(scores[0] - scores[1]) < 0.5)
        guard case .choice(let offered)? = chat.state.pending else {
            Issue.record("no choice pending")
            return
        }
        #expect(Set(offered) == ["upgrade", "downgrade"])
    }

    static let replies = ["Upgrade my plan": "Upgrading.", "Downgrade my plan": "Downgrading."]

    @Test(arguments: ["1", "2", "Downgrade my plan"])
    func theUserChoosesByNumberOrTitle(_ answer: String) throws {
        var chat = Conversation(bot: try Self.ambiguousBot())
        chat.start()
        let options = chat.send("switch my plan").messages.first?.options ?? []
        try #require(options.count == 2)
        let chosen = Int(answer).map { options[$0 - 1] } ?? answer
        let turn = chat.send(answer)
        #expect(turn.messages.map(\.text) == [Self.replies[chosen] ?? "?"])
        #expect(turn.explanation.stage == .choice)
        #expect(chat.state.pending == nil)
    }

    @Test func aNumberOutOfRangeIsNotAChoice() throws {
        var chat = Conversation(bot: try Self.ambiguousBot())
        chat.start()
        _ = chat.send("switch my plan")
        let turn = chat.send("3")
        #expect(turn.explanation.stage == .fallback)
        #expect(chat.state.pending == nil)
    }

    @Test func aWiderMarginIsNeededToAvoidTheQuestion() throws {
        var chat = Conversation(bot: try Self.ambiguousBot(margin: "0"))
        chat.start()
        let turn = chat.send("switch my plan")
        #expect(turn.explanation.stage == .intent)
        #expect(chat.state.pending == nil)
    }
}
