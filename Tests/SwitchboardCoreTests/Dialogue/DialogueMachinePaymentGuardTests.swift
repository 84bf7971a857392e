import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// PSD2 at run time: a bot never keeps, repeats or asks for card numbers and credentials.
@Suite struct DialogueMachinePaymentGuardTests {
    static let warning = EngineMessages().secretRemoved.text.source

    @Test(arguments: [
        ("TP-12345678 was paid with 4111 1111 1111 1111", "[card]"),
        ("TP-12345678, my PIN is 4821", "[credential]"),
        // The normalizer reads dots as spaces, so a card grouped by dots reached the flow.
        ("TP-12345678 was paid with 4111.1111.1111.1111", "[card]"),
        // Fullwidth digits, as an East Asian input method types them.
        ("TP-12345678, my PIN is ４８２１", "[credential]"),
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

    /// The placeholder is for logs and the history, not for reading: "[card]" read as the
    /// word "card" pulled "my card number is … can you refund" to the card-declined article.
    @Test func thePlaceholderOfARemovedSecretIsNotReadAsAWord() throws {
        var chat = Conversation(bot: try DialogueFixture.bot())
        chat.start()
        let turn = chat.send("my card is 4111 1111 1111 1111 and my PIN is 4821, refund please")
        #expect(turn.messages.first?.text == Self.warning)
        let normalized = turn.explanation.normalized
        #expect(!normalized.contains("credential"))
        #expect(normalized.split(separator: " ").filter { $0 == "card" }.count == 1)
        #expect(!normalized.contains("4111") && !normalized.contains("4821"))
        #expect(turn.explanation.input.contains("[card]"))
    }

    /// The warning answers the message, so the history (the handoff transcript a person
    /// reads) has it after the message, though the reply says it first.
    @Test func theWarningFollowsTheMessageInTheHistory() throws {
        var chat = Conversation(bot: try DialogueFixture.bot())
        chat.start()
        _ = chat.send("i want a refund")
        let turn = chat.send("TP-12345678 was paid with 4111 1111 1111 1111")
        #expect(turn.messages.first?.text == Self.warning)
        let recent = chat.machine.state.history.suffix(turn.messages.count + 1)
        #expect(recent.first?.speaker == .user)
        #expect(recent.first?.text.contains("[card]") == true)
        #expect(recent.dropFirst().map(\.text) == turn.messages.map(\.text))
    }

    /// After a closed conversation, the warning is in the new conversation's history too (the
    /// reset dropped it), after the notice that opens it and the message.
    @Test func aNewConversationKeepsTheWarningInItsHistory() throws {
        var chat = Conversation(bot: try DialogueFixture.bot())
        chat.start()
        chat.machine.state.isEnded = true
        let turn = chat.send("my card is 4111 1111 1111 1111")
        let texts = turn.messages.map(\.text)
        let ended = EngineMessages().ended.text.source
        #expect(texts.prefix(2) == [Self.warning, ended])
        let history = chat.machine.state.history.map(\.text)
        #expect(history == [ended, "my card is [card]", Self.warning] + texts.dropFirst(2))
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

    /// The confirm question of the fixture's refund flow, written `say`, as said with
    /// `context` and the email slot filled.
    func confirmation(
        _ say: String, options: [String] = ["Yes", "No"], context: [String: SlotValue]
    ) throws -> OutgoingMessage? {
        let optionList = options.map { "\"\($0)\"" }.joined(separator: ", ")
        let flows = DialogueFixture.flows(
            replacing: "\"say\": \"Refund {order_id}?\"",
            with: "\"say\": { \"text\": \"\(say)\", \"options\": [\(optionList)] }")
        var state = ConversationState(session: "s", user: "u")
        state.context = context
        state.slots["email"] = .text("jane.doe@example.com")
        var chat = Conversation(bot: try DialogueFixture.bot(["flows.json": flows]), state: state)
        _ = chat.send("i want a refund")
        _ = chat.send("TP-12345678")
        return chat.send("it arrived broken").messages.last
    }

    /// A message is screened as a whole once its values are filled in: values harmless
    /// apart, or next to the message's own words, can make a card number or a credential.
    @Test(
        "A message is screened as a whole",
        arguments: [
            ("Your PIN is {context.a}{context.b}.", "Your PIN is [credential]."),
            ("Your PIN is {context.pin}.", "Your PIN is [credential]."),
            ("Card {context.first} {context.last}?", "Card [card]?"),
            ("password: {context.secret}", "password: [credential]"),
        ])
    func aMessageIsScreenedAsAWhole(_ say: String, _ expected: String) throws {
        let message = try #require(
            try self.confirmation(
                say, options: ["Yes", say],
                context: [
                    "a": .text("48"), "b": .text("21"), "pin": .text("4821"),
                    "first": .text("4111 1111"), "last": .text("1111 1111"),
                    "secret": .text("hunter22"),
                ]))
        #expect(message.text == expected)
        #expect(message.options == ["Yes", expected])
    }

    /// Screening the whole message never masks again what is masked already, and leaves the
    /// message's own words, and every message whose values make nothing, as they were.
    @Test(
        "Screening a message as a whole changes nothing else",
        arguments: [
            ("Your password is {email}.", "Your password is [redacted]."),
            ("password {context.card}", "password [card]"),
            ("PIN {context.note}", "PIN my PIN is [credential]"),
            ("Your PIN is 4821, order {order_id}.", "Your PIN is 4821, order TP-12345678."),
            (
                "Refund {order_id} to card ending {context.last4}?",
                "Refund TP-12345678 to card ending 1111?"
            ),
        ])
    func screeningAsAWholeChangesNothingElse(_ say: String, _ expected: String) throws {
        let message = try #require(
            try self.confirmation(
                say,
                context: [
                    "card": .text("4111 1111 1111 1111"), "note": .text("my PIN is 4821"),
                    "last4": .text("1111"),
                ]))
        #expect(message.text == expected)
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
