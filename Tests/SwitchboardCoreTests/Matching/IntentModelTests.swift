import Testing

@testable import SwitchboardCore

/// A model of four intents trained on a handful of examples each.
@Suite struct IntentModelTests {
    static let examples: [(intent: String, texts: [String])] = [
        (
            "refund",
            [
                "i want a refund", "refund my order", "give me my money back",
                "can i get a refund for my order", "i need a refund",
            ]
        ),
        (
            "hours",
            [
                "what are your opening hours", "when are you open", "opening times",
                "are you open on sunday",
            ]
        ),
        (
            "password",
            ["i forgot my password", "reset my password", "i cannot log in", "change my password"]
        ),
        (
            "delivery",
            [
                "where is my parcel", "track my delivery", "when will my order arrive",
                "has my package shipped",
            ]
        ),
    ]

    let analyzer = TextAnalyzer()
    let model: IntentModel

    init() {
        let analyzer = TextAnalyzer()
        var texts: [AnalyzedText] = []
        var labels: [Int] = []
        for (label, intent) in Self.examples.enumerated() {
            for text in intent.texts {
                texts.append(analyzer.analyze(text))
                labels.append(label)
            }
        }
        self.model = IntentModel(
            texts: texts, labels: labels, classNames: Self.examples.map(\.intent))
    }

    static let paraphraseCases: [(text: String, intent: String)] = [
        ("Refunds please!", "refund"),
        ("i would like my money back", "refund"),
        ("what time do you open", "hours"),
        ("opening hours on saturday", "hours"),
        ("forgot password", "password"),
        ("how do i reset the password", "password"),
        ("where is my package", "delivery"),
        ("track my parcel", "delivery"),
    ]

    @Test("Paraphrases rank their intent first", arguments: Self.paraphraseCases)
    func paraphrases(text: String, intent: String) throws {
        let ranked = self.model.rank(self.analyzer.analyze(text), limit: 4)
        #expect(ranked.count == 4)
        let best = try #require(ranked.first)
        #expect(self.model.classNames[best.index] == intent)
        #expect(best.score > 0)
        #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(Set(ranked.map(\.index)) == [0, 1, 2, 3])
    }

    @Test("Every training example is classified as its own intent")
    func trainingExamples() {
        for (label, intent) in Self.examples.enumerated() {
            for text in intent.texts {
                let best = self.model.rank(self.analyzer.analyze(text), limit: 1)
                #expect(best.map(\.index) == [label], "\(text)")
            }
        }
    }

    @Test("rank's scores are the classifier's decision values for the message's vector")
    func scores() {
        let text = self.analyzer.analyze("refund my order please")
        var expected = [Float](repeating: 0, count: 4)
        self.model.classifier.scores(self.model.extractor.vector(for: text), into: &expected)
        #expect(self.model.scores(for: text) == expected)
        let ranked = self.model.rank(text, limit: 4)
        #expect(ranked.map(\.score) == expected.sorted(by: >))
        #expect(ranked.map { expected[$0.index] } == ranked.map(\.score))
    }

    @Test("top keeps the best entries, best first, ties by index")
    func top() {
        let scores: [Float] = [0.5, 2, 2, -1, 0.5, 3]
        let candidates = { (limit: Int) in IntentModel.top(scores, limit: limit).map(\.index) }
        #expect(candidates(1) == [5])
        #expect(candidates(3) == [5, 1, 2])
        #expect(candidates(4) == [5, 1, 2, 0])
        #expect(candidates(6) == [5, 1, 2, 0, 4, 3])
        #expect(candidates(10) == [5, 1, 2, 0, 4, 3])
        #expect(candidates(0).isEmpty)
        #expect(IntentModel.top(scores, limit: 2).map(\.score) == [3, 2])
        #expect(IntentModel.top([], limit: 3).isEmpty)
        // All equal: index order.
        #expect(IntentModel.top([1, 1, 1, 1], limit: 3).map(\.index) == [0, 1, 2])
        #expect(IntentModel.top([-2, -1, -3], limit: 3).map(\.index) == [1, 0, 2])
    }

    @Test("contributingFeatures names features with their tags, largest first, all positive")
    func contributingFeatures() throws {
        let text = self.analyzer.analyze("refund my order")
        let features = self.model.contributingFeatures(text, to: 0, limit: 50)
        #expect(!features.isEmpty)
        #expect(features.allSatisfy { $0.weight > 0 })
        #expect(zip(features, features.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        let names = features.map(\.feature)
        #expect(names.contains("w:refund"))
        let words: Set<String> = ["refund", "my", "order", "refund my", "my order"]
        let padded = [" refund ", " my ", " order "]
        for name in names {
            if name.hasPrefix("w:") {
                #expect(words.contains(String(name.dropFirst(2))), "\(name)")
            } else {
                #expect(name.hasPrefix("c:"), "\(name)")
                let gram = name.dropFirst(2)
                #expect(padded.contains { $0.contains(gram) }, "\(name)")
            }
        }
        #expect(names.contains { $0.hasPrefix("c:") })
        // Each weight is the feature's value times its class weight.
        let vector = self.model.extractor.vector(for: text)
        let first = try #require(features.first)
        let position = try #require(
            vector.features.firstIndex { self.model.extractor.name(of: Int($0)) == first.feature })
        let weight =
            vector.values[position]
            * self.model.classifier.weight(feature: Int(vector.features[position]), class: 0)
        #expect(abs(first.weight - weight) < 1e-6)
        #expect(
            self.model.contributingFeatures(text, to: 0, limit: 3).map(\.feature)
                == Array(names.prefix(3)))
    }

}
