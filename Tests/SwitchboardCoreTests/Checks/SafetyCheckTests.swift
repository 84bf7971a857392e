import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// What `check` tells a trust & safety lead about the procedures safety intents start.
@Suite struct SafetyCheckTests {
    /// The fixture's definition and the position of each of its intents.
    private static func fixture() throws -> (BotDefinition, [String: Int]) {
        let definition = try FixtureEdits.loaded().definition
        var positions: [String: Int] = [:]
        for (index, intent) in definition.intents.enumerated() { positions[intent.id] = index }
        return (definition, positions)
    }

    /// Weekdays 09:00 to 17:00 UTC.
    static let officeHours = BusinessHours(
        days: [.monday, .tuesday, .wednesday, .thursday, .friday], opensAt: 9 * 60,
        closesAt: 17 * 60)

    private static func queueIndex(_ id: String, in definition: BotDefinition) throws -> Int {
        try #require(definition.settings.queues.firstIndex { $0.id == id })
    }

    @Test("The fixture's safety procedure passes")
    func fixturePasses() throws {
        let (definition, _) = try Self.fixture()
        #expect(SafetyCheck().check(definition).isEmpty)
    }

    @Test("A safety intent that only answers never reaches a person: a warning at the intent")
    func safetyIntentWithoutFlow() throws {
        var (definition, at) = try Self.fixture()
        let takeover = try #require(at["takeover"])
        definition.intents[takeover].flow = nil
        definition.intents[takeover].responses = [
            [MessageTemplate(literal: "Change your password.")]
        ]
        let diagnostics = SafetyCheck().check(definition)
        #expect(diagnostics.map(\.code) == ["safety-without-handoff"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.origin?.path == "intents.takeover")
        #expect(
            diagnostics.first?.message.hasPrefix("safety intent \"takeover\" has no flow") == true)
        // The loader's checks run it: `check` reports it.
        #expect(DefinitionChecks.standard.contains { $0 is SafetyCheck })
    }

    @Test("A safety handoff to a queue that keeps business hours is a warning at the state")
    func safetyQueueWithBusinessHours() throws {
        var (definition, _) = try Self.fixture()
        let safety = try Self.queueIndex("safety", in: definition)
        definition.settings.queues[safety].businessHours = Self.officeHours
        let diagnostics = SafetyCheck().check(definition)
        #expect(diagnostics.map(\.code) == ["safety-queue-hours"])
        #expect(diagnostics.first?.origin?.path == "flows.takeover.states.secure")
        #expect(
            diagnostics.first?.message.contains(
                "queue \"safety\", which works business hours only, but safety intent \"takeover\" leads here"
            ) == true)
        // Around the clock again: nothing to say.
        definition.settings.queues[safety].businessHours = nil
        #expect(SafetyCheck().check(definition).isEmpty)
    }

    @Test("Any handoff whose reason is safety counts, whichever flow makes it")
    func safetyReasonOutsideASafetyFlow() throws {
        var (definition, _) = try Self.fixture()
        let general = try Self.queueIndex("general", in: definition)
        definition.settings.queues[general].businessHours = Self.officeHours
        #expect(SafetyCheck().check(definition).isEmpty)  // user_request to general: fine
        let flow = try #require(definition.flows.firstIndex { $0.id == "handoff" })
        let state = try #require(definition.flows[flow].states.firstIndex { $0.id == "go" })
        guard case .handoff(var spec) = definition.flows[flow].states[state].step else {
            Issue.record("the fixture's handoff flow has no handoff state")
            return
        }
        spec.reason = .safety
        definition.flows[flow].states[state].step = .handoff(spec)
        let diagnostics = SafetyCheck().check(definition)
        #expect(diagnostics.map(\.code) == ["safety-queue-hours"])
        #expect(diagnostics.first?.message.contains("but its reason is safety") == true)
    }

    @Test("A safety procedure without owner, policy or review date is a warning at the flow")
    func safetyProcedureWithoutSOP() throws {
        var (definition, _) = try Self.fixture()
        let flow = try #require(definition.flows.firstIndex { $0.id == "takeover" })
        definition.flows[flow].sop = nil
        var diagnostics = SafetyCheck().check(definition)
        #expect(diagnostics.map(\.code) == ["safety-sop"])
        #expect(diagnostics.first?.origin?.path == "flows.takeover")
        #expect(
            diagnostics.first?.message.hasPrefix(
                "flow \"takeover\" is a safety procedure (intent \"takeover\") but its sop has no owner, policy, reviewed:"
            ) == true)
        definition.flows[flow].sop = SOPMetadata(owner: "Safety", policy: "https://p.example/x")
        diagnostics = SafetyCheck().check(definition)
        #expect(diagnostics.first?.message.contains("its sop has no reviewed:") == true)
        // A flow that is not a safety procedure needs none.
        let refund = try #require(definition.flows.firstIndex { $0.id == "refund" })
        definition.flows[refund].sop = nil
        #expect(SafetyCheck().check(definition).count == 1)
    }

    @Test("A flow a safety procedure calls is part of it")
    func calledFlowsArePartOfTheProcedure() throws {
        var (definition, _) = try Self.fixture()
        let takeover = try #require(definition.flows.firstIndex { $0.id == "takeover" })
        let secure = try #require(
            definition.flows[takeover].states.firstIndex { $0.id == "secure" })
        let origin = definition.flows[takeover].states[secure].origin
        // takeover.secure now calls the handoff flow, which has no sop.
        definition.flows[takeover].states[secure].step = .call(
            flow: Reference("handoff", at: origin), next: Reference("secure", at: origin))
        #expect(
            SafetyCheck.flows(from: "takeover", in: definition).map(\.id) == [
                "takeover", "handoff",
            ])
        let diagnostics = SafetyCheck().check(definition)
        #expect(diagnostics.map(\.code) == ["safety-sop"])
        #expect(diagnostics.first?.origin?.path == "flows.handoff")
    }
}
