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
                error.diagnostics, "misplaced-placeholder", path: "bot.messages.\(name.rawValue)",
                file: "bot.json", text: text, line: #""options": ["{ticket}"]"#)
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
            diagnostics, "unknown-slot", path: "flows.refund.states.confirm", file: "flows.json",
            text: text, line: #""confirm": {"#, suggestion: "order_id")
    }
}
