import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// Action states: the request a turn returns, waiting, and the result, failure and timeout
/// paths, on the example bot's refund flow (order lookup, then eligibility).
@Suite struct DialogueMachineActionTests {
    static let bot: Bot? = try? Bot.load(from: ProjectPaths.exampleBot).bot
    static let now = Timestamp(millisecondsSince1970: 1_795_773_600_000)

    /// A refund conversation waiting for the order lookup of `order`.
    func waiting(order: String = "TP-12345678") throws -> (DialogueMachine, ActionRequest) {
        let bot = try #require(Self.bot)
        var machine = DialogueMachine(bot: bot, session: "s1")
        _ = machine.receive("I want a refund", at: Self.now, entropy: 1)
        let turn = machine.receive(order, at: Self.now, entropy: 2)
        let request = try #require(turn.actionRequest)
        return (machine, request)
    }

    @Test func enteringAnActionStateAsksTheHostAndWaits() throws {
        let (machine, request) = try self.waiting()
        #expect(request.name == "order_status")
        #expect(request.arguments == ["order_id": .string("TP-12345678")])
        #expect(
            String(decoding: request.argumentsJSON, as: UTF8.self) == #"{"order_id":"TP-12345678"}"#
        )
        #expect(request.timeoutMilliseconds == 5_000)
        #expect(request.deadline.millisecondsSince1970 == Self.now.millisecondsSince1970 + 5_000)
        #expect(request.call == DialogueMachine.callID(turn: 2, entropy: 2))
        #expect(machine.state.position == "refund.lookup_order")
        #expect(
            machine.state.pendingAction
                == PendingAction(
                    call: request.call, name: "order_status", deadline: request.deadline))
    }

    @Test func argumentsAreRenderedAsMessagesAre() throws {
        let bot = try DialogueFixture.bot([
            "flows.json": FixtureBot.flows(
                lookup: #"""
                    "type": "action", "action": "order_status",
                    "args": { "order": "{ order_id }", "who": "{bot}", "note": "{{raw}} for {bot}",
                              "reason": "{reason}", "plan": "{context.plan}" },
                    "next": "ask_reason", "onFailure": "stopped"
                    """#)
        ])
        var conversation = Conversation(bot: bot)
        _ = conversation.send("I want a refund")
        let turn = conversation.send("TP-12345678")
        let request = try #require(turn.actionRequest)
        // A slot keeps its type, {bot} is the bot's name and {{ is a brace, as in messages; an
        // empty slot or a context value not given is left out.
        #expect(
            request.arguments == [
                "order": .string("TP-12345678"), "who": .string("Fixture"),
                "note": .string("{raw} for Fixture"),
            ])
    }

    /// The request of a fixture refund flow's lookup with `args` (a JSON object's members), in
    /// a conversation whose slots and context start as given.
    func request(
        args: String, slots: [String: SlotValue] = [:], context: [String: SlotValue] = [:]
    ) throws -> (ActionRequest, Turn) {
        let bot = try DialogueFixture.bot([
            "flows.json": FixtureBot.flows(
                lookup: #"""
                    "type": "action", "action": "order_status", "args": { \#(args) },
                    "next": "ask_reason", "onFailure": "stopped"
                    """#)
        ])
        var state = ConversationState(session: "s", user: "u")
        state.slots = slots
        state.context = context
        var conversation = Conversation(bot: bot, state: state)
        let turn = conversation.send("refund for TP-12345678")
        return (try #require(turn.actionRequest), turn)
    }

    /// A sensitive slot on its own is sent as it is (the backend needs it); text that names it
    /// is rendered as a message is, with the slot as `[redacted]`.
    @Test func textNamingASensitiveSlotSendsItRedacted() throws {
        let (request, turn) = try self.request(
            args: #""email": "{email}", "note": "for {email}""#,
            slots: ["email": .text("jane.doe@example.com")])
        #expect(
            request.arguments == [
                "email": .string("jane.doe@example.com"), "note": .string("for [redacted]"),
            ])
        #expect(!"\(turn.explanation)".contains("jane.doe"))
        // Where people read the request (the chat's notes), the slot's value is redacted.
        #expect(request.sensitiveArguments == ["email"])
        #expect(
            String(decoding: request.redactedArgumentsJSON, as: UTF8.self)
                == #"{"email":"[redacted]","note":"for [redacted]"}"#)
        #expect(
            String(decoding: request.argumentsJSON, as: UTF8.self)
                == #"{"email":"jane.doe@example.com","note":"for [redacted]"}"#)
    }

    /// The frontend's values are screened as a `set` from context screens them: a request
    /// never carries a card number or credential the frontend let through (PSD2), and other
    /// values keep their type.
    @Test(
        "A context argument never carries a card number or credential",
        arguments: [
            (SlotValue.text("4111 1111 1111 1111"), ActionValue.string("[card]")),
            (.number(4_111_111_111_111_111), .string("[card]")),
            (.text("my PIN is 4821"), .string("my PIN is [credential]")),
            (.text("premium"), .string("premium")),
            (.number(3), .number(3)),
        ])
    func contextArgumentsAreScreened(_ value: SlotValue, _ expected: ActionValue) throws {
        let (request, _) = try self.request(
            args: #""plan": "{context.plan}""#, context: ["plan": value])
        #expect(request.arguments == ["plan": expected])
        #expect(request.sensitiveArguments.isEmpty)
    }

    /// Text arguments are screened as a whole, as messages are: values harmless apart can
    /// make a card number or credential together, or with the text around them.
    @Test(
        "A text argument is screened as a whole",
        arguments: [
            ("PIN {context.a}{context.b}", "PIN [credential]"),
            ("{context.first} {context.last}", "[card]"),
            ("password {email}", "password [redacted]"),
            ("order {order_id} for {context.a}", "order TP-12345678 for 48"),
        ])
    func textArgumentsAreScreenedAsAWhole(_ written: String, _ expected: String) throws {
        let (request, _) = try self.request(
            args: #""note": "\#(written)""#, slots: ["email": .text("jane.doe@example.com")],
            context: [
                "a": .text("48"), "b": .text("21"), "first": .text("4111 1111"),
                "last": .text("1111 1111"),
            ])
        #expect(request.arguments == ["note": .string(expected)])
    }

    @Test func theSameTurnGivesTheSameCall() throws {
        let (_, first) = try self.waiting()
        let (_, second) = try self.waiting()
        #expect(first == second)
    }

    @Test func aMessageWhileWaitingGetsAHoldingReplyAndChangesNothingElse() throws {
        var (machine, request) = try self.waiting()
        let before = machine.state
        let turn = machine.receive("hello? any news?", at: Self.now, entropy: 3)
        #expect(
            turn.messages.map(\.text) == [
                machine.bot.settings.messages.actionPending.text.render { _ in "" }
            ])
        #expect(turn.explanation.stage == .action)
        #expect(machine.state.pendingAction == before.pendingAction)
        #expect(machine.state.stack == before.stack)
        #expect(machine.state.slots == before.slots)
        let result = try machine.deliver(
            .success(["status": .string("delivered")]), call: request.call, at: Self.now,
            entropy: 4)
        #expect(machine.state.position == "refund.ask_reason")
        #expect(machine.state.slots["order_status"] == .text("delivered"))
        #expect(result.messages.first?.text == "What's the reason for the refund?")
        // The call is answered: a second delivery is refused.
        #expect(throws: ActionDeliveryError.nothingPending(call: request.call)) {
            try machine.deliver(.timeout, call: request.call, at: Self.now, entropy: 5)
        }
    }

    @Test func cancellingWhileWaitingDropsTheCall() throws {
        var (machine, request) = try self.waiting()
        let turn = machine.receive("cancel", at: Self.now, entropy: 3)
        #expect(turn.explanation.stage == .global)
        #expect(machine.state.pendingAction == nil)
        #expect(machine.state.position == "idle")
        #expect(throws: ActionDeliveryError.nothingPending(call: request.call)) {
            try machine.deliver(.success([:]), call: request.call, at: Self.now, entropy: 4)
        }
    }

    @Test func anotherCallOrALateResultChangesNothing() throws {
        var (machine, request) = try self.waiting()
        let before = machine.state
        #expect(throws: ActionDeliveryError.unknownCall(call: "C9-XXXX", pending: request.call)) {
            try machine.deliver(.success([:]), call: "C9-XXXX", at: Self.now, entropy: 4)
        }
        let late = Timestamp(millisecondsSince1970: request.deadline.millisecondsSince1970 + 1)
        #expect(throws: ActionDeliveryError.late(call: request.call)) {
            try machine.deliver(.success([:]), call: request.call, at: late, entropy: 4)
        }
        #expect(machine.state == before)
        let timedOut = try machine.deliver(.timeout, call: request.call, at: late, entropy: 4)
        #expect(timedOut.handoff?.reason == .policyRequired)
        #expect(machine.state.pendingAction == nil)
        #expect(timedOut.explanation.visited == ["refund.order_lookup_slow"])
    }

    @Test func aFailureTakesTheFailurePath() throws {
        var (machine, request) = try self.waiting()
        let turn = try machine.deliver(
            .failure("no such order"), call: request.call, at: Self.now, entropy: 4)
        #expect(turn.explanation.visited == ["refund.order_lookup_failed"])
        #expect(turn.handoff != nil)
    }

    @Test func aResultOfTheWrongTypeIsAFailureOfThatCall() throws {
        var (machine, request) = try self.waiting()
        let turn = try machine.deliver(
            .success(["status": .number(3)]), call: request.call, at: Self.now, entropy: 4)
        #expect(turn.explanation.visited == ["refund.order_lookup_failed"])
        #expect(machine.state.slots["order_status"] == nil)
        #expect(turn.explanation.steps.contains { $0.contains("malformed result") })
    }

    @Test func cardNumbersInResultsNeverReachASlot() throws {
        var (machine, request) = try self.waiting()
        _ = try machine.deliver(
            .success(["status": .string("paid with 4111 1111 1111 1111")]), call: request.call,
            at: Self.now, entropy: 4)
        let status = try #require(machine.state.slots["order_status"]?.displayText)
        #expect(!status.contains("4111"))
    }

    /// Other personal data in a result fills its slot as it is, as a user's answer does, so a
    /// later action can be sent the address a lookup found; it is masked where it is written
    /// (the result slots' values once held `[email]`).
    @Test func anAddressInAResultFillsItsSlotAndIsMaskedWhereWritten() throws {
        var (machine, request) = try self.waiting()
        _ = try machine.deliver(
            .success(["status": .string("shipped to jane.doe@example.com")]),
            call: request.call, at: Self.now, entropy: 4)
        let status = try #require(machine.state.slots["order_status"])
        #expect(status == .text("shipped to jane.doe@example.com"))
        // As handoff records, logs and `state` responses write it.
        #expect(machine.maskedDisplay("order_status", status) == "shipped to [email]")
    }

    @Test func resultsAreReadFromNestedObjectsByDottedPath() throws {
        let node = try JSONParser().parse(
            #"{"ok":true,"data":{"order":{"status":"x","n":2},"list":[1]}}"#)
        let object = try #require(node.value.objectValue)
        let result = try ActionResult.read(object, allowsTimeout: false).get()
        #expect(result == .success(["order.status": .string("x"), "order.n": .number(2)]))
    }

    /// A refund conversation of the fixture bot waiting for a lookup whose `date` field fills
    /// a date slot.
    func waitingForADate() throws -> (DialogueMachine, ActionRequest) {
        let slots = try #require(FixtureBot.files["slots.json"]).replacing(
            #""email": {"#, with: #""shipped": { "entity": "date" }, "email": {"#)
        let bot = try DialogueFixture.bot([
            "slots.json": slots,
            "flows.json": FixtureBot.flows(
                lookup: #"""
                    "type": "action", "action": "order_status", "result": { "shipped": "date" },
                    "next": "ask_reason", "onFailure": "stopped"
                    """#),
        ])
        var conversation = Conversation(bot: bot)
        _ = conversation.send("I want a refund")
        let request = try #require(conversation.send("TP-12345678").actionRequest)
        return (conversation.machine, request)
    }

    @Test func aDateResultIsReadAsYYYYMMDD() throws {
        var (machine, request) = try self.waitingForADate()
        _ = try machine.deliver(
            .success(["date": .string("2026-11-20")]), call: request.call, at: Self.now,
            entropy: 4)
        #expect(
            machine.state.slots["shipped"] == .date(try #require(CalendarDate(iso: "2026-11-20"))))
        #expect(machine.state.position == "refund.ask_reason")
    }

    @Test(
        "A date result in any other form is malformed",
        arguments: [
            "2026-1-5", "2026--11-20", "+2026-11-20", "2026-11-20-", "02026-11-20", "2026-02-30",
        ])
    func aLooseDateResultIsMalformed(_ text: String) throws {
        var (machine, request) = try self.waitingForADate()
        let turn = try machine.deliver(
            .success(["date": .string(text)]), call: request.call, at: Self.now, entropy: 4)
        #expect(machine.state.slots["shipped"] == nil)
        #expect(turn.explanation.visited == ["refund.stopped"])
        #expect(turn.explanation.steps.contains { $0.contains("malformed result") })
    }
}
