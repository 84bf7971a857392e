import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct UsageCheckTests {
    @Test("In the fixture only the email slot is unused")
    func fixture() throws {
        let definition = try FixtureEdits.loaded().definition
        let diagnostics = UsageCheck().check(definition)
        #expect(diagnostics.map(\.code) == ["unused-slot"])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "no flow collects or sets slot \"email\"")
        #expect(diagnostic.origin?.path == "slots.email")
        let slots = try #require(FixtureBot.files["slots.json"])
        #expect(
            diagnostic.origin?.location.line
                == (try FixtureEdits.line(of: "\"email\": {", in: slots)))
    }

    @Test("A flow no intent starts and no flow calls is unused; a called one is not")
    func unusedFlow() throws {
        let flows = """
            {
              "flows": {
                "survey": {
                  "states": {
                    "thank": { "type": "say", "say": "Thanks.", "next": "done" },
                    "done": { "type": "end" }
                  }
                },
                "outer": {
                  "states": {
                    "run": { "type": "call", "flow": "survey", "next": "done" },
                    "done": { "type": "end" }
                  }
                }
              }
            }
            """
        let loaded = try FixtureEdits.loaded(["more-flows.json": flows])
        let diagnostics = UsageCheck().check(loaded.definition)
        let unused = diagnostics.filter { $0.code == "unused-flow" }
        #expect(unused.map(\.origin?.path) == ["flows.outer"])
        #expect(unused.first?.message == "no intent starts flow \"outer\" and no flow calls it")
        #expect(unused.first?.severity == .warning)
        #expect(
            unused.first?.origin?.location.line
                == (try FixtureEdits.line(of: "\"outer\": {", in: flows)))
        // The loader reports the same warnings and still loads.
        #expect(loaded.diagnostics.filter { $0.code == "unused-flow" } == unused)
    }

    @Test("A flow started by an intent is used even when no flow calls it")
    func flowStartedByIntent() throws {
        let definition = try FixtureEdits.loaded().definition
        let flows = UsageCheck().check(definition).filter { $0.code == "unused-flow" }
        #expect(flows.isEmpty)
        var unstarted = definition
        let agent = try #require(unstarted.intents.firstIndex { $0.id == "agent" })
        unstarted.intents[agent].flow = nil
        unstarted.intents[agent].responses = [[MessageTemplate(text: Template(literal: "Hi."))]]
        let diagnostics = UsageCheck().check(unstarted).filter { $0.code == "unused-flow" }
        #expect(diagnostics.map(\.origin?.path) == ["flows.handoff"])
    }

    @Test("A slot that a state sets, without collecting it, is used")
    func slotSetByState() throws {
        let flows = try FixtureEdits.edit(
            "flows.json", #""done": { "type": "end", "say": "Refund requested.","#,
            #""done": { "type": "end", "set": { "email": "none" }, "say": "Refund requested.","#)
        let definition = try FixtureEdits.loaded(["flows.json": flows]).definition
        #expect(UsageCheck().check(definition).isEmpty)
    }
}
