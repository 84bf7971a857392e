import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// PSD2 at run time: a bot never keeps, repeats or asks for card numbers and credentials.
@Suite struct DialogueMachinePaymentGuardTests {
    static let warning = EngineMessages().secretRemoved.text.source

    @Test(arguments: [
        ("TP-12345678 was paid with 4111 1111 1111 1111", "[card]"),
        ("TP-12345678, my PIN is 4821", "[credential]"),
    ])
    func secretsAreRemovedBeforeTheMessageIsRead(message: String, placeholder: String) throws {
        var chat = Conversation(bot: try DialogueFixture.bot())
        chat.start()
        _ = chat.send("i want a refund")
        let turn = chat.send(message)
        let texts = turn.messages.map(\.text)
        #expect(texts.first == Self.warning)
        // The rest of the message still counts: the order number fills its slot.
        #expect(chat.machine.state.slots["order_id"] == .text("TP-12345678"))
        #expect(texts.last == "Why?")
        let said = chat.machine.state.history.map(\.text)
        #expect(said.contains { $0.contains(placeholder) })
        #expect(!said.contains { $0.contains("4111") || $0.contains("4821") })
        #expect(turn.explanation.steps.contains { $0.contains("PSD2") })
    }

    @Test func aMessageWithoutSecretsGetsNoWarning() throws {
        var chat = Conversation(bot: try DialogueFixture.bot())
        chat.start()
        let texts = chat.say("my card ending 1111 was charged twice for TP-12345678")
        #expect(!texts.contains(Self.warning))
    }

    @Test func valuesFilledIntoMessagesNeverShowACardNumber() throws {
        let flows = DialogueFixture.flows(
            replacing: "\"say\": \"Refund {order_id}?\"",
            with: "\"say\": \"Refund {order_id} to {context.card}?\"")
        var chat = Conversation(bot: try DialogueFixture.bot(["flows.json": flows]))
        chat.machine.updateContext(["card": .text("card 4111-1111-1111-1111")])
        chat.start()
        _ = chat.send("i want a refund")
        _ = chat.send("TP-12345678")
        let texts = chat.say("it arrived broken")
        #expect(texts.last == "Refund TP-12345678 to card [card]?")
    }

    @Test func aPromptThatWouldAskForACredentialHandsOffInstead() throws {
        // The load-time check cannot see what the placeholder will say.
        let slots = (FixtureBot.files["slots.json"] ?? "").replacing(
            "\"prompts\": [\"Why?\"]", with: "\"prompts\": [\"Please type your {context.proof}\"]")
        var chat = Conversation(bot: try DialogueFixture.bot(["slots.json": slots]))
        chat.machine.updateContext(["proof": .text("card number")])
        chat.start()
        _ = chat.send("i want a refund")
        let turn = chat.send("TP-12345678")
        let record = try #require(turn.handoff)
        #expect(record.reason == .paymentAuthentication)
        #expect(record.priority == .high)
        #expect(!turn.messages.contains { $0.text.contains("card number") })
        #expect(chat.machine.state.isEnded)
    }

    @Test func thePromptIsSaidWhenThePlaceholderIsHarmless() throws {
        let slots = (FixtureBot.files["slots.json"] ?? "").replacing(
            "\"prompts\": [\"Why?\"]", with: "\"prompts\": [\"Please type your {context.proof}\"]")
        var chat = Conversation(bot: try DialogueFixture.bot(["slots.json": slots]))
        chat.machine.updateContext(["proof": .text("reason")])
        chat.start()
        _ = chat.send("i want a refund")
        #expect(chat.say("TP-12345678") == ["Please type your reason"])
    }
}
