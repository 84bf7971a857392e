import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct BotChecksTests {
    /// The fixture's definition, changed by `change` (given the intents' positions by id).
    private static func bot(
        _ change: (inout BotDefinition, [String: Int]) throws -> Void
    ) throws -> Bot {
        var definition = try FixtureEdits.loaded().definition
        var positions: [String: Int] = [:]
        for (index, intent) in definition.intents.enumerated() { positions[intent.id] = index }
        try change(&definition, positions)
        return Bot(definition: definition)
    }

    @Test("The fixture has neither near-duplicate examples nor shadowed global intents")
    func fixturePasses() throws {
        #expect(BotChecks.run(on: try FixtureBot.load()).isEmpty)
    }

    @Test("Examples of two intents that stem to the same words are near duplicates")
    func nearDuplicateExamples() throws {
        let bot = try Self.bot { definition, at in
            definition.intents[try #require(at["hours"])].examples.append("Refunds my orders")
        }
        let diagnostics = BotChecks.run(on: bot)
        #expect(diagnostics.map(\.code) == ["similar-examples"])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.severity == .warning)
        // Reported once, at the earlier intent's example.
        #expect(diagnostic.origin?.path == "intents.refund.examples[1]")
        #expect(
            diagnostic.message
                == #""refund my order" is nearly the same as "Refunds my orders" of intent "hours""#
        )
    }

    @Test("Examples that share some words but are not nearly the same are not reported")
    func similarButDistinct() throws {
        let bot = try Self.bot { definition, at in
            definition.intents[try #require(at["hours"])].examples.append(
                "what are the opening hours of the refund desk")
        }
        // The new example is close to the refund examples, but under the 0.9 limit.
        let matcher = IntentMatcher(examples: bot.definition.intents.map(\.examples))
        let candidates = matcher.rank(
            bot.analyzer.analyze("what are the opening hours of the refund desk"))
        let refund = try #require(candidates.first { $0.intent == 0 })
        #expect(refund.score > 0.05)
        #expect(refund.score < BotChecks.nearDuplicateSimilarity)
        #expect(BotChecks.nearDuplicateExamples(bot).isEmpty)
    }

    @Test("A global intent whose example another intent's rule takes is shadowed")
    func shadowedGlobalIntent() throws {
        let bot = try Self.bot { definition, at in
            let hours = try #require(at["hours"])
            let origin = definition.intents[hours].origin
            definition.intents[hours].rules = [
                HandRule(matcher: .keywords(["stop"]), origin: origin)
            ]
        }
        let diagnostics = BotChecks.run(on: bot)
        #expect(diagnostics.map(\.code) == ["shadowed-global"])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.origin?.path == "intents.cancel.examples[1]")
        #expect(
            diagnostic.message
                == "global intent \"cancel\": its example \"stop this\" is taken by a rule of "
                + "\"hours\" (keywords [stop])")
    }

    @Test("A global intent's own rule does not shadow its examples")
    func ownRuleDoesNotShadow() throws {
        let bot = try FixtureBot.load()
        let agent = try #require(bot.definition.intents.firstIndex { $0.id == "agent" })
        let hit = try #require(bot.rules.match(bot.analyzer.analyze("talk to a human")))
        #expect(hit.intent == agent)
        #expect(BotChecks.shadowedGlobalIntents(bot).isEmpty)
    }
}
