import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct DialogueMachinePrecedenceTests {
    @Test(arguments: [
        "someone hacked my account",
        // The agent intent's rule ("human") also fires; the safety rule must win.
        "someone hacked my account, get me a human",
        // The message also holds an order number, the awaited answer.
        "TP-12345678 was bought after I got hacked",
    ])
    func safetyDropsTheFlowAndHandsOffAtOnce(_ message: String) throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        let turn = chat.send(message)
        #expect(turn.explanation.stage == .safety)
        #expect(turn.explanation.intent?.name == "takeover")
        let record = try #require(turn.handoff)
        #expect(record.queue == "safety")
        #expect(record.priority == .urgent)
        #expect(record.reason == .safety)
        #expect(record.due == DialogueFixture.now.adding(minutes: 5))
        #expect(record.flow == "takeover")
        #expect(record.intent == "takeover")
        #expect(turn.messages.first?.text == "Let's secure your account.")
        #expect(turn.endsConversation)
        #expect(chat.state.stack.isEmpty)
        #expect(chat.state.slots["order_id"] == nil)
    }

    @Test func safetyWinsOverAPendingQuestion() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("blargh")
        _ = chat.send("flibber")
        #expect(chat.state.pending == .offerHuman)
        let turn = chat.send("no, someone hacked my account")
        #expect(turn.handoff?.reason == .safety)
        #expect(turn.handoff?.queue == "safety")
    }

    @Test func cancelMidFlowAbandonsTheFlow() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("refund for TP-12345678")
        let turn = chat.send("cancel")
        #expect(turn.messages.map(\.text) == ["Cancelled."])
        #expect(turn.explanation.stage == .global)
        #expect(turn.explanation.intent?.name == "cancel")
        #expect(turn.explanation.steps == ["abandoned flow refund"])
        #expect(turn.handoff == nil)
        #expect(!turn.endsConversation)
        #expect(chat.state.stack.isEmpty)
        #expect(chat.state.position == "idle")
        // The flow is gone: the next message is read from the top, not as the awaited reason.
        #expect(chat.say("it arrived broken") == ["Sorry?"])
    }

    @Test func cancelWithoutAResponseSaysTheCancelledText() throws {
        let intents = (FixtureBot.files["intents.json"] ?? "").replacing(
            #""responses": ["Cancelled."]"#, with: #""priority": 0"#)
        var chat = Conversation(bot: try DialogueFixture.bot(["intents.json": intents]))
        chat.start()
        _ = chat.send("i want a refund")
        #expect(chat.say("cancel") == ["OK, I've stopped that."])
        #expect(chat.state.position == "idle")
    }

    @Test func askingForAHumanMidFlowHandsOff() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("refund for TP-12345678")
        let turn = chat.send("talk to a human")
        #expect(turn.explanation.stage == .global)
        let record = try #require(turn.handoff)
        #expect(record.reason == .userRequest)
        #expect(record.queue == "general")
        #expect(record.priority == .normal)
        #expect(record.slots == ["order_id": "TP-12345678"])
        #expect(
            turn.messages == [
                OutgoingMessage(
                    text: "Ticket \(record.ticket) for Support, due 2026-11-27 14:00 UTC.",
                    isHandoffNotice: true)
            ])
        #expect(turn.actions.last == .endConversation)
        #expect(chat.state.isEnded)
    }

    @Test func theHandoffRecordComesBeforeTheNotice() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        let turn = chat.send("talk to a human")
        let recordIndex = try #require(
            turn.actions.firstIndex {
                if case .handOff = $0 { return true }
                return false
            })
        let noticeIndex = try #require(
            turn.actions.firstIndex {
                if case .say(let message) = $0 { return message.isHandoffNotice }
                return false
            })
        #expect(recordIndex < noticeIndex)
    }

    @Test func twoFallbacksOfferAHumanAndYesHandsOff() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        let first = chat.send("blargh")
        #expect(first.messages.map(\.text) == ["Sorry?"])
        #expect(first.explanation.stage == .fallback)
        #expect(first.explanation.steps == ["fallback 1 of 2"])
        let second = chat.send("flibber")
        #expect(
            second.messages == [
                OutgoingMessage(text: "Shall I get a person?", options: ["Yes", "No"])
            ])
        #expect(second.explanation.steps == ["2 fallbacks in a row: offering a human"])
        #expect(chat.state.pending == .offerHuman)

        let accepted = chat.send("yes")
        #expect(accepted.explanation.stage == .offerHuman)
        let record = try #require(accepted.handoff)
        #expect(record.reason == .lowConfidence)
        #expect(record.queue == "general")
        #expect(record.priority == .normal)
        #expect(record.due == DialogueFixture.now.adding(minutes: 240))
        #expect(chat.state.isEnded)
    }

    @Test(arguments: ["no", "No", "2", "no thanks"])
    func decliningTheOfferSaysTheDeclinedText(_ answer: String) throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("blargh")
        _ = chat.send("flibber")
        let turn = chat.send(answer)
        #expect(turn.messages.map(\.text) == ["OK."])
        #expect(turn.explanation.stage == .offerHuman)
        #expect(turn.handoff == nil)
        #expect(chat.state.pending == nil)
        #expect(chat.state.consecutiveFallbacks == 0)
        #expect(!chat.state.isEnded)
    }

    @Test func anotherRequestInsteadOfAnsweringTheOfferIsHandledNormally() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("blargh")
        _ = chat.send("flibber")
        #expect(chat.say("what are your opening hours") == ["We are open 9 to 5."])
        #expect(chat.state.pending == nil)
    }

    @Test func anUnderstoodMessageResetsTheFallbackCount() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("blargh")
        _ = chat.send("what are your opening hours")
        #expect(chat.state.consecutiveFallbacks == 0)
        #expect(chat.say("flibber") == ["Pardon?"])
        #expect(chat.state.pending == nil)
    }
}
