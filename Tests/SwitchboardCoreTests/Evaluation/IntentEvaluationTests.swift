import SwitchboardTesting
import Testing

@testable import SwitchboardCore

private func rows(_ pairs: KeyValuePairs<String, String>) -> [LabeledText] {
    pairs.map { LabeledText(text: $0.key, label: $0.value) }
}

@Suite struct IntentEvaluationTests {
    /// Three intents and no out-of-scope class.
    static let train = rows([
        "i want a refund": "refund", "refund my order": "refund", "i need a refund": "refund",
        "refund please": "refund", "what are your opening hours": "hours",
        "when are you open": "hours", "opening times": "hours", "are you open today": "hours",
        "reset my password": "password", "i forgot my password": "password",
        "change my password": "password",
    ])

    /// Paraphrases of the intents, and messages that share nothing with them.
    static let tune = rows([
        "refund my order please": "refund", "i want my refund": "refund",
        "opening hours please": "hours", "are you open": "hours",
        "forgot my password": "password", "reset password": "password", "qqq": "oos",
        "東京": "oos", "zzz qqq": "oos", "ÿÿÿ": "oos",
    ])

    private static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }

    // MARK: - Metrics

    /// Eight rows with labels a, b, c and oos, scored by hand.
    ///
    ///     truth    a a a b b   oos oos c
    ///     guessed  a a b b oos oos a   c
    ///
    /// Right: 5 of 8. In scope: 6 rows, 4 right. Out of scope: 2 rows, 1 found; 2 predicted,
    /// 1 right. F1: a 2/3 (2 of 3 predicted, 2 of 3 actual), b 1/2, oos 1/2, c 1: mean 2/3.
    @Test("metrics on a hand-made list")
    func metrics() {
        let metrics = IntentEvaluation.metrics(
            predictions: ["a", "a", "b", "b", "oos", "oos", "a", "c"],
            truth: ["a", "a", "a", "b", "b", "oos", "oos", "c"], oos: "oos")
        #expect(Self.close(metrics.accuracy, 5.0 / 8))
        #expect(Self.close(metrics.inScopeAccuracy, 4.0 / 6))
        #expect(Self.close(metrics.oosRecall, 0.5))
        #expect(Self.close(metrics.oosPrecision, 0.5))
        #expect(Self.close(metrics.macroF1, 2.0 / 3))
    }

    /// Labels predicted but absent from the test rows are not averaged.
    ///
    /// a: precision 1/3 (1 of 3 predicted a), recall 1 → F1 1/2; b: never predicted → 0;
    /// c: precision 1, recall 1/2 → F1 2/3. z is predicted but is no test label: it is not
    /// averaged. Mean (1/2 + 0 + 2/3) / 3.
    @Test("Macro F1 averages over the test file's labels only")
    func macroF1OverTestLabels() {
        let metrics = IntentEvaluation.metrics(
            predictions: ["a", "a", "a", "c", "z"], truth: ["a", "b", "b", "c", "c"], oos: nil)
        #expect(Self.close(metrics.accuracy, 2.0 / 5))
        #expect(Self.close(metrics.macroF1, (0.5 + 0 + 2.0 / 3) / 3))
        // Without an out-of-scope label every row is in scope.
        #expect(Self.close(metrics.inScopeAccuracy, 2.0 / 5))
        #expect(metrics.oosRecall == 0)
        #expect(metrics.oosPrecision == 0)
    }

    @Test("No out-of-scope rows or predictions give 0 recall and precision; no rows give 0s")
    func degenerate() {
        let metrics = IntentEvaluation.metrics(
            predictions: ["a", "b"], truth: ["a", "a"], oos: "oos")
        #expect(metrics.accuracy == 0.5)
        #expect(metrics.inScopeAccuracy == 0.5)
        #expect(metrics.oosRecall == 0)
        #expect(metrics.oosPrecision == 0)
        let allOOS = IntentEvaluation.metrics(
            predictions: ["oos", "a"], truth: ["oos", "oos"], oos: "oos")
        #expect(allOOS.inScopeAccuracy == 0)
        #expect(allOOS.oosRecall == 0.5)
        #expect(allOOS.oosPrecision == 1)
        let empty = IntentEvaluation.metrics(predictions: [], truth: [], oos: "oos")
        #expect(empty.accuracy == 0)
        #expect(empty.macroF1 == 0)
    }

    // MARK: - Quantiles

    @Test("quantiles takes distinct values at evenly spaced ranks, ignoring non-finite ones")
    func quantiles() {
        #expect(IntentEvaluation.quantiles([5, 1, 3, 2, 4], count: 5) == [1, 2, 3, 4, 5])
        // Ranks 0 and 2 of 5.
        #expect(IntentEvaluation.quantiles([5, 1, 3, 2, 4], count: 2) == [1, 3])
        // Ranks 0, 0, 1, 1, 2, ... of 5: each value once.
        #expect(IntentEvaluation.quantiles([5, 1, 3, 2, 4], count: 10) == [1, 2, 3, 4, 5])
        #expect(IntentEvaluation.quantiles([-.infinity, 1, .infinity, 1, 2], count: 3) == [1, 2])
        #expect(IntentEvaluation.quantiles([7, 7, 7], count: 4) == [7])
        #expect(IntentEvaluation.quantiles([], count: 5).isEmpty)
        #expect(IntentEvaluation.quantiles([.nan, -.infinity], count: 5).isEmpty)
        #expect(IntentEvaluation.quantiles([3, 1, 2], count: 1) == [1])
    }

    // MARK: - Training and thresholds

    @Test("Every label becomes a class, in the order first seen")
    func classes() {
        let evaluation = IntentEvaluation(
            train: rows(["b one": "b", "a one": "a", "b two": "b", "c one": "c"]), oosLabel: "c")
        #expect(evaluation.model.classNames == ["b", "a", "c"])
        #expect(evaluation.oosLabel == "c")
        #expect(evaluation.trainSeconds >= 0)
    }

    @Test("Thresholds chosen on tuning rows accept every in-scope row and reject every other")
    func chooseThresholds() {
        let evaluation = IntentEvaluation(train: Self.train, oosLabel: "oos")
        let thresholds = evaluation.chooseThresholds(on: Self.tune)
        #expect(thresholds != .none)
        for row in Self.tune {
            let predicted = evaluation.label(evaluation.decide(row.text), thresholds)
            #expect(predicted == row.label, "\(row.text)")
        }
        #expect(evaluation.tuningObjective(Self.tune, thresholds: thresholds) == 1)
        // Accepting everything finds no out-of-scope row: (1 + 0) / 2.
        #expect(evaluation.tuningObjective(Self.tune, thresholds: .none) == 0.5)
    }

    @Test("Without an out-of-scope label or rows there is nothing to choose")
    func nothingToChoose() {
        let noLabel = IntentEvaluation(train: Self.train, oosLabel: nil)
        #expect(noLabel.chooseThresholds(on: Self.tune) == .none)
        let labelled = IntentEvaluation(train: Self.train, oosLabel: "oos")
        let inScope = Self.tune.filter { $0.label != "oos" }
        #expect(labelled.chooseThresholds(on: inScope) == .none)
        // The objective is then plain accuracy.
        #expect(labelled.tuningObjective(inScope, thresholds: .none) == 1)
    }

    @Test("A message the model knows nothing of is rejected by any threshold but none")
    func unknownMessage() {
        let evaluation = IntentEvaluation(train: Self.train, oosLabel: "oos")
        let decision = evaluation.decide("qqq")
        let strict = IntentEvaluation.Thresholds(score: decision.score + 0.01, margin: -.infinity)
        #expect(evaluation.label(decision, strict) == "oos")
        #expect(evaluation.label(decision, .none) != "oos")
        // The margin is the gap between the best two scores.
        let known = evaluation.decide("reset my password")
        let ranked = evaluation.model.rank(TextAnalyzer().analyze("reset my password"), limit: 2)
        #expect(known.best == 2)
        #expect(known.margin == ranked[0].score - ranked[1].score)
        let wide = IntentEvaluation.Thresholds(score: -.infinity, margin: known.margin + 0.01)
        #expect(evaluation.label(known, wide) == "oos")
    }

    @Test("select keeps the candidate that does best on the tuning rows, the first on ties")
    func select() {
        var featureless = IntentModel.Options()
        featureless.features = FeatureExtractor.Options(wordNGrams: nil, characterNGrams: nil)
        let good = IntentModel.Options()
        for candidates in [[featureless, good], [good, featureless]] {
            let selected = IntentEvaluation.select(
                train: Self.train, tune: Self.tune, oosLabel: "oos", candidates: candidates)
            #expect(selected.options == good)
            #expect(selected.evaluation.model.extractor.featureCount > 0)
            #expect(selected.thresholds == selected.evaluation.chooseThresholds(on: Self.tune))
        }
        // Two settings that both do perfectly: the first is kept.
        var other = good
        other.classifier.seed = 7
        let tie = IntentEvaluation.select(
            train: Self.train, tune: Self.tune, oosLabel: "oos", candidates: [other, good])
        #expect(tie.options == other)
        // No candidates: the default settings.
        let fallback = IntentEvaluation.select(
            train: Self.train, tune: Self.tune, oosLabel: "oos", candidates: [])
        #expect(fallback.options == IntentModel.Options())
    }

    @Test("candidates tries stems, words and both with C 0.5 and 1, keeping the other settings")
    func candidates() {
        var base = IntentModel.Options()
        base.minimumDocumentFrequency = 2
        base.classifier.maximumPasses = 9
        let candidates = IntentEvaluation.candidates(from: base)
        #expect(
            candidates.map { "\($0.features.wordForm.rawValue) \($0.classifier.cost)" } == [
                "stems 0.5", "stems 1.0", "words 0.5", "words 1.0", "both 0.5", "both 1.0",
            ])
        #expect(candidates.allSatisfy { $0.minimumDocumentFrequency == 2 })
        #expect(candidates.allSatisfy { $0.classifier.maximumPasses == 9 })
    }

    // MARK: - A run on files

    @Test("A run on small CSV files reports every figure")
    func runOnFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var train = "text,label\n"
        for row in Self.train { train += "\(row.text),\(row.label)\n" }
        try directory.write("train.csv", train)
        try directory.write(
            "test.csv",
            "text,label\nrefund my order please,refund\nare you open,hours\n"
                + "\"forgot my password, help\",password\nchange password,password\n")
        let evaluation = IntentEvaluation(
            train: try LabeledText.read(directory.url("train.csv")), oosLabel: nil)
        let report = evaluation.run(
            test: try LabeledText.read(directory.url("test.csv")), tune: nil)
        #expect(report.examples == 4)
        #expect(report.accuracy == 1)
        #expect(report.inScopeAccuracy == 1)
        #expect(report.macroF1 == 1)
        #expect(report.oosRecall == 0)
        #expect(report.oosPrecision == 0)
        #expect(report.utterancesPerSecond > 0)
        #expect(report.trainSeconds >= 0)
        #expect(report.trainSeconds == evaluation.trainSeconds)
        #expect(report.scoreThreshold == nil)
        #expect(report.marginThreshold == nil)
        #expect(report.features == evaluation.model.extractor.featureCount)
        #expect(report.passes == evaluation.model.classifier.passes)
        #expect(report.passes >= 1)
    }

    @Test("A run with tuning rows reports the chosen thresholds and finds out-of-scope rows")
    func runWithTuning() {
        let evaluation = IntentEvaluation(train: Self.train, oosLabel: "oos")
        let test = rows([
            "i need my refund": "refund", "when do you open": "hours", "qqq qqq": "oos",
            "ÿÿ": "oos",
        ])
        let report = evaluation.run(test: test, tune: Self.tune)
        let thresholds = evaluation.chooseThresholds(on: Self.tune)
        #expect(report.scoreThreshold == Double(thresholds.score))
        #expect(report.marginThreshold == Double(thresholds.margin))
        #expect(report.examples == 4)
        #expect(report.accuracy == 1)
        #expect(report.oosRecall == 1)
        #expect(report.oosPrecision == 1)
        #expect(report.macroF1 == 1)
    }
}
