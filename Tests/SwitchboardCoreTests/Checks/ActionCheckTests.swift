import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// `switchboard check` on action states: failure paths, slots, unused results, with the
/// file, line and JSON path of each problem.
@Suite struct ActionCheckTests {
    static let lookup = #"""
        "ask_order": { "type": "collect", "slot": "order_id", "next": "lookup" },
                        "lookup": {
                          "type": "action", "action": "order_status", "args": { "id": "{order_id}" },
                          "result": { "reason": "reason" }, "timeout": 2,
                          "next": "ask_reason", "onFailure": "stopped"
                        },
        """#

    func flows(_ lookup: String) throws -> String {
        try FixtureEdits.edit(
            "flows.json",
            #""ask_order": { "type": "collect", "slot": "order_id", "next": "ask_reason" },"#,
            lookup)
    }

    @Test func aCompleteActionStateLoads() throws {
        let loaded = try FixtureEdits.loaded(["flows.json": try self.flows(Self.lookup)])
        let state = try #require(loaded.definition.flow("refund")?.state("lookup"))
        guard case .action(let spec) = state.step else {
            Issue.record("not an action state: \(state.step)")
            return
        }
        #expect(spec.name == "order_status")
        #expect(spec.timeoutMilliseconds == 2_000)
        #expect(spec.results.map(\.field) == ["reason"])
        #expect(spec.failure?.id == "stopped")
    }

    @Test func anActionWithoutAFailurePathIsAnError() throws {
        let text = try self.flows(Self.lookup.replacing(#", "onFailure": "stopped""#, with: ""))
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        try FixtureEdits.expectError(
            diagnostics, "missing-failure-path", path: "flows.refund.states.lookup",
            file: "flows.json", text: text, line: #""lookup": {"#)
    }

    @Test func unknownSlotsInArgumentsAndResultsAreErrors() throws {
        let text = try self.flows(
            Self.lookup.replacing(#""{order_id}""#, with: #""{ordr_id}""#)
                .replacing(#"{ "reason": "reason" }"#, with: #"{ "reasn": "reason" }"#))
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        try FixtureEdits.expectError(
            diagnostics, "unknown-slot", path: "flows.refund.states.lookup.args.id",
            file: "flows.json", text: text, line: #""args": {"#, suggestion: "order_id")
        try FixtureEdits.expectError(
            diagnostics, "unknown-slot", path: "flows.refund.states.lookup.result.reasn",
            file: "flows.json", text: text, line: #""result": {"#, suggestion: "reason")
    }

    @Test func aResultNoOneUsesIsAWarning() throws {
        let text = try self.flows(
            Self.lookup.replacing(#"{ "reason": "reason" }"#, with: #"{ "email": "contact" }"#))
        let loaded = try FixtureEdits.loaded(["flows.json": text])
        let warning = try #require(loaded.diagnostics.first { $0.code == "unused-result" })
        #expect(warning.origin?.path == "flows.refund.states.lookup.result.email")
        #expect(
            warning.origin?.location.line == (try FixtureEdits.line(of: #""result": {"#, in: text)))
    }

    /// Places outside flow messages where a result slot's value is read, as a file and an edit.
    static let usesOutsideFlowMessages: [(String, String, String)] = [
        (
            "bot.json", #""messages": { "resume": "Back to {flow}." }"#,
            #""messages": { "resume": "Back to {flow}.", "actionPending": "Still checking {email}." }"#
        ),
        (
            "bot.json", #""messages": { "resume": "Back to {flow}." }"#,
            #""messages": { "resume": "Back to {flow}.", "actionFailed": "We'll write to {email}." }"#
        ),
        (
            "bot.json", #""handoffMessage": "Ticket {ticket} for {queue}, due {due}.""#,
            #""handoffMessage": "Ticket {ticket} for {queue}, due {due}; we'll write to {email}.""#
        ),
        (
            "bot.json", #""offerHuman": "Shall I get a person?""#,
            #""offerHuman": "Shall I get a person to write to {email}?""#
        ),
        (
            "flows.json",
            #""go": { "type": "handoff", "queue": "general", "reason": "user_request" }"#,
            #""go": { "type": "handoff", "queue": "general", "reason": "user_request", "say": "{email}" }"#
        ),
        (
            "flows.json", #""confirm": { "type": "confirm", "say": "Refund {order_id}?","#,
            #""confirm": { "type": "confirm", "say": "Refund {order_id}?", "options": ["Yes, to {email}", "No"],"#
        ),
    ]

    @Test(arguments: Self.usesOutsideFlowMessages)
    func aResultReadElsewhereIsUsed(_ file: String, _ old: String, _ new: String) throws {
        var changes = [
            "flows.json": try self.flows(
                Self.lookup.replacing(#"{ "reason": "reason" }"#, with: #"{ "email": "contact" }"#))
        ]
        changes[file] = (changes[file] ?? FixtureBot.files[file] ?? "").replacing(old, with: new)
        #expect(changes[file]?.contains(new) == true, "the edit of \(file) did not apply")
        let loaded = try FixtureEdits.loaded(changes)
        #expect(
            !loaded.diagnostics.contains { $0.code == "unused-result" }, "\(loaded.diagnostics)")
    }

    @Test func aResultThatLetsACollectStateSkipItsQuestionIsUsed() throws {
        let lookup = Self.lookup.replacing(
            #"{ "reason": "reason" }"#, with: #"{ "email": "contact" }"#)
        let asked = try self.flows(
            lookup.replacing(#""next": "ask_reason""#, with: #""next": "ask_email""#)
                + #""ask_email": { "type": "collect", "slot": "email", "next": "ask_reason" },"#)
        #expect(
            !(try FixtureEdits.loaded(["flows.json": asked]).diagnostics.contains {
                $0.code == "unused-result"
            }))
        // A state that always asks does not read the value.
        let reasked = asked.replacing(
            #""slot": "email", "next": "ask_reason""#,
            with: #""slot": "email", "ask": "always", "next": "ask_reason""#)
        #expect(
            try FixtureEdits.loaded(["flows.json": reasked]).diagnostics.contains {
                $0.code == "unused-result"
            })
    }

    @Test func aTimeoutOutOfRangeIsAnError() throws {
        let text = try self.flows(Self.lookup.replacing(#""timeout": 2"#, with: #""timeout": 0"#))
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        try FixtureEdits.expectError(
            diagnostics, "out-of-range", path: "flows.refund.states.lookup.timeout",
            file: "flows.json", text: text, line: #""timeout": 0"#)
    }

    // MARK: Arguments read as message templates

    /// The fixture with the lookup action's `args` replaced by `args`.
    func flows(arguments args: String) throws -> String {
        try self.flows(
            Self.lookup.replacing(#""args": { "id": "{order_id}" }"#, with: #""args": "# + args))
    }

    /// The sources of the lookup action's arguments, by name.
    func argumentSources(_ args: String) throws -> [String: ActionArgument.Source] {
        let loaded = try FixtureEdits.loaded(["flows.json": try self.flows(arguments: args)])
        let state = try #require(loaded.definition.flow("refund")?.state("lookup"))
        guard case .action(let spec) = state.step else {
            Issue.record("not an action state: \(state.step)")
            return [:]
        }
        return Dictionary(uniqueKeysWithValues: spec.arguments.map { ($0.name, $0.source) })
    }

    @Test func argumentsFollowTheRulesOfMessageTemplates() throws {
        let sources = try self.argumentSources(
            #"{ "id": "{order_id}", "spaced": "{ order_id }", "plan": "{context.plan}", "#
                + #""who": "{bot}", "note": "order {order_id} for {bot}", "braces": "{{x}} }}", "#
                + #""plain": "chat", "count": 3, "flag": true }"#)
        guard case .slot(let spaced)? = sources["spaced"], case .slot(let id)? = sources["id"]
        else {
            Issue.record("slot arguments are not slots: \(sources)")
            return
        }
        // As in messages, spaces inside the braces do not matter.
        #expect(id.id == "order_id" && spaced.id == "order_id")
        #expect(sources["plan"] == .context("plan"))
        // {bot} is the engine's variable, as in any message, not a slot named "bot".
        #expect(sources["who"] == .template(try Template.parse("{bot}")))
        #expect(sources["note"] == .template(try Template.parse("order {order_id} for {bot}")))
        // {{ and }} are braces, as in messages.
        #expect(sources["braces"] == .literal(.string("{x} }")))
        #expect(sources["plain"] == .literal(.string("chat")))
        #expect(sources["count"] == .literal(.number(3)))
        #expect(sources["flag"] == .literal(.bool(true)))
    }

    @Test func aBraceAMessageWouldRefuseIsAnErrorInAnArgumentToo() throws {
        let text = try self.flows(arguments: #"{ "note": "a } b" }"#)
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "invalid-template", path: "flows.refund.states.lookup.args.note",
            file: "flows.json", text: text, line: #""args": {"#)
        #expect(error.message.contains("unmatched '}'"))
        #expect(
            error.origin?.location.column
                == (try FixtureEdits.column(of: #"a } b"#, in: text)) + 2)
    }

    @Test func anEnginePlaceholderWithNoValueInAnArgumentIsMisplaced() throws {
        let text = try self.flows(arguments: #"{ "ticket": "{ticket}" }"#)
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        try FixtureEdits.expectError(
            diagnostics, "misplaced-placeholder", path: "flows.refund.states.lookup.args.ticket",
            file: "flows.json", text: text, line: #""args": {"#)
        #expect(!diagnostics.contains { $0.code == "unknown-slot" })
    }
}
