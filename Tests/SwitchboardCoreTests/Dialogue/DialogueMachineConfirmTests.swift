import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct DialogueMachineConfirmTests {
    /// A conversation waiting at the refund confirmation.
    private func atConfirmation(_ bot: Bot) -> Conversation {
        var chat = Conversation(bot: bot)
        chat.start()
        _ = chat.send("refund for TP-12345678")
        _ = chat.send("broken")
        return chat
    }

    @Test(arguments: ["yes", "Yes", "1", "yeah", "yep", "the first one"])
    func yesTakesTheYesBranch(_ answer: String) throws {
        var chat = self.atConfirmation(try FixtureBot.load())
        #expect(chat.state.position == "refund.confirm")
        let turn = chat.send(answer)
        #expect(turn.explanation.stage == .confirmation)
        #expect(turn.explanation.steps.first == "answered yes")
        #expect(turn.messages.first?.text == "Refund requested.")
        #expect(chat.state.position == "idle")
    }

    @Test(arguments: ["no", "No", "2", "nope", "the second one", "option 2"])
    func noTakesTheNoBranch(_ answer: String) throws {
        var chat = self.atConfirmation(try FixtureBot.load())
        let turn = chat.send(answer)
        #expect(turn.explanation.steps.first == "answered no")
        #expect(turn.messages.map(\.text) == ["Nothing done."])
        #expect(chat.state.position == "idle")
        #expect(chat.state.pending == nil)
    }

    @Test func optionTextsAnswerACustomConfirmation() throws {
        let flows = DialogueFixture.flows(
            replacing: #""say": "Refund {order_id}?","#,
            with: #""say": "Refund {order_id}?", "options": ["Go ahead", "Hold off"],"#)
        let bot = try DialogueFixture.bot(["flows.json": flows])

        var first = self.atConfirmation(bot)
        #expect(first.state.position == "refund.confirm")
        #expect(first.say("hold off") == ["Nothing done."])

        var second = self.atConfirmation(bot)
        #expect(second.say("Go ahead").first == "Refund requested.")

        var third = self.atConfirmation(bot)
        #expect(third.say("2") == ["Nothing done."])
    }

    @Test func theQuestionOffersItsOptions() throws {
        let flows = DialogueFixture.flows(
            replacing: #""say": "Refund {order_id}?","#,
            with: #""say": "Refund {order_id}?", "options": ["Go ahead", "Hold off"],"#)
        var chat = Conversation(bot: try DialogueFixture.bot(["flows.json": flows]))
        chat.start()
        _ = chat.send("refund for TP-12345678")
        let turn = chat.send("broken")
        #expect(
            turn.messages == [
                OutgoingMessage(text: "Refund TP-12345678?", options: ["Go ahead", "Hold off"])
            ])
    }

    @Test(arguments: ["no problem, go ahead", "why not", "I don't mind", "sure, no worries"])
    func idiomsOfAgreementTakeTheYesBranch(_ answer: String) throws {
        var chat = self.atConfirmation(try FixtureBot.load())
        let turn = chat.send(answer)
        #expect(turn.explanation.steps.first == "answered yes")
        #expect(turn.messages.first?.text == "Refund requested.")
    }

    /// The fixture with the bundled bot's cancel examples, which "I don't mind" resembles.
    private func botWithCancelExamples() throws -> Bot {
        let intents = (FixtureBot.files["intents.json"] ?? "").replacing(
            #""examples": ["cancel", "stop this", "never mind"]"#,
            with: #"""
                "examples": ["cancel", "stop", "never mind", "forget it", "nvm",
                             "I don't want to continue with this", "abort", "let's drop it",
                             "no, stop this", "quit", "exit this", "leave it",
                             "I changed my mind, don't submit anything"]
                """#)
        return try DialogueFixture.bot(["intents.json": intents])
    }

    @Test func aShortYesOrNoIsTheAnswerNotAGlobalIntentFoundBySimilarity() throws {
        // "I don't mind" resembles "never mind" well enough to interrupt a flow, were it not a
        // yes.
        let bot = try self.botWithCancelExamples()
        let interpretation = bot.interpret("I don't mind")
        #expect(interpretation.clearIntent.map { bot.definition.intents[$0].id } == "cancel")
        #expect(interpretation.confidence >= (0.45 + 1) / 2)
        var chat = self.atConfirmation(bot)
        let turn = chat.send("I don't mind")
        #expect(turn.explanation.stage == .confirmation)
        #expect(turn.messages.first?.text == "Refund requested.")
    }

    @Test func aLongerMessageOpeningWithANoGoesToTheGlobalIntentItResembles() throws {
        // It opens with a no ("I don't"), but says more: it is the cancel intent's example.
        let bot = try self.botWithCancelExamples()
        #expect(bot.yesNo.answer(in: "I don't want to continue with this") == false)
        var chat = self.atConfirmation(bot)
        let turn = chat.send("I don't want to continue with this")
        #expect(turn.explanation.stage == .global)
        #expect(turn.messages.map(\.text) == ["Cancelled."])
        #expect(chat.state.position == "idle")
    }

    @Test(arguments: ["not sure", "I don't care", "no, I don't mind"])
    func doubtAndContradictionAskAgain(_ answer: String) throws {
        var chat = self.atConfirmation(try FixtureBot.load())
        let turn = chat.send(answer)
        #expect(turn.messages.first?.text == "Sorry, I need a yes or a no.")
        #expect(chat.state.position == "refund.confirm")
    }

    @Test func aNonAnswerAsksForYesOrNoAgain() throws {
        var chat = self.atConfirmation(try FixtureBot.load())
        let turn = chat.send("maybe")
        #expect(
            turn.messages == [
                OutgoingMessage(text: "Sorry, I need a yes or a no."),
                OutgoingMessage(text: "Refund TP-12345678?", options: ["Yes", "No"]),
            ])
        #expect(turn.explanation.stage == .confirmation)
        #expect(chat.state.stack.last?.attempts == 1)
        #expect(chat.state.position == "refund.confirm")
    }

    @Test func aStatesRetrySaysHowToAnswerItsQuestion() throws {
        let flows = DialogueFixture.flows(
            replacing: #""say": "Refund {order_id}?","#,
            with:
                #""say": "Refund {order_id}?", "retry": "Yes sends the refund for {order_id}; no stops here.","#
        )
        var chat = self.atConfirmation(try DialogueFixture.bot(["flows.json": flows]))
        // An answer to another question: the state's retry, with its placeholders, then the
        // question again.
        let turn = chat.send("yesterday evening")
        #expect(
            turn.messages == [
                OutgoingMessage(text: "Yes sends the refund for TP-12345678; no stops here."),
                OutgoingMessage(text: "Refund TP-12345678?", options: ["Yes", "No"]),
            ])
        #expect(chat.state.stack.last?.attempts == 1)
        #expect(chat.say("yes").first == "Refund requested.")
    }

    @Test func threeNonAnswersHandOffAsASlotsAttemptsDo() throws {
        var chat = self.atConfirmation(try FixtureBot.load())
        _ = chat.send("maybe")
        _ = chat.send("perhaps")
        let turn = chat.send("dunno")
        let record = try #require(turn.handoff)
        #expect(record.reason == .slotAttemptsExhausted)
        #expect(record.queue == "general")
        #expect(record.priority == .normal)
        #expect(record.state == "confirm")
        #expect(turn.messages.count == 1)
        #expect(turn.messages.first?.isHandoffNotice == true)
        #expect(turn.explanation.steps.first == "no yes or no: 3 of 3 attempts used")
        #expect(chat.state.isEnded)
    }

    @Test func aStateSetsItsAttemptsAndCancelsWhenItSaysSo() throws {
        let flows = DialogueFixture.flows(
            replacing: #""say": "Refund {order_id}?","#,
            with: #""say": "Refund {order_id}?", "maxAttempts": 2, "onExhausted": "cancel","#)
        var chat = self.atConfirmation(try DialogueFixture.bot(["flows.json": flows]))
        _ = chat.send("maybe")
        let turn = chat.send("perhaps")
        #expect(turn.messages.map(\.text) == ["OK, I've stopped that."])
        #expect(turn.explanation.steps.first == "no yes or no: 2 of 2 attempts used")
        #expect(turn.handoff == nil)
        #expect(chat.state.position == "idle")
        #expect(!chat.state.isEnded)
    }

    @Test func anExhaustedStateOverridesThePolicy() throws {
        let flows = DialogueFixture.flows(
            replacing: #""say": "Refund {order_id}?","#,
            with: #""say": "Refund {order_id}?", "exhausted": "stopped","#)
        var chat = self.atConfirmation(try DialogueFixture.bot(["flows.json": flows]))
        _ = chat.send("maybe")
        _ = chat.send("perhaps")
        let turn = chat.send("dunno")
        #expect(turn.messages.map(\.text) == ["Nothing done."])
        #expect(turn.handoff == nil)
        #expect(turn.explanation.visited == ["refund.stopped"])
    }

    @Test func aDigressionDoesNotUseAnAttempt() throws {
        var chat = self.atConfirmation(try FixtureBot.load())
        _ = chat.send("maybe")
        _ = chat.send("what are your opening hours")
        #expect(chat.state.stack.last?.attempts == 1)
        _ = chat.send("perhaps")
        #expect(chat.state.position == "refund.confirm")
    }
}
