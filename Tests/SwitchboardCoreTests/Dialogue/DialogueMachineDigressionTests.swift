import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct DialogueMachineDigressionTests {
    @Test func anIntentMidSlotAnswersThenResumesWithTheSamePrompt() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        _ = chat.send("nope")
        #expect(chat.state.stack.last?.attempts == 1)

        let turn = chat.send("what are your opening hours")
        #expect(
            turn.messages.map(\.text) == [
                "We are open 9 to 5.", "Back to your refund.",
                "The order number looks like TP-12345678. What is it?",
            ])
        #expect(turn.explanation.stage == .digression)
        #expect(turn.explanation.intent?.name == "hours")
        #expect(turn.explanation.steps == ["resumed flow refund at ask_order"])
        #expect(chat.state.position == "refund.ask_order")
        #expect(chat.state.stack.last?.attempts == 1)

        // The attempt count was kept: two more failures exhaust the slot, not three.
        _ = chat.send("nope")
        #expect(chat.send("nope").handoff?.reason == .slotAttemptsExhausted)
    }

    @Test func aDigressionBeforeAnyFailureReasksTheFirstPrompt() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        #expect(
            chat.say("when are you open") == [
                "We are open 9 to 5.", "Back to your refund.", "What's the order number?",
            ])
        #expect(chat.state.stack.last?.attempts == 0)
    }

    @Test func aDigressionIntoAnotherFlowPushesItAndResumesTheFirst() throws {
        var chat = Conversation(bot: try DialogueFixture.botWithExtras())
        chat.start()
        _ = chat.send("i want a refund")
        _ = chat.send("nope")

        let detour = chat.send("sign me up for the newsletter")
        #expect(detour.messages.map(\.text) == ["Your email?"])
        #expect(detour.explanation.stage == .digression)
        #expect(detour.explanation.steps.contains("started flow newsletter as a digression"))
        #expect(chat.state.stack.map(\.flow) == ["refund", "newsletter"])
        #expect(chat.state.stack.map(\.isDigression) == [false, true])
        #expect(chat.state.position == "newsletter.ask_email")

        let back = chat.send("jane.doe@example.com")
        #expect(
            back.messages.map(\.text) == [
                "Subscribed.", "Back to your refund.",
                "The order number looks like TP-12345678. What is it?",
            ])
        #expect(back.explanation.steps.contains("finished flow newsletter"))
        #expect(back.explanation.steps.contains("resumed flow refund at ask_order"))
        #expect(
            back.explanation.slotChanges == [
                TurnExplanation.SlotChange(slot: "email", value: "[redacted]")
            ])
        #expect(chat.state.stack.map(\.flow) == ["refund"])
        #expect(chat.state.stack.last?.attempts == 1)
        #expect(chat.state.slots["email"] == .text("jane.doe@example.com"))

        #expect(chat.say("TP-12345678") == ["Why?"])
    }

    @Test func aKnowledgeBaseQuestionMidSlotAnswersAndResumes() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        let turn = chat.send("how do I change my password")
        #expect(
            turn.messages == [
                OutgoingMessage(
                    text:
                        "Reset your password: To reset your password, tap Forgot password on the "
                        + "sign-in screen and follow the email link.",
                    article: "reset-password"),
                OutgoingMessage(text: "Back to your refund."),
                OutgoingMessage(text: "What's the order number?"),
            ])
        #expect(turn.explanation.stage == .digression)
        #expect(turn.explanation.articles.first?.name == "reset-password")
        #expect(
            turn.explanation.steps == [
                "answered with article reset-password", "resumed flow refund at ask_order",
            ])
        #expect(chat.state.articlesTried == ["reset-password"])
        #expect(chat.state.stack.last?.attempts == 0)
        #expect(chat.state.position == "refund.ask_order")
    }

    @Test func anIntentInAConfirmationIsADigression() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("refund for TP-12345678")
        _ = chat.send("broken")
        let turn = chat.send("what are your opening hours")
        #expect(
            turn.messages == [
                OutgoingMessage(text: "We are open 9 to 5."),
                OutgoingMessage(text: "Back to your refund."),
                OutgoingMessage(text: "Refund TP-12345678?", options: ["Yes", "No"]),
            ])
        #expect(chat.state.position == "refund.confirm")
    }

    @Test
    func aKnowledgeBaseQuestionInAConfirmationIsADigression() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("refund for TP-12345678")
        _ = chat.send("broken")
        let turn = chat.send("how do I change my password")
        #expect(turn.messages.first?.article == "reset-password")
        #expect(
            turn.messages.dropFirst().map(\.text) == [
                "Back to your refund.", "Refund TP-12345678?",
            ])
        #expect(turn.explanation.stage == .digression)
        #expect(chat.state.stack.last?.attempts == 0)
    }

    @Test func askingForTheSameFlowAgainIsNotADigression() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        let turn = chat.send("i want a refund")
        #expect(
            turn.messages.map(\.text) == [
                "That isn't an order number.",
                "The order number looks like TP-12345678. What is it?",
            ])
        #expect(chat.state.stack.map(\.flow) == ["refund"])
        #expect(chat.state.stack.last?.attempts == 1)
    }
}
