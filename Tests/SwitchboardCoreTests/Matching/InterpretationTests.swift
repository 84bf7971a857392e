import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct InterpretationTests {
    static let thresholds = Thresholds(intent: 0.45, margin: 0.04, kb: 0.3)
    static let origin = Origin(file: "intents.json", location: .start, path: "intents")

    /// An interpretation of a message with these similarity candidates (intent, score).
    private static func interpret(
        _ scores: [(Int, Double)], rule: RuleMatcher.Hit? = nil, safety: RuleMatcher.Hit? = nil,
        thresholds: Thresholds = Self.thresholds
    ) -> Interpretation {
        Interpretation(
            analyzed: TextAnalyzer().analyze("a message"), safetyHit: safety, ruleHit: rule,
            candidates: scores.map {
                IntentClassifier.Candidate(intent: $0.0, confidence: $0.1, score: Float($0.1))
            },
            thresholds: thresholds)
    }

    private static func hit(_ intent: Int, _ phrase: String) -> RuleMatcher.Hit {
        RuleMatcher.Hit(
            intent: intent, rule: HandRule(matcher: .phrase(phrase), origin: Self.origin))
    }

    @Test("A best score below the intent threshold decides no intent")
    func belowThreshold() {
        let interpretation = Self.interpret([(2, 0.44), (1, 0.30)])
        #expect(interpretation.intent == nil)
        #expect(interpretation.clearIntent == nil)
        #expect(interpretation.source == nil)
        #expect(interpretation.ambiguous == nil)
        #expect(interpretation.confidence == 0.44)
        #expect(interpretation.decidingRule == nil)
    }

    @Test("A best score at the threshold is accepted, with its score as confidence")
    func atThreshold() {
        let interpretation = Self.interpret(
            [(3, 0.5), (1, 0.2)], thresholds: Thresholds(intent: 0.5, margin: 0.04))
        #expect(interpretation.intent == 3)
        #expect(interpretation.clearIntent == 3)
        #expect(interpretation.source == .similarity)
        #expect(interpretation.confidence == 0.5)
    }

    @Test("No candidates at all: no intent and confidence 0")
    func noCandidates() {
        let interpretation = Self.interpret([])
        #expect(interpretation.intent == nil)
        #expect(interpretation.confidence == 0)
    }

    @Test("Two acceptable candidates closer than the margin are ambiguous")
    func ambiguous() {
        let interpretation = Self.interpret([(1, 0.60), (0, 0.58), (2, 0.57)])
        #expect(interpretation.ambiguous == [1, 0])
        #expect(interpretation.intent == 1)
        #expect(interpretation.clearIntent == nil)
        #expect(interpretation.source == .similarity)
    }

    @Test("A gap of exactly the margin is not ambiguous")
    func marginIsStrict() {
        let thresholds = Thresholds(intent: 0.25, margin: 0.25)
        let interpretation = Self.interpret([(0, 0.75), (1, 0.5)], thresholds: thresholds)
        #expect(interpretation.ambiguous == nil)
        #expect(interpretation.clearIntent == 0)
        let closer = Self.interpret([(0, 0.75), (1, 0.625)], thresholds: thresholds)
        #expect(closer.ambiguous == [0, 1])
    }

    @Test("A close second below the intent threshold does not make it ambiguous")
    func closeSecondBelowThreshold() {
        let interpretation = Self.interpret([(0, 0.46), (1, 0.44)])
        #expect(interpretation.ambiguous == nil)
        #expect(interpretation.clearIntent == 0)
    }

    @Test("A clear lead is not ambiguous")
    func clearLead() {
        let interpretation = Self.interpret([(4, 0.9), (0, 0.6)])
        #expect(interpretation.clearIntent == 4)
        #expect(interpretation.confidence == 0.9)
    }

    @Test("A rule decides with confidence 1, whatever the similarity says")
    func ruleDecides() {
        let rule = Self.hit(2, "money back")
        let interpretation = Self.interpret([(1, 0.60), (0, 0.59)], rule: rule)
        #expect(interpretation.intent == 2)
        #expect(interpretation.clearIntent == 2)
        #expect(interpretation.confidence == 1)
        #expect(interpretation.source == .rule)
        #expect(interpretation.ambiguous == nil)
        #expect(interpretation.decidingRule == rule)
        #expect(interpretation.candidates.map(\.intent) == [1, 0])
    }

    @Test("A safety rule decides over another rule")
    func safetyRuleDecides() {
        let safety = Self.hit(4, "hacked")
        let interpretation = Self.interpret(
            [(1, 0.2)], rule: Self.hit(2, "account"), safety: safety)
        #expect(interpretation.intent == 4)
        #expect(interpretation.source == .safetyRule)
        #expect(interpretation.confidence == 1)
        #expect(interpretation.decidingRule == safety)
    }

    @Test("A bot interprets a message with its rules and examples")
    func throughBot() throws {
        let bot = try FixtureBot.load()
        let hacked = bot.interpret("someone hacked my account, I need a human")
        #expect(hacked.source == .safetyRule)
        #expect(hacked.intent.map { bot.definition.intents[$0].id } == "takeover")
        #expect(hacked.ruleHit == nil)
        let human = bot.interpret("can I talk to a human")
        #expect(human.source == .rule)
        #expect(human.intent.map { bot.definition.intents[$0].id } == "agent")
        let hours = bot.interpret("what are your opening hours")
        #expect(hours.source == .similarity)
        #expect(hours.intent.map { bot.definition.intents[$0].id } == "hours")
        #expect(hours.confidence > 0.9)
        let nothing = bot.interpret("purple elephants")
        #expect(nothing.intent == nil)
        #expect(nothing.candidates.allSatisfy { $0.confidence < 0.45 })
    }
}
