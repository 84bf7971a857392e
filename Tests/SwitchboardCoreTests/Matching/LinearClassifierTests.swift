import Testing

@testable import SwitchboardCore

/// A linearly separable toy problem: class k is feature k, with some noise on the other
/// features (feature 3 belongs to no class).
@Suite struct LinearClassifierTests {
    static func vector(_ pairs: KeyValuePairs<Int32, Float>) -> FeatureExtractor.Vector {
        var vector = FeatureExtractor.Vector()
        for (feature, value) in pairs {
            vector.features.append(feature)
            vector.values.append(value)
        }
        return vector
    }

    static let vectors: [FeatureExtractor.Vector] = [
        vector([0: 1]), vector([0: 0.8, 3: 0.6]), vector([0: 0.9, 1: 0.3]),
        vector([1: 1]), vector([1: 0.7, 3: 0.7]), vector([1: 0.9, 2: 0.2]),
        vector([2: 1]), vector([2: 0.6, 3: 0.8]), vector([2: 0.8, 0: 0.4]),
    ]
    static let labels = [0, 0, 0, 1, 1, 1, 2, 2, 2]

    private func train(
        _ options: LinearClassifier.Options = LinearClassifier.Options()
    ) -> LinearClassifier {
        LinearClassifier(
            vectors: Self.vectors, labels: Self.labels, classCount: 3, featureCount: 4,
            options: options)
    }

    private func scores(
        _ classifier: LinearClassifier, _ vector: FeatureExtractor.Vector
    ) -> [Float] {
        var scores = [Float](repeating: 0, count: classifier.classCount)
        classifier.scores(vector, into: &scores)
        return scores
    }

    /// The class with the highest score (the first on ties).
    private func predict(
        _ classifier: LinearClassifier, _ vector: FeatureExtractor.Vector
    ) -> Int {
        let scores = self.scores(classifier, vector)
        var best = 0
        for (index, score) in scores.enumerated() where score > scores[best] { best = index }
        return best
    }

    @Test("A separable problem is learned with every training example right")
    func separable() {
        let classifier = self.train()
        #expect(classifier.classCount == 3)
        #expect(classifier.featureCount == 4)
        let predictions = Self.vectors.map { self.predict(classifier, $0) }
        #expect(predictions == Self.labels)
        // Each class's own classifier says yes (score above 0) to the pure examples only.
        for (position, label) in [(0, 0), (3, 1), (6, 2)] {
            let scores = self.scores(classifier, Self.vectors[position])
            for c in 0..<3 {
                #expect((scores[c] > 0) == (c == label), "example \(position), class \(c)")
            }
        }
    }

    @Test("A class's score rises with its own feature, linearly")
    func scoreRisesWithOwnFeature() {
        let classifier = self.train()
        let quarter = self.scores(classifier, Self.vector([0: 0.25]))
        let half = self.scores(classifier, Self.vector([0: 0.5]))
        let whole = self.scores(classifier, Self.vector([0: 1]))
        #expect(quarter[0] < half[0])
        #expect(half[0] < whole[0])
        #expect(classifier.weight(feature: 0, class: 0) > 0)
        #expect(classifier.weight(feature: 0, class: 1) < 0)
        #expect(classifier.weight(feature: 1, class: 1) > 0)
        #expect(classifier.weight(feature: 2, class: 2) > 0)
        for c in 0..<3 {
            let slope = classifier.weight(feature: 0, class: c)
            #expect(abs((whole[c] - half[c]) - 0.5 * slope) < 1e-5)
        }
        // Other classes fall as feature 0 rises.
        #expect(whole[1] < half[1])
    }

    @Test("Training is deterministic; another seed changes the order, not the predictions")
    func deterministic() {
        let first = self.train()
        let again = self.train()
        #expect(first.weights == again.weights)
        #expect(first.passes == again.passes)
        for seed: UInt64 in [2, 3, 42, 12_345] {
            let other = self.train(LinearClassifier.Options(seed: seed))
            #expect(Self.vectors.map { self.predict(other, $0) } == Self.labels, "seed \(seed)")
            #expect(other.passes >= 1)
            #expect(other.passes <= 60)
            let repeated = self.train(LinearClassifier.Options(seed: seed))
            #expect(other.weights == repeated.weights, "seed \(seed)")
        }
    }

    @Test("passes never exceeds maximumPasses; a huge tolerance stops after one pass")
    func passes() {
        let never = LinearClassifier.Options(maximumPasses: 7, tolerance: 0)
        #expect(self.train(never).passes == 7)
        let once = LinearClassifier.Options(maximumPasses: 1, tolerance: 0)
        #expect(self.train(once).passes == 1)
        let loose = LinearClassifier.Options(maximumPasses: 50, tolerance: 1e9)
        #expect(self.train(loose).passes == 1)
        let tight = LinearClassifier.Options(maximumPasses: 500, tolerance: 1e-3)
        let converged = self.train(tight)
        #expect(converged.passes >= 2)
        #expect(converged.passes < 500)
        #expect(self.train().passes <= 60)
    }

    static let closedFormCases: [(cost: Float, expected: Float)] = [
        (1, 0.4), (0.5, 1.0 / 3), (2, 4.0 / 9),
    ]

    /// One example x = (1) of class 0, two classes: the primal
    /// min ½(w² + b²) + C(1 − (w + b))² has w = b = 2C / (1 + 4C), so x scores 4C / (1 + 4C).
    @Test(
        "One example: the weight and bias of the closed-form solution",
        arguments: Self.closedFormCases)
    func closedForm(cost: Float, expected: Float) {
        let classifier = LinearClassifier(
            vectors: [Self.vector([0: 1])], labels: [0], classCount: 2, featureCount: 1,
            options: LinearClassifier.Options(cost: cost, maximumPasses: 200, tolerance: 1e-5))
        #expect(abs(classifier.weight(feature: 0, class: 0) - expected) < 1e-4)
        #expect(abs(classifier.bias(class: 0) - expected) < 1e-4)
        #expect(abs(classifier.weight(feature: 0, class: 1) + expected) < 1e-4)
        let scores = self.scores(classifier, Self.vector([0: 1]))
        #expect(abs(scores[0] - 2 * expected) < 1e-4)
        #expect(abs(scores[1] + 2 * expected) < 1e-4)
    }

    /// Nine featureless examples of class 0 and one of class 1, so only the bias can learn.
    ///
    /// For class 0, min ½b² + C(9(1 − b)² + (1 + b)²) gives b = 16C / (1 + 20C) = 16/21 at C = 1;
    /// class 1 is the mirror image.
    @Test("A much more frequent class gets a positive bias, a rare one a negative bias")
    func bias() {
        let empty = FeatureExtractor.Vector()
        let classifier = LinearClassifier(
            vectors: [FeatureExtractor.Vector](repeating: empty, count: 10),
            labels: [0, 0, 0, 0, 1, 0, 0, 0, 0, 0], classCount: 2, featureCount: 1,
            options: LinearClassifier.Options(maximumPasses: 1_000, tolerance: 1e-5))
        let scores = self.scores(classifier, empty)
        #expect(abs(scores[0] - 16.0 / 21) < 1e-3)
        #expect(abs(scores[1] + 16.0 / 21) < 1e-3)
        // A feature no example has keeps weight 0.
        #expect(classifier.weight(feature: 0, class: 0) == 0)
        #expect(classifier.weight(feature: 0, class: 1) == 0)
    }

    /// Each class's one-vs-rest problem solved on its own by plain dual coordinate descent (no
    /// shrinking, every example every pass), to compare the joint training with.
    private static func reference(
        vectors: [FeatureExtractor.Vector], labels: [Int], class c: Int, featureCount: Int
    ) -> (weights: [Float], bias: Float) {
        var weights = [Float](repeating: 0, count: featureCount)
        var bias: Float = 0
        let diagonal: Float = 0.5  // 1 / 2C at C = 1
        var alpha = [Float](repeating: 0, count: vectors.count)
        for _ in 0..<300 {
            for (i, x) in vectors.enumerated() {
                let y: Float = labels[i] == c ? 1 : -1
                var score = bias
                for (feature, value) in zip(x.features, x.values) {
                    score += weights[Int(feature)] * value
                }
                let gradient = y * score - 1 + diagonal * alpha[i]
                let new = max(alpha[i] - gradient / (x.squaredNorm + 1 + diagonal), 0)
                let delta = (new - alpha[i]) * y
                alpha[i] = new
                for (feature, value) in zip(x.features, x.values) {
                    weights[Int(feature)] += delta * value
                }
                bias += delta
            }
        }
        return (weights, bias)
    }

    /// Twelve classes over random sparse examples: the first pass changes every class of an
    /// example (weights added row by row), later passes a few (class by class).
    @Test("Many classes trained together reach each class's own solution")
    func manyClassesMatchTheirSeparateSolutions() {
        var random = SplitMix64(seed: 7)
        let classes = 12
        let featureCount = 30
        var vectors: [FeatureExtractor.Vector] = []
        var labels: [Int] = []
        for i in 0..<60 {
            let label = i % classes
            var features: Set<Int32> = [Int32(label)]
            while features.count < 4 {
                features.insert(Int32(random.next() % UInt64(featureCount)))
            }
            var vector = FeatureExtractor.Vector()
            for feature in features.sorted() {
                vector.features.append(feature)
                vector.values.append(Float(random.next() % 1_000 + 1) / 1_000)
            }
            vectors.append(vector)
            labels.append(label)
        }
        let classifier = LinearClassifier(
            vectors: vectors, labels: labels, classCount: classes, featureCount: featureCount,
            options: LinearClassifier.Options(maximumPasses: 2_000, tolerance: 1e-4))
        for c in 0..<classes {
            let solution = Self.reference(
                vectors: vectors, labels: labels, class: c, featureCount: featureCount)
            let largest = solution.weights.map(abs).max() ?? 0
            for feature in 0..<featureCount {
                // Serving weights are 8-bit, within 1/254 of the row's largest weight.
                let tolerance = 0.01 + largest / 100
                #expect(
                    abs(classifier.weight(feature: feature, class: c) - solution.weights[feature])
                        < tolerance, "class \(c), feature \(feature)")
            }
            #expect(abs(classifier.bias(class: c) - solution.bias) < 0.01, "class \(c)")
        }
    }
}

/// Training reads examples through unchecked buffers: what is out of range stops the process
/// before anything is written outside them.
@Suite struct LinearClassifierInputTests {
    /// Every class active for the example, then its label appended past the last one.
    @Test func aLabelOutOfRangeStops() async {
        await #expect(processExitsWith: .failure) {
            var vector = FeatureExtractor.Vector()
            vector.features = [0]
            vector.values = [1]
            _ = LinearClassifier(
                vectors: [vector, vector], labels: [2, 2], classCount: 2, featureCount: 1)
        }
    }

    @Test func aFeatureOutOfRangeStops() async {
        await #expect(processExitsWith: .failure) {
            var vector = FeatureExtractor.Vector()
            vector.features = [1_000_000]
            vector.values = [1]
            _ = LinearClassifier(vectors: [vector], labels: [0], classCount: 1, featureCount: 1)
        }
    }

    @Test func fewerValuesThanFeaturesStops() async {
        await #expect(processExitsWith: .failure) {
            var vector = FeatureExtractor.Vector()
            vector.features = [0, 1]
            vector.values = [1]
            _ = LinearClassifier(vectors: [vector], labels: [0], classCount: 1, featureCount: 2)
        }
    }

    /// No examples, no features, one class, an example without features: all train.
    @Test func degenerateProblemsTrain() {
        var one = FeatureExtractor.Vector()
        one.features = [0]
        one.values = [1]
        let none = LinearClassifier(vectors: [], labels: [], classCount: 3, featureCount: 4)
        #expect(none.passes == 1)
        let noFeatures = LinearClassifier(
            vectors: [.init(), .init()], labels: [0, 1], classCount: 2, featureCount: 0)
        #expect(noFeatures.bias(class: 0) == -noFeatures.bias(class: 1))
        let oneClass = LinearClassifier(
            vectors: [one, .init()], labels: [0, 0], classCount: 1, featureCount: 1)
        #expect(oneClass.bias(class: 0) > 0)
        let noClasses = LinearClassifier(vectors: [], labels: [], classCount: 0, featureCount: 1)
        #expect(noClasses.classCount == 0)
    }
}
