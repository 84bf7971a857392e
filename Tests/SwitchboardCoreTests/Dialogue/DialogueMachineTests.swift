import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct DialogueMachineTests {
    @Test func greetsAtTheStart() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        let turn = chat.machine.start(at: DialogueFixture.now)
        #expect(turn.messages == [OutgoingMessage(text: "Hello from the fixture bot.")])
        #expect(turn.explanation.stage == .greeting)
        #expect(turn.explanation.stateBefore == "idle")
        #expect(turn.explanation.stateAfter == "idle")
        #expect(chat.state.turn == 0)
        #expect(
            chat.state.history == [HistoryEntry(speaker: .bot, text: "Hello from the fixture bot.")]
        )
    }

    @Test func answersAnIntentWithItsResponse() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        let turn = chat.send("what are your opening hours")
        #expect(turn.messages.map(\.text) == ["We are open 9 to 5."])
        #expect(turn.explanation.stage == .intent)
        #expect(turn.explanation.intent?.name == "hours")
        #expect(chat.state.position == "idle")
        #expect(chat.state.lastIntent == "hours")
        #expect(chat.state.turn == 1)
    }

    @Test func startsAFlowAndCollectsItsSlots() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        let opening = chat.send("i want a refund")
        #expect(
            opening.messages.map(\.text) == [
                "Let's sort out your refund.", "What's the order number?",
            ])
        #expect(opening.explanation.intent?.name == "refund")
        #expect(chat.state.position == "refund.ask_order")

        let order = chat.send("it is TP-12345678")
        #expect(order.messages.map(\.text) == ["Why?"])
        #expect(order.actions.contains(.setSlot("order_id", .text("TP-12345678"))))
        #expect(order.explanation.stage == .slot)
        #expect(chat.state.position == "refund.ask_reason")

        let reason = chat.send("it arrived broken")
        #expect(
            reason.messages == [
                OutgoingMessage(text: "Refund TP-12345678?", options: ["Yes", "No"])
            ])
        #expect(chat.state.slots == ["order_id": .text("TP-12345678"), "reason": .text("damaged")])
        #expect(chat.state.position == "refund.confirm")
    }

    @Test func prefillsASlotFromTheOpeningMessage() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        let turn = chat.send("refund for TP-12345678")
        #expect(turn.messages.map(\.text) == ["Let's sort out your refund.", "Why?"])
        #expect(turn.actions.contains(.setSlot("order_id", .text("TP-12345678"))))
        #expect(turn.explanation.steps.contains("slot order_id filled from the opening message"))
        #expect(turn.explanation.steps.contains("slot order_id is already filled"))
        #expect(chat.state.position == "refund.ask_reason")
    }

    @Test func startingAFlowAgainAsksAfresh() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("refund for TP-12345678")
        _ = chat.send("broken")
        _ = chat.send("no")
        #expect(chat.state.position == "idle")
        let again = chat.send("i want a refund")
        #expect(again.actions.contains(.clearSlot("order_id")))
        #expect(again.actions.contains(.clearSlot("reason")))
        #expect(
            again.messages.map(\.text) == [
                "Let's sort out your refund.", "What's the order number?",
            ])
    }

    @Test func responseVariantsRotateInOrder() throws {
        var chat = Conversation(bot: try DialogueFixture.botWithExtras())
        chat.start()
        #expect(chat.say("thanks") == ["You're welcome."])
        #expect(chat.say("thanks") == ["Any time.", "Really."])
        #expect(chat.say("thanks") == ["Glad to help."])
        #expect(chat.say("thanks") == ["You're welcome."])
    }

    @Test func fallbackVariantsRotateAcrossOffers() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        #expect(chat.say("blargh") == ["Sorry?"])
        #expect(chat.say("flibber") == ["Shall I get a person?"])
        #expect(chat.say("no") == ["OK."])
        #expect(chat.say("zorp") == ["Pardon?"])
    }

    @Test func countersStopAtTheLargestCountAStateFileHolds() throws {
        // A state file holds counters up to ConversationState.maximumCount; the turn after a
        // conversation reached it was saved as 2^31 and then refused on load.
        let maximum = ConversationState.maximumCount
        #expect(maximum == 2_147_483_647)
        var chat = Conversation(bot: try DialogueFixture.botWithExtras())
        chat.start()
        let before = chat.state.variantUses
        #expect(chat.say("thanks") == ["You're welcome."])
        var state = chat.state
        state.turn = maximum - 1
        // The thanks intent's responses.
        let key = try #require(state.variantUses.first { before[$0.key] != $0.value }?.key)
        state.variantUses[key] = maximum
        chat = Conversation(bot: try DialogueFixture.botWithExtras(), state: state)
        _ = chat.say("thanks")
        #expect(chat.state.turn == maximum)
        #expect(chat.state.variantUses[key] == maximum)
        _ = chat.say("thanks")
        #expect(chat.state.turn == maximum)
        #expect(chat.state.variantUses[key] == maximum)

        state = chat.state
        state.consecutiveFallbacks = maximum
        chat = Conversation(bot: try FixtureBot.load(), state: state)
        #expect(chat.say("blargh") == ["Shall I get a person?"])
        #expect(chat.state.consecutiveFallbacks == 0)

        chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        state = chat.state
        state.stack[state.stack.count - 1].attempts = maximum
        chat = Conversation(bot: try FixtureBot.load(), state: state)
        _ = chat.send("no idea")
        #expect(chat.state.stack.allSatisfy { $0.attempts <= maximum })
    }

    @Test func theSameInputsGiveTheSameTurns() throws {
        let bot = try FixtureBot.load()
        let inputs = [
            "i want a refund", "nope", "what are your opening hours", "TP-12345678",
            "someone hacked my account", "hello again",
        ]
        func play() -> ([Turn], ConversationState) {
            var machine = DialogueMachine(bot: bot, session: "same", user: "u")
            var turns = [machine.start(at: DialogueFixture.now)]
            for (index, input) in inputs.enumerated() {
                turns.append(
                    machine.receive(input, at: DialogueFixture.now, entropy: UInt64(index) * 977))
            }
            return (turns, machine.state)
        }
        let (first, firstState) = play()
        let (second, secondState) = play()
        #expect(first == second)
        #expect(firstState == secondState)
        #expect(first.compactMap(\.handoff).count == 1)
    }

    @Test func restoringAStateGivesTheSameTurn() throws {
        let bot = try FixtureBot.load()
        var chat = Conversation(bot: bot)
        chat.start()
        _ = chat.send("i want a refund")
        let saved = chat.state
        let first = chat.machine.receive("talk to a human", at: DialogueFixture.now, entropy: 99)
        var again = DialogueMachine(bot: bot, state: saved)
        let second = again.receive("talk to a human", at: DialogueFixture.now, entropy: 99)
        #expect(first == second)
        #expect(first.handoff?.ticket == second.handoff?.ticket)
    }

    @Test func aMessageAfterAHandoffIsToldWhereTheCaseIs() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        let handoff = chat.send("talk to a human")
        #expect(handoff.endsConversation)
        #expect(chat.state.isEnded)
        #expect(chat.state.position == "ended")
        let ticket = try #require(chat.state.ticket)

        let next = chat.send("what are your opening hours")
        #expect(
            next.messages.map(\.text) == [
                "Your conversation is with our Support team now (ticket \(ticket)); a person will "
                    + "reply here by 2026-11-27 14:00 UTC."
            ])
        #expect(next.explanation.stage == .handedOff)
        #expect(next.handoff == nil)
        #expect(chat.state.isEnded)
        #expect(chat.state.ticket == ticket)
        #expect(chat.state.history.suffix(2).first?.text == "what are your opening hours")
    }

    @Test func aHandoffStatesGuidanceIsRepeatedAfterTheHandoff() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("someone hacked my account")
        let next = chat.send("are you still there?")
        #expect(next.messages.first?.text == "Let's secure your account.")
        #expect(
            next.messages.last?.text.hasPrefix("Your conversation is with our Safety team") == true)
    }

    @Test func aHandoffStateWithRepeatOffIsNotSaidAgain() throws {
        let flows = DialogueFixture.flows(
            replacing: #""say": "Let's secure your account.""#,
            with: #""say": "Let's secure your account.", "repeat": false"#)
        var chat = Conversation(bot: try DialogueFixture.bot(["flows.json": flows]))
        chat.start()
        let handoff = chat.send("someone hacked my account")
        #expect(handoff.messages.first?.text == "Let's secure your account.")
        let next = chat.send("are you still there?")
        #expect(next.messages.count == 1)
        #expect(
            next.messages.first?.text.hasPrefix("Your conversation is with our Safety team") == true
        )
    }

    @Test func aSafetyMessageAfterAHandoffIsRoutedAgain() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("talk to a human")
        let first = try #require(chat.state.ticket)
        let turn = chat.send("someone hacked my account")
        #expect(turn.explanation.stage == .safety)
        let record = try #require(turn.handoff)
        #expect(record.queue == "safety")
        #expect(record.ticket != first)
    }

    @Test func aMessageAfterAGoodbyeStartsOver() throws {
        let extras = #"""
            { "intents": { "bye": { "title": "Goodbye", "rules": [{ "phrase": "goodbye" }],
                                    "examples": ["goodbye"], "effect": "end",
                                    "responses": ["Bye."] } } }
            """#
        var chat = Conversation(bot: try DialogueFixture.bot(["bye.json": extras]))
        chat.start()
        _ = chat.send("i want a refund")
        let bye = chat.send("goodbye")
        #expect(bye.endsConversation)
        #expect(chat.state.isEnded)

        let next = chat.send("what are your opening hours")
        #expect(
            next.messages.map(\.text) == [
                "That conversation has ended, so let's start a new one.", "We are open 9 to 5.",
            ])
        #expect(next.explanation.stateBefore == "ended")
        #expect(!chat.state.isEnded)
        #expect(chat.state.turn == 1)
        #expect(chat.state.slots.isEmpty)
        #expect(
            chat.state.history.map(\.text) == [
                "That conversation has ended, so let's start a new one.",
                "what are your opening hours", "We are open 9 to 5.",
            ])
    }

    @Test func explainsARuleHit() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        let turn = chat.send("talk to a human")
        let explanation = turn.explanation
        #expect(explanation.stage == .global)
        #expect(explanation.stateBefore == "refund.ask_order")
        #expect(explanation.stateAfter == "ended")
        #expect(explanation.input == "talk to a human")
        #expect(explanation.normalized == "talk to a human")
        #expect(explanation.intent == RecognizedIntent(name: "agent", confidence: 1))
        let rule = try #require(explanation.rule)
        #expect(rule.hasPrefix("intent agent: phrase \"human\" ("))
        #expect(rule.hasSuffix("/bot/intents.json:19:17)"))
        #expect(explanation.candidates.first?.name == "agent")
        #expect(explanation.terms.isEmpty)
        let ticket = try #require(turn.handoff?.ticket)
        #expect(
            explanation.steps == [
                "started flow handoff as a digression", "entered handoff.go",
                "handed off to general (normal, user_request), ticket \(ticket)",
                "conversation ended",
            ])
    }

    @Test func explainsASimilarityMatch() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        let explanation = chat.send("when are you open").explanation
        #expect(explanation.stage == .intent)
        #expect(explanation.rule == nil)
        #expect(explanation.intent?.name == "hours")
        let best = try #require(explanation.candidates.first)
        #expect(best.name == "hours")
        #expect(best.score >= 0.45)
        #expect(
            explanation.candidates.map(\.score) == explanation.candidates.map(\.score).sorted(by: >)
        )
        #expect(!explanation.terms.isEmpty)
        #expect(explanation.stateBefore == "idle")
        #expect(explanation.stateAfter == "idle")
    }

    @Test func explainsASafetyRuleAndSlotChanges() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        let prefilled = chat.send("refund for TP-12345678").explanation
        #expect(
            prefilled.slotChanges == [
                TurnExplanation.SlotChange(slot: "order_id", value: "TP-12345678")
            ])
        #expect(
            prefilled.steps == [
                "slot order_id filled from the opening message", "started flow refund",
                "entered refund.ask_order", "slot order_id is already filled",
                "entered refund.ask_reason",
            ])
        let safety = chat.send("someone hacked my account").explanation
        #expect(safety.stage == .safety)
        let rule = try #require(safety.rule)
        #expect(rule.hasPrefix("safety intent takeover: phrase \"hacked\" ("))
        #expect(safety.steps.first == "abandoned flow refund")
    }

    @Test func emptyInputAsksTheQuestionAgainWithoutCountingAnAttempt() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        let turn = chat.send("   ")
        #expect(turn.messages.map(\.text) == ["What's the order number?"])
        #expect(turn.explanation.stage == .empty)
        #expect(chat.state.stack.last?.attempts == 0)
        #expect(chat.state.turn == 2)
    }

    @Test func cutsVeryLongInput() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send(String(repeating: "é", count: 3000))
        let remembered = try #require(chat.state.history.last { $0.speaker == .user })
        #expect(remembered.text.utf8.count == DialogueMachine.maximumInputBytes)
        #expect(remembered.text == String(repeating: "é", count: 2048))
    }
}
