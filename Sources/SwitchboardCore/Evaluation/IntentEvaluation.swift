/// Measures an intent matcher on labelled utterances: builds it from a training file, chooses
/// its out-of-scope thresholds on a tuning file only, and scores a test file.
///
/// The matcher is the one bots use (``IntentModel``), trained on the CSV's texts and labels
/// (there are no hand rules in a CSV). Nothing is printed; progress goes through a callback.
public struct IntentEvaluation: Sendable {
    /// The figures, with the JSON keys of `switchboard eval intents --json`.
    public struct Report: Sendable, Equatable {
        /// Test rows.
        public var examples: Int
        /// Accuracy over all test rows; the out-of-scope label counts as a class.
        public var accuracy: Double
        /// Accuracy over the in-scope rows (predicting out-of-scope for one is wrong).
        public var inScopeAccuracy: Double
        /// The share of out-of-scope rows predicted out-of-scope.
        public var oosRecall: Double
        /// The share of out-of-scope predictions that were out-of-scope rows.
        public var oosPrecision: Double
        /// The mean F1 over the labels of the test file.
        public var macroF1: Double
        /// Seconds to build the matcher from the training file.
        public var trainSeconds: Double
        /// Utterances classified per second, one at a time.
        public var utterancesPerSecond: Double
        /// The chosen thresholds: the lowest top score accepted, and the lowest margin between
        /// the best two; `nil` when there was nothing to choose them on.
        public var scoreThreshold: Double?
        /// See ``scoreThreshold``.
        public var marginThreshold: Double?
        /// The model's training passes.
        public var passes: Int
        /// The model's features.
        public var features: Int
    }

    /// A decision rule: out of scope when the top score or the margin is too low.
    public struct Thresholds: Sendable, Equatable {
        /// The lowest top score accepted.
        public var score: Float
        /// The lowest margin between the best two scores accepted.
        public var margin: Float

        /// Accepts everything.
        public static let none = Thresholds(score: -.infinity, margin: -.infinity)
    }

    /// The trained model.
    public let model: IntentModel
    /// The label of out-of-scope rows, if any.
    public let oosLabel: String?
    /// Seconds the training took.
    public let trainSeconds: Double
    let analyzer = TextAnalyzer()

    /// Trains on labelled rows; every label, the out-of-scope one included, becomes a class.
    public init(
        train: [LabeledText], oosLabel: String?,
        options: IntentModel.Options = IntentModel.Options()
    ) {
        var classNames: [String] = []
        var classIndex: [String: Int] = [:]
        for row in train where classIndex[row.label] == nil {
            classIndex[row.label] = classNames.count
            classNames.append(row.label)
        }
        let clock = ContinuousClock()
        let start = clock.now
        let analyzer = TextAnalyzer()
        let texts = train.map { analyzer.analyze($0.text) }
        self.model = IntentModel(
            texts: texts, labels: train.map { classIndex[$0.label] ?? 0 }, classNames: classNames,
            options: options)
        self.trainSeconds = Self.seconds(start.duration(to: clock.now))
        self.oosLabel = oosLabel
    }

    /// One utterance's best two classes.
    struct Decision {
        var best: Int
        var score: Float
        var margin: Float
    }

    func decide(_ text: String) -> Decision {
        let ranked = self.model.rank(self.analyzer.analyze(text), limit: 2)
        guard let first = ranked.first else {
            return Decision(best: 0, score: -.infinity, margin: 0)
        }
        let second = ranked.count > 1 ? ranked[1].score : first.score - 1
        return Decision(best: first.index, score: first.score, margin: first.score - second)
    }

    func label(_ decision: Decision, _ thresholds: Thresholds) -> String {
        let predicted = self.model.classNames[decision.best]
        guard let oos = self.oosLabel else { return predicted }
        if decision.score < thresholds.score || decision.margin < thresholds.margin { return oos }
        return predicted
    }

    /// Chooses thresholds on tuning rows: those that maximise the mean of in-scope accuracy and
    /// out-of-scope recall (a mean of the two, not overall accuracy, because tuning files hold
    /// few out-of-scope rows while real traffic holds many).
    public func chooseThresholds(on tune: [LabeledText]) -> Thresholds {
        guard let oos = self.oosLabel, tune.contains(where: { $0.label == oos }) else {
            return .none
        }
        let decisions = tune.map { self.decide($0.text) }
        let scoreCandidates = [-Float.infinity] + Self.quantiles(decisions.map(\.score), count: 60)
        let marginCandidates =
            [-Float.infinity] + Self.quantiles(decisions.map(\.margin), count: 30)
        var best = (objective: -1.0, thresholds: Thresholds.none)
        for score in scoreCandidates {
            for margin in marginCandidates {
                let thresholds = Thresholds(score: score, margin: margin)
                let predictions = decisions.map { self.label($0, thresholds) }
                let metrics = Self.metrics(
                    predictions: predictions, truth: tune.map(\.label), oos: oos)
                let objective = (metrics.inScopeAccuracy + metrics.oosRecall) / 2
                if objective > best.objective + 1e-12 { best = (objective, thresholds) }
            }
        }
        return best.thresholds
    }

    /// How well the model does on tuning rows, with the thresholds chosen on them: the mean of
    /// in-scope accuracy and out-of-scope recall when there are out-of-scope rows, else accuracy.
    public func tuningObjective(_ tune: [LabeledText], thresholds: Thresholds) -> Double {
        let predictions = tune.map { self.label(self.decide($0.text), thresholds) }
        let metrics = Self.metrics(
            predictions: predictions, truth: tune.map(\.label), oos: self.oosLabel)
        if let oos = self.oosLabel, tune.contains(where: { $0.label == oos }) {
            return (metrics.inScopeAccuracy + metrics.oosRecall) / 2
        }
        return metrics.accuracy
    }

    /// Trains one model per candidate setting and keeps the one that does best on the tuning rows.
    ///
    /// - Returns: the evaluation, its thresholds (chosen on the same rows) and its options.
    public static func select(
        train: [LabeledText], tune: [LabeledText], oosLabel: String?,
        candidates: [IntentModel.Options]
    ) -> (evaluation: IntentEvaluation, thresholds: Thresholds, options: IntentModel.Options) {
        var best:
            (
                objective: Double, evaluation: IntentEvaluation, thresholds: Thresholds,
                options: IntentModel.Options
            )?
        for options in candidates {
            let evaluation = IntentEvaluation(train: train, oosLabel: oosLabel, options: options)
            let thresholds = evaluation.chooseThresholds(on: tune)
            let objective = evaluation.tuningObjective(tune, thresholds: thresholds)
            if objective > (best?.objective ?? -1) + 1e-12 {
                best = (objective, evaluation, thresholds, options)
            }
        }
        guard let best else {
            let evaluation = IntentEvaluation(train: train, oosLabel: oosLabel)
            return (evaluation, evaluation.chooseThresholds(on: tune), IntentModel.Options())
        }
        return (best.evaluation, best.thresholds, best.options)
    }

    /// The settings `select` tries: stems or words for the word n-grams, and C of 0.5 or 1.
    public static func candidates(from base: IntentModel.Options) -> [IntentModel.Options] {
        var candidates: [IntentModel.Options] = []
        for form in FeatureExtractor.Options.WordForm.allCases {
            for cost: Float in [0.5, 1] {
                var options = base
                options.features.wordForm = form
                options.classifier.cost = cost
                candidates.append(options)
            }
        }
        return candidates
    }

    /// Scores the test rows with thresholds chosen on `tune` (when given), and measures speed.
    public func run(test: [LabeledText], tune: [LabeledText]?) -> Report {
        self.run(test: test, thresholds: tune.map { self.chooseThresholds(on: $0) } ?? .none)
    }

    /// Scores the test rows with given thresholds, and measures speed.
    public func run(test: [LabeledText], thresholds: Thresholds) -> Report {
        let predictions = test.map { self.label(self.decide($0.text), thresholds) }
        let metrics = Self.metrics(
            predictions: predictions, truth: test.map(\.label), oos: self.oosLabel)
        return Report(
            examples: test.count, accuracy: metrics.accuracy,
            inScopeAccuracy: metrics.inScopeAccuracy,
            oosRecall: metrics.oosRecall, oosPrecision: metrics.oosPrecision,
            macroF1: metrics.macroF1,
            trainSeconds: self.trainSeconds,
            utterancesPerSecond: self.speed(test.map(\.text), thresholds),
            scoreThreshold: thresholds == .none ? nil : Double(thresholds.score),
            marginThreshold: thresholds == .none ? nil : Double(thresholds.margin),
            passes: self.model.classifier.passes, features: self.model.extractor.featureCount)
    }

    /// Utterances per second, one at a time, over the texts (repeated for at least a second).
    func speed(_ texts: [String], _ thresholds: Thresholds) -> Double {
        guard !texts.isEmpty else { return 0 }
        let clock = ContinuousClock()
        let start = clock.now
        var count = 0
        var sink = 0
        repeat {
            for text in texts {
                sink &+= self.label(self.decide(text), thresholds).utf8.count
                count += 1
            }
        } while Self.seconds(start.duration(to: clock.now)) < 1
        let elapsed = Self.seconds(start.duration(to: clock.now))
        return sink == -1 ? 0 : Double(count) / elapsed
    }

    struct Metrics {
        var accuracy = 0.0
        var inScopeAccuracy = 0.0
        var oosRecall = 0.0
        var oosPrecision = 0.0
        var macroF1 = 0.0
    }

    static func metrics(predictions: [String], truth: [String], oos: String?) -> Metrics {
        var metrics = Metrics()
        guard !truth.isEmpty else { return metrics }
        var correct = 0
        var inScope = 0
        var inScopeCorrect = 0
        var oosRows = 0
        var oosFound = 0
        var oosPredicted = 0
        var truePositive: [String: Int] = [:]
        var predicted: [String: Int] = [:]
        var actual: [String: Int] = [:]
        for (guess, label) in zip(predictions, truth) {
            actual[label, default: 0] += 1
            predicted[guess, default: 0] += 1
            if guess == label {
                correct += 1
                truePositive[label, default: 0] += 1
            }
            if label == oos {
                oosRows += 1
                if guess == oos { oosFound += 1 }
            } else {
                inScope += 1
                if guess == label { inScopeCorrect += 1 }
            }
            if guess == oos { oosPredicted += 1 }
        }
        metrics.accuracy = Double(correct) / Double(truth.count)
        metrics.inScopeAccuracy = inScope > 0 ? Double(inScopeCorrect) / Double(inScope) : 0
        metrics.oosRecall = oosRows > 0 ? Double(oosFound) / Double(oosRows) : 0
        metrics.oosPrecision = oosPredicted > 0 ? Double(oosFound) / Double(oosPredicted) : 0
        var f1Sum = 0.0
        for label in actual.keys.sorted() {
            let tp = Double(truePositive[label] ?? 0)
            let precision = tp / Double(max(1, predicted[label] ?? 0))
            let recall = tp / Double(max(1, actual[label] ?? 0))
            f1Sum += precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }
        metrics.macroF1 = f1Sum / Double(actual.count)
        return metrics
    }

    /// Distinct values at evenly spaced ranks.
    static func quantiles(_ values: [Float], count: Int) -> [Float] {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return [] }
        var result: [Float] = []
        for step in 0..<count {
            let value = sorted[min(sorted.count - 1, step * sorted.count / count)]
            if result.last != value { result.append(value) }
        }
        return result
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
