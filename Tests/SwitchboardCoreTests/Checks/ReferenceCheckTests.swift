import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// `switchboard check` on placeholders in every text a bot may override: unknown slots and
/// engine placeholders where they have no value, with the file, line and JSON path.
@Suite struct ReferenceCheckTests {
    /// The fixture's `bot.json` with `bot.messages` set to `messages` (a JSON object's members).
    static func botJSON(messages: String) throws -> String {
        try FixtureEdits.edit(
            "bot.json", #""messages": { "resume": "Back to {flow}." }"#,
            #""messages": {"# + "\n" + messages + "\n}")
    }

    @Test(arguments: EngineMessages.Name.allCases)
    func anUnknownSlotInAnyEngineMessageIsAnError(_ name: EngineMessages.Name) throws {
        let text = try Self.botJSON(messages: #"  "\#(name.rawValue)": "About {ordr_id}.""#)
        let (diagnostics, _) = try FixtureEdits.failure(["bot.json": text])
        try FixtureEdits.expectError(
            diagnostics, "unknown-slot", path: "bot.messages.\(name.rawValue)", file: "bot.json",
            text: text, line: "About {ordr_id}.", suggestion: "order_id")
    }

    @Test(arguments: EngineMessages.Name.allCases)
    func aHandoffPlaceholderOnlyFitsTheHandedOffMessage(_ name: EngineMessages.Name) throws {
        let text = try Self.botJSON(
            messages: #"  "\#(name.rawValue)": { "text": "Ticket", "options": ["{ticket}"] }"#)
        let (result, _) = try FixtureEdits.load(["bot.json": text])
        switch (name, result) {
        case (.handedOff, .success):
            break
        case (.handedOff, .failure(let error)):
            Issue.record("{ticket} refused in handedOff: \(error.diagnostics)")
        case (_, .success):
            Issue.record("{ticket} accepted in \(name.rawValue)")
        case (_, .failure(let error)):
            try FixtureEdits.expectError(
                error.diagnostics, "misplaced-placeholder",
                path: "bot.messages.\(name.rawValue).options[0]", file: "bot.json", text: text,
                line: #""options": ["{ticket}"]"#)
        }
    }

    @Test func everyEngineMessageHasAName() {
        // The names are the one list the loader and the checks go through: a text added to
        // EngineMessages without a name would be neither loadable nor checked.
        let stored = Mirror(reflecting: EngineMessages()).children.compactMap(\.label)
            .filter { $0 != "origins" }
        #expect(Set(stored) == Set(EngineMessages.Name.allCases.map(\.rawValue)))
        #expect(stored.count == EngineMessages.Name.allCases.count)
        var messages = EngineMessages()
        for name in EngineMessages.Name.allCases {
            let message = MessageTemplate(literal: name.rawValue)
            messages[name] = message
            #expect(messages[name] == message)
        }
        #expect(
            Set(EngineMessages.Name.allCases.map { messages[$0].text.source }).count
                == EngineMessages.Name.allCases.count)
    }

    @Test func anUnknownSlotInAConfirmOptionIsAnError() throws {
        let text = try FixtureEdits.edit(
            "flows.json", #""say": "Refund {order_id}?", "yes""#,
            #""say": "Refund {order_id}?", "options": ["Yes, {ordr_id}", "No"], "yes""#)
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        try FixtureEdits.expectError(
            diagnostics, "unknown-slot", path: "flows.refund.states.confirm.options[0]",
            file: "flows.json", text: text, line: "{ordr_id}", suggestion: "order_id")
    }

    @Test func anUnknownSlotInAConfirmRetryIsAnError() throws {
        let text = try FixtureEdits.edit(
            "flows.json", #""say": "Refund {order_id}?", "yes""#,
            #""say": "Refund {order_id}?", "retry": "Yes refunds {ordr_id}.", "yes""#)
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        try FixtureEdits.expectError(
            diagnostics, "unknown-slot", path: "flows.refund.states.confirm.retry",
            file: "flows.json", text: text, line: "{ordr_id}", suggestion: "order_id")
    }

    @Test func anUnknownSlotInAPromptIsReportedAtThatPrompt() throws {
        let text = try FixtureEdits.edit(
            "slots.json", #""The order number looks like TP-12345678. What is it?""#,
            "\n" + #"        "The order number looks like TP-12345678, {nme}. What is it?""#)
        let (diagnostics, _) = try FixtureEdits.failure(["slots.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "unknown-slot", path: "slots.order_id.prompts[1]", file: "slots.json",
            text: text, line: "{nme}")
        #expect(error.message == "placeholder {nme} names no slot")
    }

    @Test func aMistypedTicketInAHandoffStateSuggestsTheEnginePlaceholder() throws {
        let handoff = #""go": { "type": "handoff", "queue": "general", "reason": "user_request""#
        let text = try FixtureEdits.edit(
            "flows.json", handoff + " }",
            handoff + ",\n" + #"  "say": ["A person will help.", "Ticket {tiket}."] }"#)
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        try FixtureEdits.expectError(
            diagnostics, "unknown-slot", path: "flows.handoff.states.go.say[1]",
            file: "flows.json", text: text, line: "{tiket}", suggestion: "ticket")
    }

    @Test func aMisplacedTicketInACollectSayIsReportedAtTheSay() throws {
        let text = try FixtureEdits.edit(
            "flows.json", #""ask_order": { "type": "collect", "slot": "order_id", "next""#,
            #""ask_order": { "type": "collect", "slot": "order_id","#
                + "\n" + #"                       "say": "Ticket {ticket}", "next""#)
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        try FixtureEdits.expectError(
            diagnostics, "misplaced-placeholder", path: "flows.refund.states.ask_order.say",
            file: "flows.json", text: text, line: "{ticket}")
    }
}
