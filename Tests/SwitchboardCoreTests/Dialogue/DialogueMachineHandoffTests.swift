import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct DialogueMachineHandoffTests {
    private static let crockford = Set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    @Test(arguments: [0, 1, 31, 32, 0xDEAD_BEEF, UInt64.max])
    func ticketsAreTKTAndEightBase32Digits(_ entropy: UInt64) {
        let ticket = DialogueMachine.ticket(from: entropy)
        #expect(ticket.hasPrefix("TKT-"))
        let digits = ticket.dropFirst(4)
        #expect(digits.count == 8)
        #expect(digits.allSatisfy { Self.crockford.contains($0) })
        #expect(DialogueMachine.ticket(from: entropy) == ticket)
    }

    @Test func differentEntropyGivesDifferentTickets() {
        let tickets = Set((0..<1000).map { DialogueMachine.ticket(from: UInt64($0)) })
        #expect(tickets.count == 1000)
        #expect(DialogueMachine.ticket(from: 0) == "TKT-00000000")
    }

    @Test func theRecordDescribesTheConversation() throws {
        var chat = Conversation(bot: try DialogueFixture.botWithExtras(), session: "web-42")
        chat.start()
        _ = chat.send("write to jane.doe@example.com or call +44 20 7946 0958")
        _ = chat.send("how do I change my password")
        _ = chat.send("i want a refund")
        _ = chat.send("sign me up for the newsletter")
        _ = chat.send("jane.doe@example.com")
        _ = chat.send("TP-12345678")
        let turn = chat.send("talk to a human")
        let record = try #require(turn.handoff)

        #expect(record.ticket == DialogueMachine.ticket(from: 7))
        #expect(record.time == DialogueFixture.now)
        #expect(record.session == "web-42")
        #expect(record.user == "user-1")
        #expect(record.bot == "bot")
        #expect(record.botHash.hasPrefix("sha256:"))
        #expect(record.queue == "general")
        #expect(record.priority == .normal)
        #expect(record.reason == .userRequest)
        #expect(record.due == DialogueFixture.now.adding(minutes: 240))
        #expect(record.due.isoString == "2026-11-27T14:00:00Z")
        #expect(record.intent == "agent")
        #expect(record.slots == ["order_id": "TP-12345678", "email": "[redacted]"])
        #expect(record.articles == ["reset-password"])
        let lines = record.transcript.map { "\($0.speaker.rawValue): \($0.text)" }
        #expect(lines.first == "bot: Hello from the fixture bot.")
        #expect(lines.contains("user: write to [email] or call [phone]"))
        #expect(lines.contains("user: [redacted]"))
        #expect(lines.last == "user: talk to a human")
        #expect(!lines.contains { $0.contains("jane.doe") || $0.contains("7946") })
    }

    @Test func anOpeningMessageThatFillsASensitiveSlotIsRedactedInTheRecord() throws {
        // "refund for TP-12345678" fills the order number before its question is asked; the
        // message was written whole to the handoff transcript, though an answer to the
        // question is "[redacted]".
        let slots = (FixtureBot.files["slots.json"] ?? "").replacing(
            #""maxAttempts": 3"#, with: #""maxAttempts": 3, "sensitive": true"#)
        var chat = Conversation(bot: try DialogueFixture.bot(["slots.json": slots]))
        chat.start()
        let opening = chat.send("i want a refund for TP-12345678")
        #expect(chat.state.slots["order_id"] == .text("TP-12345678"))
        #expect(opening.explanation.input == "[redacted]")
        let record = try #require(chat.send("talk to a human").handoff)
        let lines = record.transcript.map { "\($0.speaker.rawValue): \($0.text)" }
        #expect(lines.contains("user: [redacted]"))
        #expect(!lines.contains { $0.contains("12345678") })
    }

    @Test func slotValuesArePIIMaskedAndSensitiveSlotsRedacted() throws {
        let bot = try FixtureBot.load()
        var state = ConversationState(session: "s", user: nil)
        state.slots = [
            "order_id": .text("TP-12345678"),
            "reason": .text("mail me at jane.doe@example.com"),
            "email": .text("jane.doe@example.com"),
        ]
        var chat = Conversation(bot: bot, state: state)
        let record = try #require(chat.send("talk to a human").handoff)
        #expect(
            record.slots == [
                "order_id": "TP-12345678", "reason": "mail me at [email]", "email": "[redacted]",
            ])
        #expect(record.user == nil)
    }

    /// The frontend's context reaches the person who takes the case (a plan, a region), as
    /// text and masked like the slots: a frontend may pass an email address or a card number.
    @Test func theFrontendsContextIsInTheRecordMasked() throws {
        var state = ConversationState(session: "s", user: "u")
        state.context = [
            "plan": .text("plus"), "vip": .bool(true), "orders": .number(3),
            "contact": .text("jane.doe@example.com"), "saved": .text("4111 1111 1111 1111"),
        ]
        var chat = Conversation(bot: try FixtureBot.load(), state: state)
        let record = try #require(chat.send("talk to a human").handoff)
        #expect(
            record.context == [
                "plan": "plus", "vip": "yes", "orders": "3", "contact": "[email]",
                "saved": "[card]",
            ])
        let line = record.jsonLine()
        #expect(
            line.contains(
                #""context":{"contact":"[email]","orders":"3","plan":"plus","saved":"[card]","vip":"yes"}"#
            ))
        #expect(!line.contains("jane.doe") && !line.contains("4111"))
    }

    @Test(arguments: [
        (HandoffPriority.urgent, 30), (.high, 60), (.normal, 240), (.low, 1440),
    ])
    func theDueTimeFollowsTheQueueSLA(_ priority: HandoffPriority, _ minutes: Int) throws {
        let flows = DialogueFixture.flows(
            replacing: #""queue": "general", "reason": "user_request""#,
            with: #""queue": "general", "priority": ""#
                + priority.rawValue + #"", "reason": "user_request""#)
        var chat = Conversation(bot: try DialogueFixture.bot(["flows.json": flows]))
        chat.start()
        let turn = chat.send("talk to a human")
        let record = try #require(turn.handoff)
        #expect(record.priority == priority)
        #expect(record.due == DialogueFixture.now.adding(minutes: minutes))
        #expect(turn.messages.last?.text.hasSuffix("due \(record.due.displayText).") == true)
    }

    @Test func theRecordNamesTheFlowsProcedure() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("i want a refund")
        _ = chat.send("nope")
        _ = chat.send("nope")
        let record = try #require(chat.send("nope").handoff)
        #expect(record.flow == "refund")
        #expect(record.state == "ask_order")
        #expect(record.sop?.owner == "Payments")
        #expect(record.sop?.version == "1")
    }

    @Test func theRecordWritesAndReadsBackAsOneJSONLine() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("refund for TP-12345678")
        let record = try #require(chat.send("someone hacked my account").handoff)
        let line = record.jsonLine()
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix(#"{"event":"handoff","ticket":"\#(record.ticket)","#))
        let node = try JSONParser(maxDepth: 32).parse(Array(line.utf8))
        #expect(HandoffRecord(json: node) == record)
    }

    @Test
    func aHandoffStatesSayGetsTheHandoffValues() throws {
        let flows = DialogueFixture.flows(
            replacing: #""say": "Let's secure your account.""#,
            with: #""say": "Secure your account: {queue} replies by {due} (ticket {ticket}).""#)
        var chat = Conversation(bot: try DialogueFixture.bot(["flows.json": flows]))
        chat.start()
        let turn = chat.send("someone hacked my account")
        let record = try #require(turn.handoff)
        #expect(
            turn.messages.first?.text
                == "Secure your account: Safety replies by 2026-11-27 10:05 UTC "
                + "(ticket \(record.ticket)).")
    }
}
