import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct DialogueMachineCSATTests {
    /// A conversation whose refund flow has just ended with the satisfaction question.
    private func afterRefund() throws -> (Conversation, Turn) {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("refund for TP-12345678")
        _ = chat.send("broken")
        let turn = chat.send("yes")
        return (chat, turn)
    }

    @Test func anEndStateWithCSATAsksTheQuestion() throws {
        let (chat, turn) = try self.afterRefund()
        #expect(
            turn.messages == [
                OutgoingMessage(text: "Refund requested."),
                OutgoingMessage(
                    text: "How would you rate this conversation, from 1 (poor) to 5 (great)?",
                    options: ["1", "2", "3", "4", "5"]),
            ])
        #expect(chat.state.pending == .csat)
        #expect(chat.state.position == "idle")
        #expect(!chat.state.isEnded)
    }

    @Test(arguments: [
        ("1", 1), ("2", 2), ("3", 3), ("4", 4), ("5", 5), ("five", 5), ("4 stars", 4),
    ])
    func aRatingIsRecordedAndThanked(_ answer: String, _ rating: Int) throws {
        var (chat, _) = try self.afterRefund()
        let turn = chat.send(answer)
        #expect(turn.actions.first == .rate(rating))
        #expect(turn.rating == rating)
        #expect(turn.messages.map(\.text) == ["Thank you for your feedback."])
        #expect(turn.explanation.stage == .csat)
        #expect(chat.state.pending == nil)
    }

    /// "No thanks" to the rating question used to reach the thanks intent ("You're welcome!")
    /// and "nope" the fallback.
    @Test(arguments: ["no thanks", "nope", "No.", "no thank you"])
    func aNoToTheRatingQuestionIsAcknowledgedWithoutARating(_ answer: String) throws {
        var (chat, _) = try self.afterRefund()
        let turn = chat.send(answer)
        #expect(turn.rating == nil)
        #expect(!turn.actions.contains(where: { if case .rate = $0 { true } else { false } }))
        #expect(turn.messages.map(\.text) == ["No problem."])
        #expect(turn.explanation.stage == .csat)
        #expect(chat.state.pending == nil)
    }

    @Test(arguments: ["0", "6", "42"])
    func aNumberOutOfRangeIsAskedAgain(_ answer: String) throws {
        var (chat, _) = try self.afterRefund()
        let turn = chat.send(answer)
        #expect(turn.rating == nil)
        #expect(turn.messages.map(\.text) == ["Please answer with a number from 1 to 5."])
        #expect(turn.explanation.stage == .csat)
        #expect(chat.state.pending == .csat)
        let rated = chat.send("4")
        #expect(rated.rating == 4)
    }

    @Test(arguments: ["what are your opening hours", "no, I want to ask something else"])
    func aNonRatingFallsThroughToNormalHandling(_ answer: String) throws {
        var (chat, _) = try self.afterRefund()
        let turn = chat.send(answer)
        #expect(turn.rating == nil)
        #expect(turn.explanation.stage != .csat)
        #expect(chat.state.pending == nil)
    }

    @Test func anIntentInsteadOfARatingIsAnswered() throws {
        var (chat, _) = try self.afterRefund()
        let turn = chat.send("what are your opening hours")
        #expect(turn.messages.map(\.text) == ["We are open 9 to 5."])
        #expect(turn.explanation.stage == .intent)
        #expect(turn.rating == nil)
    }

    @Test func aRatingIsOnlyTakenRightAfterTheQuestion() throws {
        var (chat, _) = try self.afterRefund()
        _ = chat.send("what are your opening hours")
        let turn = chat.send("5")
        #expect(turn.rating == nil)
        #expect(turn.explanation.stage == .fallback)
    }

    @Test func anEndStateWithoutCSATAsksNothing() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("refund for TP-12345678")
        _ = chat.send("broken")
        #expect(chat.say("no") == ["Nothing done."])
        #expect(chat.state.pending == nil)
    }

    @Test func theBotsOwnCSATTextsAreUsed() throws {
        let bot = (FixtureBot.files["bot.json"] ?? "").replacing(
            #""handoffMessage""#,
            with: #""csat": { "question": "Stars?", "thanks": "Ta." }, "handoffMessage""#)
        var chat = Conversation(bot: try DialogueFixture.bot(["bot.json": bot]))
        chat.start()
        _ = chat.send("refund for TP-12345678")
        _ = chat.send("broken")
        #expect(chat.say("yes") == ["Refund requested.", "Stars?"])
        #expect(chat.say("3") == ["Ta."])
    }
}
