import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct IntentCheckTests {
    /// The fixture's definition and the position of each of its intents.
    private static func fixture() throws -> (BotDefinition, [String: Int]) {
        let definition = try FixtureEdits.loaded().definition
        var positions: [String: Int] = [:]
        for (index, intent) in definition.intents.enumerated() { positions[intent.id] = index }
        return (definition, positions)
    }

    @Test("The fixture's intents pass")
    func fixturePasses() throws {
        let (definition, _) = try Self.fixture()
        #expect(IntentCheck().check(definition).isEmpty)
    }

    @Test("The same example in two intents, after normalising, is an error at the second")
    func overlappingExamples() throws {
        var (definition, at) = try Self.fixture()
        let refund = try #require(at["refund"])
        let hours = try #require(at["hours"])
        definition.intents[refund].examples.append("refund please")
        definition.intents[hours].examples.append("Refund, please!")
        let diagnostics = IntentCheck().check(definition)
        #expect(diagnostics.map(\.code) == ["overlapping-examples"])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "\"Refund, please!\" is also an example of intent \"refund\"")
        #expect(diagnostic.origin?.path == "intents.hours.examples[3]")
        #expect(diagnostic.origin?.location == definition.intents[hours].origin.location)
    }

    @Test("Overlapping examples written in the files stop the bot from loading")
    func overlappingExamplesInFiles() throws {
        let text = try FixtureEdits.edit(
            "intents.json", "\"opening times\"]", "\"opening times\", \"I want a REFUND!\"]")
        let (diagnostics, _) = try FixtureEdits.failure(["intents.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "overlapping-examples", path: "intents.hours.examples[3]",
            file: "intents.json", text: text, line: "\"hours\": {")
        #expect(error.message == "\"I want a REFUND!\" is also an example of intent \"refund\"")
    }

    @Test("Examples that differ in more than punctuation and case do not overlap")
    func nearlyTheSameIsNotOverlap() throws {
        var (definition, at) = try Self.fixture()
        let hours = try #require(at["hours"])
        definition.intents[hours].examples.append("refunds my orders")  // "refund my order"
        #expect(IntentCheck().check(definition).isEmpty)
    }

    @Test("The same example twice in one intent is a warning")
    func duplicateExample() throws {
        var (definition, at) = try Self.fixture()
        let hours = try #require(at["hours"])
        definition.intents[hours].examples.append("Opening  times?")
        let diagnostics = IntentCheck().check(definition)
        #expect(diagnostics.map(\.code) == ["duplicate-example"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.origin?.path == "intents.hours.examples[3]")
        #expect(diagnostics.first?.message == "\"Opening  times?\" appears twice in this intent")
    }

    @Test("A safety intent without rules is an error")
    func safetyWithoutRules() throws {
        var (definition, at) = try Self.fixture()
        let takeover = try #require(at["takeover"])
        definition.intents[takeover].rules = []
        let diagnostics = IntentCheck().check(definition)
        #expect(diagnostics.map(\.code) == ["safety-without-rules"])
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.origin?.path == "intents.takeover")
        #expect(
            diagnostics.first?.message
                == "safety intent \"takeover\" needs rules: "
                + "safety is decided by rules before similarity"
        )
    }

    @Test("A safety intent whose flow never hands off is a warning")
    func safetyWithoutHandoff() throws {
        var (definition, at) = try Self.fixture()
        let takeover = try #require(at["takeover"])
        let refundFlow = try #require(definition.intents[takeover].flow)
        definition.intents[takeover].flow = Reference("refund", at: refundFlow.origin)
        let diagnostics = IntentCheck().check(definition)
        #expect(diagnostics.map(\.code) == ["safety-without-handoff"])
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test("An intent with no examples and no rules, or nothing to do, is an error")
    func emptyAndIdle() throws {
        var (definition, at) = try Self.fixture()
        let hours = try #require(at["hours"])
        definition.intents[hours].examples = []
        definition.intents[hours].responses = []
        let diagnostics = IntentCheck().check(definition)
        #expect(diagnostics.map(\.code) == ["empty-examples", "nothing-to-do"])
        #expect(diagnostics.allSatisfy { $0.origin?.path == "intents.hours" && $0.isError })
        #expect(diagnostics.last?.message == "intent \"hours\" has no responses, flow or effect")
    }

    @Test("An example with no words is an error")
    func exampleWithoutWords() throws {
        var (definition, at) = try Self.fixture()
        let hours = try #require(at["hours"])
        definition.intents[hours].examples.append("?!")
        let diagnostics = IntentCheck().check(definition)
        #expect(diagnostics.map(\.code) == ["empty-value"])
        #expect(diagnostics.first?.origin?.path == "intents.hours.examples[3]")
    }
}
