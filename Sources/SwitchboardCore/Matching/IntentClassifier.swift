/// Recognises a bot's intents from its examples by similarity: the trained ``IntentModel``,
/// with its decision values turned into confidences.
///
/// Confidence is a softmax over the intents' decision values divided by a temperature of 0.2,
/// with an extra "none of these" class fixed at 0 (the decision boundary). So an intent whose
/// one-vs-rest classifier says "yes" clearly, and alone, gets a confidence near 1; a message
/// every classifier rejects gets low confidences everywhere, which is what the out-of-scope
/// threshold (`thresholds.intent`) tests. The temperature minimises the log-loss of the
/// validation splits of Banking77, HWU64 and CLINC150 alike (0.52 to 0.66 nats at 0.2).
public struct IntentClassifier: Sendable {
    /// An intent with how sure the classifier is of it.
    public struct Candidate: Sendable, Equatable {
        /// The intent's position in the bot's intents.
        public var intent: Int
        /// The probability that this is the intent, 0 to 1.
        public var confidence: Double
        /// The model's decision value.
        public var score: Float
    }

    /// The softmax temperature.
    public static let temperature: Float = 0.2

    /// The model, when at least one intent has examples.
    public let model: IntentModel?
    /// The bot's intent of each model class.
    let intentOfClass: [Int]

    /// Trains on the examples of the intents that have some.
    public init(
        intents: [IntentDefinition], analyzer: TextAnalyzer = TextAnalyzer(),
        options: IntentModel.Options = IntentModel.Options()
    ) {
        var texts: [AnalyzedText] = []
        var labels: [Int] = []
        var intentOfClass: [Int] = []
        var names: [String] = []
        for (position, intent) in intents.enumerated() where !intent.examples.isEmpty {
            for example in intent.examples {
                texts.append(analyzer.analyze(example))
                labels.append(intentOfClass.count)
            }
            intentOfClass.append(position)
            names.append(intent.id)
        }
        self.intentOfClass = intentOfClass
        self.model =
            texts.isEmpty
            ? nil : IntentModel(texts: texts, labels: labels, classNames: names, options: options)
    }

    /// The intents by confidence, best first (ties by intent order), at most `limit`.
    public func rank(_ text: AnalyzedText, limit: Int = 5) -> [Candidate] {
        guard let model = self.model else { return [] }
        let vector = model.extractor.vector(for: text)
        // A message with no feature the examples have says nothing about any intent.
        guard !vector.features.isEmpty else { return [] }
        var scores = [Float](repeating: 0, count: model.classNames.count)
        model.classifier.scores(vector, into: &scores)
        let confidences = Self.confidences(scores)
        return IntentModel.top(scores, limit: limit).map {
            Candidate(
                intent: self.intentOfClass[$0.index], confidence: confidences[$0.index],
                score: $0.score)
        }
    }

    /// The softmax of decision values over the temperature, with a "none" class at 0.
    static func confidences(_ scores: [Float]) -> [Double] {
        let scaled = scores.map { Double($0 / Self.temperature) }
        let top = max(0, scaled.max() ?? 0)
        var total = exponential(-top)
        for value in scaled { total += exponential(value - top) }
        return scaled.map { exponential($0 - top) / total }
    }

    /// The features of a message that raised an intent's score most, as people read them.
    public func contributingFeatures(
        _ text: AnalyzedText, to intent: Int, limit: Int = 5
    ) -> [(feature: String, weight: Double)] {
        guard let model = self.model, let index = self.intentOfClass.firstIndex(of: intent) else {
            return []
        }
        return model.contributingFeatures(text, to: index, limit: limit).map { name, weight in
            let readable =
                name.hasPrefix("c:") ? "'\(name.dropFirst(2))'" : String(name.dropFirst(2))
            return (readable, Double(weight))
        }
    }
}
