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

    @Test func aTimeoutOutOfRangeIsAnError() throws {
        let text = try self.flows(Self.lookup.replacing(#""timeout": 2"#, with: #""timeout": 0"#))
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        try FixtureEdits.expectError(
            diagnostics, "out-of-range", path: "flows.refund.states.lookup.timeout",
            file: "flows.json", text: text, line: #""timeout": 0"#)
    }
}
