import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct DialogueMachineSlotTests {
    /// The fixture bot with the refund reason's question offering two options.
    static func botWithReasonOptions() throws -> Bot {
        let slots = (FixtureBot.files["slots.json"] ?? "").replacing(
            #""prompts": ["Why?"]"#,
            with: #""prompts": [{ "text": "Why?", "options": ["Broken", "Never came"] }]"#)
        return try DialogueFixture.bot(["slots.json": slots])
    }

    @Test func anInvalidAnswerGetsTheInvalidTextAndTheNextPrompt() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        let turn = chat.send("it's 1234")
        #expect(
            turn.messages.map(\.text) == [
                "That isn't an order number.",
                "The order number looks like TP-12345678. What is it?",
            ])
        #expect(turn.explanation.stage == .slot)
        #expect(turn.explanation.steps == ["no value for order_id in the answer (entity order_id)"])
        #expect(chat.state.stack.last?.attempts == 1)
        #expect(chat.state.position == "refund.ask_order")
        #expect(turn.handoff == nil)
    }

    /// "No" or "I don't have it" gives no value, but it is not a wrong one: the bot asks again
    /// without telling the user that what they typed "isn't an order number".
    @Test(arguments: ["nope", "I don't have it", "no idea", "not sure"])
    func aNoOrDontKnowGetsTheNextPromptWithoutTheInvalidText(_ answer: String) throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        let turn = chat.send(answer)
        #expect(
            turn.messages.map(\.text) == ["The order number looks like TP-12345678. What is it?"])
        #expect(chat.state.stack.last?.attempts == 1)
        #expect(chat.state.position == "refund.ask_order")
    }

    @Test func theLastPromptRepeats() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        _ = chat.send("TP-1")
        #expect(
            chat.say("TP-2") == [
                "That isn't an order number.",
                "The order number looks like TP-12345678. What is it?",
            ])
        #expect(chat.state.stack.last?.attempts == 2)
    }

    @Test func exhaustedAttemptsHandOffWhenTheSlotSaysSo() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        _ = chat.send("nope")
        _ = chat.send("still no")
        let turn = chat.send("no idea")
        let record = try #require(turn.handoff)
        #expect(record.reason == .slotAttemptsExhausted)
        #expect(record.queue == "general")
        #expect(record.priority == .normal)
        #expect(record.due == DialogueFixture.now.adding(minutes: 240))
        #expect(record.flow == "refund")
        #expect(record.state == "ask_order")
        #expect(
            record.sop == SOPMetadata(owner: "Payments", policy: nil, version: "1", reviewed: nil))
        #expect(turn.messages.count == 1)
        #expect(turn.messages.first?.isHandoffNotice == true)
        #expect(turn.endsConversation)
        #expect(turn.explanation.steps.contains("order_id: 3 of 3 attempts used"))
        #expect(chat.state.isEnded)
        #expect(chat.state.ticket == record.ticket)
    }

    @Test func exhaustedAttemptsSkipTheSlotWhenTheSlotSaysSo() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("refund for TP-12345678")
        #expect(chat.say("whatever") == ["Why?"])
        #expect(chat.state.stack.last?.attempts == 1)
        let turn = chat.send("no reason")
        #expect(
            turn.messages == [OutgoingMessage(text: "Refund TP-12345678?", options: ["Yes", "No"])])
        #expect(turn.explanation.steps.contains("reason: 2 of 2 attempts used"))
        #expect(turn.handoff == nil)
        #expect(chat.state.slots["reason"] == nil)
        #expect(chat.state.position == "refund.confirm")
    }

    @Test func anExhaustedStateOverridesTheSlotPolicy() throws {
        let flows = DialogueFixture.flows(
            replacing: #""slot": "order_id", "next": "ask_reason" }"#,
            with: #""slot": "order_id", "next": "ask_reason", "exhausted": "stopped" }"#)
        var chat = Conversation(bot: try DialogueFixture.bot(["flows.json": flows]))
        chat.start()
        _ = chat.send("i want a refund")
        _ = chat.send("nope")
        _ = chat.send("nope")
        let turn = chat.send("nope")
        #expect(turn.messages.map(\.text) == ["Nothing done."])
        #expect(turn.handoff == nil)
        #expect(chat.state.position == "idle")
    }

    @Test func exhaustedAttemptsCancelWhenTheSlotSaysSo() throws {
        let slots = (FixtureBot.files["slots.json"] ?? "").replacing(
            #""onExhausted": "skip""#, with: #""onExhausted": "cancel""#)
        var chat = Conversation(bot: try DialogueFixture.bot(["slots.json": slots]))
        chat.start()
        _ = chat.send("refund for TP-12345678")
        _ = chat.send("whatever")
        let turn = chat.send("no reason")
        #expect(turn.messages.map(\.text) == ["OK, I've stopped that."])
        #expect(chat.state.position == "idle")
        #expect(turn.handoff == nil)
    }

    @Test func anAnswerAfterAFailedAttemptResetsTheCount() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        _ = chat.send("nope")
        #expect(chat.say("TP-87654321") == ["Why?"])
        #expect(chat.state.stack.last?.attempts == 0)
        #expect(chat.state.slots["order_id"] == .text("TP-87654321"))
    }

    @Test func referenceSeparatorsAreNormalised() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        _ = chat.send("tp 12345678")
        #expect(chat.state.slots["order_id"] == .text("TP-12345678"))
    }

    @Test
    func aSlotPromptsOptionCanBeChosenByNumber() throws {
        var chat = Conversation(bot: try Self.botWithReasonOptions())
        chat.start()
        let opening = chat.send("refund for TP-12345678")
        #expect(
            opening.messages.last
                == OutgoingMessage(text: "Why?", options: ["Broken", "Never came"]))
        _ = chat.send("2")
        #expect(chat.state.slots["reason"] == .text("late"))
        #expect(chat.state.position == "refund.confirm")
    }

    /// People pick options in words too: "the second one" must not be refused as no answer.
    @Test(arguments: ["the second one", "second", "2nd", "option 2", "number two", "the last one"])
    func aSlotPromptsOptionCanBeChosenByAnOrdinal(_ answer: String) throws {
        var chat = Conversation(bot: try Self.botWithReasonOptions())
        chat.start()
        _ = chat.send("refund for TP-12345678")
        _ = chat.send(answer)
        #expect(chat.state.slots["reason"] == .text("late"))
        #expect(chat.state.position == "refund.confirm")
    }

    @Test func aSlotPromptsOptionCanBeChosenByItsText() throws {
        var chat = Conversation(bot: try Self.botWithReasonOptions())
        chat.start()
        _ = chat.send("refund for TP-12345678")
        _ = chat.send("Broken")
        #expect(chat.state.slots["reason"] == .text("damaged"))
    }

    /// A global intent found only by similarity (cancel scores 0.58 on "never") must not
    /// interrupt a flow waiting for an answer.
    @Test func aValidAnswerIsNotTakenForAGlobalIntentBySimilarity() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("refund for TP-12345678")
        let turn = chat.send("it never came")
        #expect(turn.explanation.stage == .slot)
        #expect(chat.state.slots["reason"] == .text("late"))
        #expect(chat.state.position == "refund.confirm")
    }
}

@Suite struct DialogueMachineAssignmentTests {
    @Test func setCopiesAnotherSlotWithItsType() throws {
        let flows = DialogueFixture.flows(
            replacing: #""confirm": { "type": "confirm","#,
            with: #""confirm": { "type": "confirm", "set": { "email": "{order_id}" },"#)
        var chat = Conversation(bot: try DialogueFixture.bot(["flows.json": flows]))
        chat.start()
        _ = chat.send("refund for TP-12345678")
        _ = chat.send("broken")
        #expect(chat.state.slots["email"] == .text("TP-12345678"))
    }

    /// `set` values are read as messages are: placeholders are filled, `{{` is a brace.
    @Test(
        "A set value with placeholders is rendered; braces written twice are braces",
        arguments: [
            ("order {order_id} for {bot}", "order TP-12345678 for "),
            ("{{order_id}}", "{order_id}"),
            ("no placeholder", "no placeholder"),
        ])
    func setRendersItsText(_ written: String, _ expected: String) throws {
        let flows = DialogueFixture.flows(
            replacing: #""confirm": { "type": "confirm","#,
            with: #""confirm": { "type": "confirm", "set": { "email": "\#(written)" },"#)
        let bot = try DialogueFixture.bot(["flows.json": flows])
        var chat = Conversation(bot: bot)
        chat.start()
        _ = chat.send("refund for TP-12345678")
        _ = chat.send("broken")
        guard case .text(let text) = chat.state.slots["email"] else {
            Issue.record("email is \(String(describing: chat.state.slots["email"]))")
            return
        }
        if written.contains("{bot}") {
            #expect(text == expected + bot.definition.settings.name)
        } else {
            #expect(text == expected)
        }
    }

    @Test func setCopiesTheFrontendsValueWithItsType() throws {
        let flows = DialogueFixture.flows(
            replacing: #""confirm": { "type": "confirm","#,
            with: #""confirm": { "type": "confirm", "set": { "email": "{context.seats}" },"#)
        var state = ConversationState(session: "s", user: "u")
        state.context["seats"] = .number(3)
        var chat = Conversation(bot: try DialogueFixture.bot(["flows.json": flows]), state: state)
        _ = chat.send("refund for TP-12345678")
        _ = chat.send("broken")
        #expect(chat.state.slots["email"] == .number(3))
    }

    /// A slot must never keep a card number or credential (PSD2): a `set` value copied from
    /// the frontend is screened as a message shows it, and a rendered text as a whole, since
    /// values harmless apart can make a card number together.
    @Test(
        "A set value never keeps a card number or credential",
        arguments: [
            ("{context.card}", SlotValue.text("[card]")),
            ("{context.card_number}", .text("[card]")),
            ("{context.first} {context.last}", .text("[card]")),
            ("PIN {context.pin}", .text("PIN [credential]")),
            ("{context.seats}", .number(3)),
        ])
    func setNeverKeepsACardNumber(_ written: String, _ expected: SlotValue) throws {
        let flows = DialogueFixture.flows(
            replacing: #""confirm": { "type": "confirm","#,
            with: #""confirm": { "type": "confirm", "set": { "email": "\#(written)" },"#)
        var state = ConversationState(session: "s", user: "u")
        state.context = [
            "card": .text("4111 1111 1111 1111"), "card_number": .number(4_111_111_111_111_111),
            "first": .text("4111 1111"), "last": .text("1111 1111"), "pin": .text("4821"),
            "seats": .number(3),
        ]
        var chat = Conversation(bot: try DialogueFixture.bot(["flows.json": flows]), state: state)
        _ = chat.send("refund for TP-12345678")
        _ = chat.send("broken")
        #expect(chat.state.slots["email"] == expected)
    }

    /// A conversation whose `email` (sensitive) is filled, at the refund flow's confirm state,
    /// which sets `backup_email` (sensitive or not) to `value`.
    func confirming(
        settingBackupTo value: String, backupIsSensitive: Bool
    ) throws -> (Conversation, Turn) {
        let bot = try DialogueFixture.bot([
            "slots.json": try SensitiveSlotCheckTests.slots(backupIsSensitive: backupIsSensitive),
            "flows.json": try SensitiveSlotCheckTests.flows(settingBackupTo: value),
        ])
        var state = ConversationState(session: "s", user: "u")
        state.slots["email"] = .text("jane.doe@example.com")
        var chat = Conversation(bot: bot, state: state)
        _ = chat.send("refund for TP-12345678")
        let turn = chat.send("broken")
        return (chat, turn)
    }

    /// A sensitive slot copied into a sensitive slot keeps its value, and is `[redacted]`
    /// wherever the change is written.
    @Test func aSensitiveSlotIsCopiedIntoASensitiveSlot() throws {
        let (chat, turn) = try self.confirming(
            settingBackupTo: "{email}", backupIsSensitive: true)
        #expect(chat.state.slots["backup_email"] == .text("jane.doe@example.com"))
        #expect(
            turn.explanation.slotChanges.contains {
                $0.slot == "backup_email" && $0.value == "[redacted]"
            })
    }

    /// Text that names a sensitive slot is rendered as a message is, the slot as `[redacted]`,
    /// so a slot that is not sensitive may hold it.
    @Test(arguments: [
        ("copy of {email}", "copy of [redacted]"),
        // Screened as a whole, but what is masked already is not masked again.
        ("password {email}", "password [redacted]"),
    ])
    func aSetTextNamingASensitiveSlotHasItRedacted(_ written: String, _ expected: String) throws {
        let (chat, _) = try self.confirming(settingBackupTo: written, backupIsSensitive: false)
        #expect(chat.state.slots["backup_email"] == .text(expected))
    }

    /// `check` refuses a copy of a sensitive slot into one that is not; a definition that
    /// skipped the checks gets `[redacted]` there, as text naming the slot would.
    @Test func anUncheckedCopyOfASensitiveSlotIntoAnotherIsRedacted() throws {
        let checked = try DialogueFixture.bot([
            "slots.json": try SensitiveSlotCheckTests.slots(backupIsSensitive: true),
            "flows.json": try SensitiveSlotCheckTests.flows(settingBackupTo: "{email}"),
        ])
        var definition = checked.definition
        let index = try #require(definition.slots.firstIndex { $0.id == "backup_email" })
        definition.slots[index].isSensitive = false
        var state = ConversationState(session: "s", user: "u")
        state.slots["email"] = .text("jane.doe@example.com")
        var chat = Conversation(bot: Bot(definition: definition), state: state)
        _ = chat.send("refund for TP-12345678")
        let turn = chat.send("broken")
        #expect(chat.state.slots["backup_email"] == .text("[redacted]"))
        #expect(!"\(turn.explanation)".contains("jane.doe"))
    }

    @Test func anUnknownSlotInASetValueIsReported() {
        let flows = DialogueFixture.flows(
            replacing: #""confirm": { "type": "confirm","#,
            with: #""confirm": { "type": "confirm", "set": { "email": "order {ordr_id}" },"#)
        #expect {
            _ = try DialogueFixture.bot(["flows.json": flows])
        } throws: { error in
            (error as? DefinitionLoadError)?.diagnostics.contains {
                $0.code == "unknown-slot" && $0.message.contains("ordr_id")
                    && $0.origin?.path == "flows.refund.states.confirm.set.email"
            } == true
        }
    }

    @Test func aFlowsQueueTakesTheHandoffWhenAttemptsRunOut() throws {
        let flows = DialogueFixture.flows(
            replacing: #""title": "your refund","#,
            with: #""title": "your refund", "queue": "safety","#)
        var chat = Conversation(bot: try DialogueFixture.bot(["flows.json": flows]))
        chat.start()
        _ = chat.send("i want a refund")
        _ = chat.send("no idea")
        _ = chat.send("still no idea")
        let turn = chat.send("really no idea")
        let record = try #require(turn.handoff)
        #expect(record.queue == "safety")
        #expect(record.reason == .slotAttemptsExhausted)
    }
}
