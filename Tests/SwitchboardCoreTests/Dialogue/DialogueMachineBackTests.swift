import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// "Go back": an intent with `"effect": "back"` returns the flow to the question answered
/// before the current one and forgets that answer, never past an action or a handoff.
@Suite struct DialogueMachineBackTests {
    /// A global back intent, recognised by a rule.
    static let backIntent = """
        {
          "intents": {
            "back": {
              "title": "Go back",
              "global": true,
              "effect": "back",
              "examples": ["go back", "previous question"],
              "rules": [{ "regex": "^(go back|previous question)$" }]
            }
          }
        }
        """

    /// The fixture bot with the back intent and any other files changed.
    private func bot(_ changes: [String: String?] = [:]) throws -> Bot {
        var files = changes
        files["back.json"] = Self.backIntent
        return try DialogueFixture.bot(files)
    }

    /// A refund conversation at the confirmation, its order and reason both answered.
    private func atConfirmation(_ bot: Bot) -> Conversation {
        var chat = Conversation(bot: bot)
        chat.start()
        _ = chat.send("I want a refund")
        _ = chat.send("TP-12345678")
        _ = chat.send("broken")
        return chat
    }

    @Test func backFromAYesNoQuestionAsksTheLastSlotAgainWithoutItsValue() throws {
        var chat = self.atConfirmation(try self.bot())
        #expect(chat.state.position == "refund.confirm")
        let turn = chat.send("go back")
        #expect(
            turn.messages.map(\.text) == ["OK, let's go back to the previous question.", "Why?"])
        #expect(turn.explanation.stage == .global)
        #expect(turn.explanation.steps.contains("went back to refund.ask_reason"))
        #expect(turn.actions.contains(.clearSlot("reason")))
        #expect(chat.state.position == "refund.ask_reason")
        #expect(chat.state.slots["reason"] == nil)
        #expect(chat.state.slots["order_id"] == .text("TP-12345678"))
        // A new answer goes on from there.
        #expect(chat.say("too slow") == ["Refund TP-12345678?"])
        #expect(chat.state.slots["reason"] == .text("late"))
    }

    @Test func eachBackGoesOneQuestionFurtherUntilTheFirst() throws {
        var chat = self.atConfirmation(try self.bot())
        _ = chat.send("go back")
        #expect(chat.say("previous question").last == "What's the order number?")
        #expect(chat.state.position == "refund.ask_order")
        #expect(chat.state.slots["order_id"] == nil)
        let turn = chat.send("go back")
        #expect(
            turn.messages.map(\.text) == [
                "Sorry, I can't go back from here.", "What's the order number?",
            ])
        #expect(turn.explanation.steps.first == "no earlier question of flow refund to go back to")
        #expect(chat.state.position == "refund.ask_order")
    }

    @Test func aSlotFilledByTheOpeningMessageIsNoQuestionToReturnTo() throws {
        var chat = Conversation(bot: try self.bot())
        _ = chat.send("refund for TP-12345678")
        #expect(chat.state.position == "refund.ask_reason")
        #expect(chat.say("go back") == ["Sorry, I can't go back from here.", "Why?"])
        #expect(chat.state.slots["order_id"] == .text("TP-12345678"))
    }

    @Test func outsideAFlowThereIsNothingToGoBackTo() throws {
        var chat = Conversation(bot: try self.bot())
        let turn = chat.send("go back")
        #expect(turn.messages.map(\.text) == ["Sorry, I can't go back from here."])
        #expect(chat.state.position == "idle")
    }

    @Test func theIntentsResponseAndTheBotsTextsReplaceTheEngines() throws {
        let withResponse = Self.backIntent.replacing(
            #""effect": "back","#, with: #""effect": "back", "responses": ["Rewinding."],"#)
        var chat = self.atConfirmation(
            try DialogueFixture.bot(["back.json": withResponse]))
        #expect(chat.say("go back") == ["Rewinding.", "Why?"])

        let settings = (FixtureBot.files["bot.json"] ?? "").replacing(
            #""messages": { "resume": "Back to {flow}." }"#,
            with:
                #""messages": { "resume": "Back to {flow}.", "back": "Back a step.", "backUnavailable": "Not from here." }"#
        )
        var overridden = self.atConfirmation(try self.bot(["bot.json": settings]))
        #expect(overridden.say("go back") == ["Back a step.", "Why?"])
        _ = overridden.send("go back")
        #expect(overridden.say("go back") == ["Not from here.", "What's the order number?"])
    }

    /// The fixture's refund flow with an order lookup between the order and the reason.
    private func botWithLookup() throws -> Bot {
        try self.bot([
            "flows.json": FixtureBot.flows(
                lookup: #"""
                    "type": "action", "action": "order_status", "next": "ask_reason",
                    "onFailure": "stopped"
                    """#)
        ])
    }

    @Test func neverBackPastAnAction() throws {
        var machine = DialogueMachine(bot: try self.botWithLookup(), session: "s1")
        _ = machine.receive("I want a refund", at: DialogueFixture.now, entropy: 1)
        let request = try #require(
            machine.receive("TP-12345678", at: DialogueFixture.now, entropy: 2).actionRequest)

        // While the lookup runs, "go back" is not acted on.
        let waiting = machine.receive("go back", at: DialogueFixture.now, entropy: 3)
        #expect(waiting.messages.map(\.text) == ["One moment, I'm still checking that for you."])
        #expect(machine.state.slots["order_id"] == .text("TP-12345678"))

        _ = try machine.deliver(
            .success([:]), call: request.call, at: DialogueFixture.now, entropy: 4)
        #expect(machine.state.position == "refund.ask_reason")
        // The lookup used the order number: going back would run it again.
        let turn = machine.receive("go back", at: DialogueFixture.now, entropy: 5)
        #expect(turn.messages.map(\.text) == ["Sorry, I can't go back from here.", "Why?"])
        #expect(machine.state.slots["order_id"] == .text("TP-12345678"))
        #expect(machine.state.position == "refund.ask_reason")
    }

    @Test func afterAHandoffTheConversationIsWithAPerson() throws {
        var chat = Conversation(bot: try self.bot())
        _ = chat.send("I want a refund")
        _ = chat.send("talk to a human")
        #expect(chat.state.isEnded)
        let turn = chat.send("go back")
        #expect(turn.explanation.stage == .handedOff)
        #expect(turn.handoff == nil)
        #expect(chat.state.isEnded)
        #expect(chat.state.stack.isEmpty)
    }
}
