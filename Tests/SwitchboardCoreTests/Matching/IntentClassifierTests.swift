import Testing

@testable import SwitchboardCore

private let origin = Origin(file: "intents.json", location: .start, path: "intents")

private func intent(_ id: String, _ examples: [String]) -> IntentDefinition {
    IntentDefinition(id: id, title: id, examples: examples, origin: origin)
}

@Suite struct IntentClassifierTests {
    /// Intent 1 has no examples (rules only), so the model's classes are intents 0, 2 and 3.
    static let intents = [
        intent(
            "refund",
            ["i want a refund", "refund my order", "give me my money back", "i need a refund"]),
        intent("human", []),
        intent(
            "hours", ["what are your opening hours", "when are you open", "opening times"]),
        intent("password", ["i forgot my password", "reset my password", "change my password"]),
    ]

    let analyzer = TextAnalyzer()
    let classifier = IntentClassifier(intents: Self.intents)

    private func rank(_ text: String, limit: Int = 5) -> [IntentClassifier.Candidate] {
        self.classifier.rank(self.analyzer.analyze(text), limit: limit)
    }

    @Test("The temperature is 0.2")
    func temperature() {
        #expect(IntentClassifier.temperature == 0.2)
    }

    /// Scores (0.4, 0.2, -0.2) over 0.2 are (2, 1, -1); with the "none" class at 0 and the
    /// largest, 2, subtracted: e^0, e^-1, e^-3 and e^-2 for none, summing to 1.553002.
    @Test("Confidences are a softmax at temperature 0.2 with a none class at 0")
    func confidencesByHand() {
        let confidences = IntentClassifier.confidences([0.4, 0.2, -0.2])
        let expected = [0.643_914, 0.236_883, 0.032_059]
        #expect(confidences.count == 3)
        for (actual, value) in zip(confidences, expected) {
            #expect(abs(actual - value) < 1e-5, "\(actual) vs \(value)")
        }
        let none = 1 - confidences.reduce(0, +)
        #expect(abs(none - 0.087_144) < 1e-5)
    }

    /// Scores (-0.2, -0.4) are (-1, -2) over 0.2; none (0) is the largest: e^-1, e^-2, e^0
    /// summing to 1.503215.
    @Test("When every class says no, none takes most of the probability")
    func allNegative() {
        let confidences = IntentClassifier.confidences([-0.2, -0.4])
        #expect(abs(confidences[0] - 0.244_728) < 1e-5)
        #expect(abs(confidences[1] - 0.090_031) < 1e-5)
        #expect(abs(1 - confidences.reduce(0, +) - 0.665_241) < 1e-5)
        #expect(IntentClassifier.confidences([]).isEmpty)
        // Equal scores get equal confidences; a score of 0 ties with none.
        let even = IntentClassifier.confidences([0, 0])
        #expect(even.count == 2)
        #expect(even.allSatisfy { abs($0 - 1.0 / 3) < 1e-12 })
    }

    @Test("Large scores do not overflow")
    func largeScores() {
        let confidences = IntentClassifier.confidences([1_000, 999])
        #expect(confidences.allSatisfy { $0.isFinite })
        #expect(abs(confidences.reduce(0, +) - 1) < 1e-9)
        #expect(confidences[0] > 0.99)
    }

    @Test(
        "Paraphrases rank their intent first, numbered as in the bot",
        arguments: [
            ("refunds please", 0), ("i would like my money back", 0), ("what time do you open", 2),
            ("opening hours on saturday", 2), ("forgot password", 3), ("reset the password", 3),
        ])
    func paraphrases(text: String, intent: Int) throws {
        let ranked = self.rank(text)
        let best = try #require(ranked.first)
        #expect(best.intent == intent)
        #expect(ranked.count == 3)
        #expect(!ranked.contains { $0.intent == 1 })
        #expect(best.confidence > 0.5)
    }

    @Test("Confidences of every intent and the none class sum to 1; order follows the score")
    func confidencesSumToOne() throws {
        let ranked = self.rank("reset my password please", limit: 10)
        #expect(ranked.map(\.intent).sorted() == [0, 2, 3])
        let total = ranked.reduce(0) { $0 + $1.confidence }
        #expect(total < 1)
        #expect(total > 0)
        let scores = try #require(self.classifier.model).scores(
            for: self.analyzer.analyze("reset my password please"))
        let expected = IntentClassifier.confidences(scores)
        for candidate in ranked {
            let index = try #require([0, 2, 3].firstIndex(of: candidate.intent))
            #expect(candidate.score == scores[index])
            #expect(candidate.confidence == expected[index])
        }
        #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.confidence >= $1.confidence })
        #expect(self.rank("reset my password please", limit: 1).map(\.intent) == [3])
    }

    @Test(
        "A message with no feature the examples have gives no candidates",
        arguments: ["", "   ", "?!", "qqq", "東京"])
    func noCandidates(text: String) {
        #expect(self.rank(text).isEmpty)
    }

    @Test("Intents with no examples at all give no model and no candidates")
    func noExamples() {
        let classifier = IntentClassifier(intents: [intent("a", []), intent("b", [])])
        #expect(classifier.model == nil)
        #expect(classifier.rank(self.analyzer.analyze("refund my order")).isEmpty)
        #expect(classifier.contributingFeatures(self.analyzer.analyze("refund"), to: 0).isEmpty)
    }

    @Test("contributingFeatures names words plainly and character n-grams in quotes")
    func contributingFeatures() {
        let text = self.analyzer.analyze("refund my order")
        let features = self.classifier.contributingFeatures(text, to: 0, limit: 40)
        let names = features.map(\.feature)
        #expect(names.contains("refund"))
        #expect(names.contains { $0.hasPrefix("'") })
        let words: Set<String> = ["refund", "my", "order", "refund my", "my order"]
        for name in names {
            if name.hasPrefix("'") {
                #expect(name.hasSuffix("'") && name.count >= 3, "\(name)")
                let gram = name.dropFirst().dropLast()
                #expect([" refund ", " my ", " order "].contains { $0.contains(gram) }, "\(name)")
            } else {
                #expect(words.contains(name), "\(name)")
            }
        }
        #expect(features.allSatisfy { $0.weight > 0 })
        #expect(zip(features, features.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        #expect(self.classifier.contributingFeatures(text, to: 0, limit: 2).count == 2)
        // An intent without examples has no class, so nothing contributes to it.
        #expect(self.classifier.contributingFeatures(text, to: 1).isEmpty)
        #expect(self.classifier.contributingFeatures(text, to: 9).isEmpty)
    }
}
