/// A trained intent classifier: TF-IDF features of words and characters, and a linear SVM over
/// them, fitted in-process from labelled examples.
///
/// ```swift
/// let model = IntentModel(texts: examples, labels: labels, classNames: intents)
/// let ranked = model.rank(analyzer.analyze("where is my card"), limit: 3)
/// ```
public struct IntentModel: Sendable {
    /// How the model is built.
    public struct Options: Sendable, Hashable {
        /// The features.
        public var features: FeatureExtractor.Options
        /// The classifier's training settings.
        public var classifier: LinearClassifier.Options
        /// Features seen in fewer examples are dropped.
        public var minimumDocumentFrequency: Int

        /// Creates options.
        public init(
            features: FeatureExtractor.Options = FeatureExtractor.Options(),
            classifier: LinearClassifier.Options = LinearClassifier.Options(),
            minimumDocumentFrequency: Int = 1
        ) {
            self.features = features
            self.classifier = classifier
            self.minimumDocumentFrequency = minimumDocumentFrequency
        }

        /// The values of ``minimumDocumentFrequency`` a front end accepts (`eval intents`).
        ///
        /// 1 keeps every feature; at 1,000 only the words of many intents' examples are left,
        /// far past any useful setting (docs/evaluation.md compares 1 and 2).
        public static let minimumDocumentFrequencyRange: ClosedRange<Int> = 1...1000
    }

    /// A class with its decision value.
    public struct Candidate: Sendable, Equatable {
        /// The class's position in ``classNames``.
        public var index: Int
        /// The decision value (above 0: the classifier says "this class").
        public var score: Float
    }

    /// The class names, in class order.
    public let classNames: [String]
    /// The features.
    public let extractor: FeatureExtractor
    /// The classifier.
    public let classifier: LinearClassifier

    /// Trains a model.
    ///
    /// - Parameters:
    ///   - texts: the analysed examples.
    ///   - labels: each example's class, `0..<classNames.count`.
    public init(
        texts: [AnalyzedText], labels: [Int], classNames: [String], options: Options = Options()
    ) {
        let (extractor, vectors) = FeatureExtractor.build(
            from: texts, options: options.features,
            minimumDocumentFrequency: options.minimumDocumentFrequency)
        self.classNames = classNames
        self.extractor = extractor
        self.classifier = LinearClassifier(
            vectors: vectors, labels: labels, classCount: classNames.count,
            featureCount: extractor.featureCount,
            options: options.classifier)
    }

    /// The decision value of every class for a message.
    public func scores(for text: AnalyzedText) -> [Float] {
        var scores = [Float](repeating: 0, count: self.classNames.count)
        self.classifier.scores(self.extractor.vector(for: text), into: &scores)
        return scores
    }

    /// The best classes for a message, best first (ties by class order).
    public func rank(_ text: AnalyzedText, limit: Int = 5) -> [Candidate] {
        Self.top(self.scores(for: text), limit: limit)
    }

    /// The best `limit` entries of a score list, best first, ties by index.
    static func top(_ scores: [Float], limit: Int) -> [Candidate] {
        guard limit > 0 else { return [] }
        var best: [Candidate] = []
        best.reserveCapacity(min(limit, scores.count))
        scores.withUnsafeBufferPointer { scores in
            for index in scores.indices {
                let candidate = Candidate(index: index, score: scores[index])
                if best.count < limit {
                    best.append(candidate)
                } else if candidate.score > best[limit - 1].score {
                    best[limit - 1] = candidate
                } else {
                    continue
                }
                // Move it up past the lower scores (an equal score stays behind: ties by index).
                var position = best.count - 1
                while position > 0, best[position - 1].score < candidate.score {
                    best[position] = best[position - 1]
                    position -= 1
                }
                best[position] = candidate
            }
        }
        return best
    }

    /// The features of a message that pushed a class's score up most, as text, largest first.
    public func contributingFeatures(
        _ text: AnalyzedText, to index: Int, limit: Int = 5
    ) -> [(
        feature: String, weight: Float
    )] {
        let vector = self.extractor.vector(for: text)
        var contributions: [(Int32, Float)] = []
        for (position, feature) in vector.features.enumerated() {
            let weight =
                vector.values[position]
                * self.classifier.weight(feature: Int(feature), class: index)
            if weight > 0 { contributions.append((feature, weight)) }
        }
        return contributions.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(limit).map {
            (self.extractor.name(of: Int($0.0)), $0.1)
        }
    }
}
