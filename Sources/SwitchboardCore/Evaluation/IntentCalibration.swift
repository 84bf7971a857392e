/// Cross-validates a bot's intent examples to show how sure the similarity matcher is when it is
/// right and when it is wrong, and recommends the bot's `thresholds.intent`.
///
/// Each example is held out once (k folds, example `j` of an intent in fold `j % k`), the
/// classifier is trained on the rest, and the held-out example is classified. Rules are not
/// involved: this measures what similarity does when no rule fires. Out-of-scope messages, when
/// given, are classified by the classifier trained on every example.
public struct IntentCalibration: Sendable {
    /// One held-out or out-of-scope message and what the classifier made of it.
    public struct Outcome: Sendable, Equatable {
        /// Whether the best intent is the right one (always false for out-of-scope messages).
        public var isCorrect: Bool
        /// Whether the message is out of scope.
        public var isOutOfScope: Bool
        /// The best intent's confidence.
        public var confidence: Double
        /// The best confidence minus the second.
        public var margin: Double
    }

    /// How a threshold would do.
    public struct Row: Sendable, Equatable {
        /// The threshold.
        public var threshold: Double
        /// In-scope examples answered with the right intent.
        public var correct: Double
        /// In-scope examples answered with a wrong intent.
        public var wrong: Double
        /// In-scope examples rejected (the bot would fall back or try the knowledge base).
        public var rejected: Double
        /// Out-of-scope messages rejected, when there are some.
        public var outOfScopeRejected: Double?
    }

    /// Every outcome.
    public let outcomes: [Outcome]
    /// The number of folds.
    public let folds: Int

    /// Runs the cross-validation.
    public init(
        intents: [IntentDefinition], folds: Int = 5, outOfScope: [String] = [],
        language: Language = .english
    ) {
        let analyzer = TextAnalyzer(language: language)
        var outcomes: [Outcome] = []
        for fold in 0..<folds {
            var training = intents
            var heldOut: [(intent: Int, text: String)] = []
            for (position, intent) in intents.enumerated() {
                var kept: [String] = []
                for (index, example) in intent.examples.enumerated() {
                    if index % folds == fold, intent.examples.count > 1 {
                        heldOut.append((position, example))
                    } else {
                        kept.append(example)
                    }
                }
                training[position].examples = kept
            }
            let classifier = IntentClassifier(intents: training, analyzer: analyzer)
            for (intent, text) in heldOut {
                outcomes.append(
                    Self.outcome(classifier.rank(analyzer.analyze(text), limit: 2), intent: intent))
            }
        }
        if !outOfScope.isEmpty {
            let classifier = IntentClassifier(intents: intents, analyzer: analyzer)
            for text in outOfScope {
                outcomes.append(
                    Self.outcome(classifier.rank(analyzer.analyze(text), limit: 2), intent: nil))
            }
        }
        self.outcomes = outcomes
        self.folds = folds
    }

    private static func outcome(_ ranked: [IntentClassifier.Candidate], intent: Int?) -> Outcome {
        let first = ranked.first
        let second = ranked.count > 1 ? ranked[1].confidence : 0
        return Outcome(
            isCorrect: intent != nil && first?.intent == intent, isOutOfScope: intent == nil,
            confidence: first?.confidence ?? 0, margin: (first?.confidence ?? 0) - second)
    }

    /// Top-1 accuracy over the held-out examples, whatever the confidence.
    public var accuracy: Double {
        let inScope = self.outcomes.filter { !$0.isOutOfScope }
        return inScope.isEmpty
            ? 0 : Double(inScope.filter(\.isCorrect).count) / Double(inScope.count)
    }

    /// What each threshold would do.
    public func rows(thresholds: [Double]) -> [Row] {
        let inScope = self.outcomes.filter { !$0.isOutOfScope }
        let outOfScope = self.outcomes.filter(\.isOutOfScope)
        let total = Double(max(1, inScope.count))
        return thresholds.map { threshold in
            let accepted = inScope.filter { $0.confidence >= threshold }
            return Row(
                threshold: threshold, correct: Double(accepted.filter(\.isCorrect).count) / total,
                wrong: Double(accepted.filter { !$0.isCorrect }.count) / total,
                rejected: Double(inScope.count - accepted.count) / total,
                outOfScopeRejected: outOfScope.isEmpty
                    ? nil
                    : Double(outOfScope.filter { $0.confidence < threshold }.count)
                        / Double(outOfScope.count))
        }
    }

    /// The recommended `thresholds.intent`: the one with the most net benefit.
    ///
    /// A right answer counts +1, a wrong one -1 and a rejection 0 (the bot then tries the
    /// knowledge base, or says it did not understand). With out-of-scope messages, their net
    /// (rejected minus answered) is averaged in with equal weight, whatever the counts, since
    /// real traffic holds far more of them than a bot's examples suggest.
    public var recommendedThreshold: Double {
        // With nothing held out (every intent has one example) there is nothing to learn from.
        guard self.outcomes.contains(where: { !$0.isOutOfScope }) else {
            return Thresholds().intent
        }
        let grid = stride(from: 0.05, through: 0.95, by: 0.05).map { ($0 * 100).rounded() / 100 }
        func benefit(_ row: Row) -> Double {
            let inScope = row.correct - row.wrong
            guard let rejected = row.outOfScopeRejected else { return inScope }
            return (inScope + rejected - (1 - rejected)) / 2
        }
        return self.rows(thresholds: grid).max { benefit($0) < benefit($1) }?.threshold ?? 0.45
    }
}
