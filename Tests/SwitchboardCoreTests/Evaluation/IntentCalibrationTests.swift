import SwitchboardTesting
import Testing

@testable import SwitchboardCore

private let origin = Origin(file: "intents.json", location: .start, path: "intents")

private func intent(_ id: String, _ examples: [String]) -> IntentDefinition {
    IntentDefinition(id: id, title: id, examples: examples, origin: origin)
}

@Suite struct IntentCalibrationTests {
    /// 14 examples that can be held out (5 + 5 + 4); `human` has one example and `rules` none.
    static let intents = [
        intent(
            "refund",
            [
                "i want a refund", "refund my order", "i need a refund", "refund please",
                "can i have a refund",
            ]),
        intent(
            "hours",
            [
                "what are your opening hours", "when are you open", "opening hours today",
                "are you open on sunday", "opening times",
            ]),
        intent("human", ["talk to a human"]),
        intent(
            "password",
            [
                "reset my password", "i forgot my password", "change my password",
                "password reset please",
            ]),
        intent("rules", []),
    ]

    static let outOfScope = [
        "what is the weather like", "tell me a joke", "who won the game last night", "qqq",
    ]

    /// The calibration's thresholds grid, 0.05 to 0.95.
    static let grid = (1...19).map { Double($0) / 20 }

    let calibration = IntentCalibration(intents: Self.intents)
    let withOutOfScope = IntentCalibration(intents: Self.intents, outOfScope: Self.outOfScope)

    @Test("Every example of an intent with two or more is held out once; a single one never")
    func heldOutOnce() {
        for folds in [2, 3, 5, 10] {
            let calibration = IntentCalibration(intents: Self.intents, folds: folds)
            #expect(calibration.outcomes.count == 14, "\(folds) folds")
            #expect(calibration.outcomes.allSatisfy { !$0.isOutOfScope })
            #expect(calibration.folds == folds)
        }
        // With `human` alone it is never held out, so nothing is.
        let single = IntentCalibration(intents: [intent("human", ["talk to a human"])])
        #expect(single.outcomes.isEmpty)
        #expect(single.accuracy == 0)
    }

    @Test("Out-of-scope messages are each classified once, never correct")
    func outOfScopeOutcomes() {
        let outcomes = self.withOutOfScope.outcomes
        #expect(outcomes.count == 14 + 4)
        let outOfScope = outcomes.filter(\.isOutOfScope)
        #expect(outOfScope.count == 4)
        #expect(outOfScope.allSatisfy { !$0.isCorrect })
        // The in-scope outcomes do not depend on the out-of-scope messages.
        #expect(outcomes.filter { !$0.isOutOfScope } == self.calibration.outcomes)
        // qqq shares nothing with the examples: no candidate, confidence 0.
        #expect(outOfScope.last?.confidence == 0)
    }

    @Test("Confidences are probabilities and margins lie between 0 and the confidence")
    func outcomeRanges() {
        for outcome in self.withOutOfScope.outcomes {
            #expect(outcome.confidence >= 0 && outcome.confidence <= 1)
            #expect(outcome.margin >= 0 && outcome.margin <= outcome.confidence)
        }
    }

    /// Classifies each held-out example with a classifier trained on the other folds: example
    /// `j` of an intent is in fold `j % folds`, unless it is its intent's only example.
    private func crossValidatedAccuracy(folds: Int) -> Double {
        let analyzer = TextAnalyzer()
        var right = 0
        var total = 0
        for fold in 0..<folds {
            var training = Self.intents
            var heldOut: [(Int, String)] = []
            for (position, intent) in Self.intents.enumerated() {
                let examples = intent.examples.enumerated()
                training[position].examples = examples.filter {
                    $0.offset % folds != fold || intent.examples.count == 1
                }.map(\.element)
                heldOut += examples.filter {
                    $0.offset % folds == fold && intent.examples.count > 1
                }.map { (position, $0.element) }
            }
            let classifier = IntentClassifier(intents: training)
            for (position, text) in heldOut {
                total += 1
                if classifier.rank(analyzer.analyze(text), limit: 1).first?.intent == position {
                    right += 1
                }
            }
        }
        return Double(right) / Double(total)
    }

    @Test("accuracy is the share of held-out examples classified right, at any confidence")
    func accuracy() {
        for folds in [2, 5] {
            let calibration = IntentCalibration(intents: Self.intents, folds: folds)
            let expected = self.crossValidatedAccuracy(folds: folds)
            #expect(abs(calibration.accuracy - expected) < 1e-12, "\(folds) folds")
            let right = calibration.outcomes.filter(\.isCorrect).count
            #expect(abs(calibration.accuracy - Double(right) / 14) < 1e-12)
            // Threshold 0 accepts everything.
            let row = calibration.rows(thresholds: [0])[0]
            #expect(abs(row.correct - calibration.accuracy) < 1e-12)
        }
        #expect(self.calibration.accuracy > 0.7)
        // Out-of-scope messages are not counted.
        #expect(self.withOutOfScope.accuracy == self.calibration.accuracy)
    }

    @Test("Each row's right, wrong and rejected shares add up to 1")
    func rowsAddUp() {
        let thresholds = [0] + Self.grid + [1, 1.5]
        for calibration in [self.calibration, self.withOutOfScope] {
            let rows = calibration.rows(thresholds: thresholds)
            #expect(rows.map(\.threshold) == thresholds)
            for row in rows {
                #expect(abs(row.correct + row.wrong + row.rejected - 1) < 1e-12, "\(row)")
            }
            // Raising the threshold only moves answers to rejections.
            for (low, high) in zip(rows, rows.dropFirst()) {
                #expect(high.correct <= low.correct)
                #expect(high.wrong <= low.wrong)
                #expect(high.rejected >= low.rejected)
            }
            #expect(rows.first?.rejected == 0)
            #expect(rows.last?.rejected == 1)
        }
    }

    @Test("A row counts the outcomes at or above its threshold")
    func rowCounts() throws {
        let inScope = self.withOutOfScope.outcomes.filter { !$0.isOutOfScope }
        let outOfScope = self.withOutOfScope.outcomes.filter(\.isOutOfScope)
        let median = try #require(inScope.map(\.confidence).sorted().dropFirst(7).first)
        let row = try #require(self.withOutOfScope.rows(thresholds: [median]).first)
        let accepted = inScope.filter { $0.confidence >= median }
        #expect(row.correct == Double(accepted.filter(\.isCorrect).count) / 14)
        #expect(row.wrong == Double(accepted.filter { !$0.isCorrect }.count) / 14)
        #expect(row.rejected == Double(14 - accepted.count) / 14)
        #expect(accepted.count >= 7)
        let rejected = outOfScope.filter { $0.confidence < median }.count
        #expect(row.outOfScopeRejected == Double(rejected) / 4)
        #expect(self.calibration.rows(thresholds: [median]).first?.outOfScopeRejected == nil)
    }

    @Test("The recommended threshold has the most right answers minus wrong ones")
    func recommended() {
        let recommended = self.calibration.recommendedThreshold
        #expect(Self.grid.contains { abs($0 - recommended) < 1e-9 })
        let rows = self.calibration.rows(thresholds: Self.grid)
        let benefits = rows.map { $0.correct - $0.wrong }
        let best = benefits.max() ?? 0
        let chosen = self.calibration.rows(thresholds: [recommended])[0]
        #expect(abs(chosen.correct - chosen.wrong - best) < 1e-12)
        // The lowest threshold with the most benefit.
        for (row, benefit) in zip(rows, benefits) where row.threshold < recommended - 1e-9 {
            #expect(benefit < best - 1e-12, "\(row.threshold)")
        }
    }

    @Test("With out-of-scope messages their net is averaged in, and the threshold rises or stays")
    func recommendedWithOutOfScope() {
        let recommended = self.withOutOfScope.recommendedThreshold
        let benefit = { (row: IntentCalibration.Row) -> Double in
            let rejected = row.outOfScopeRejected ?? .nan
            return (row.correct - row.wrong + rejected - (1 - rejected)) / 2
        }
        let rows = self.withOutOfScope.rows(thresholds: Self.grid)
        let best = rows.map(benefit).max() ?? 0
        let chosen = self.withOutOfScope.rows(thresholds: [recommended])[0]
        #expect(abs(benefit(chosen) - best) < 1e-12)
        for row in rows where row.threshold < recommended - 1e-9 {
            #expect(benefit(row) < best - 1e-12, "\(row.threshold)")
        }
        // Rejecting out-of-scope messages never falls as the threshold rises, so the first
        // maximum cannot move down.
        #expect(recommended >= self.calibration.recommendedThreshold - 1e-9)
    }

    /// `recommendedThreshold` falls back to 0.45 (the default `thresholds.intent`) when it has
    /// nothing to go on, but that fallback is unreachable: with no outcome every threshold has
    /// benefit 0 and the first of the grid, 0.05, wins.
    @Test(
        "With nothing held out, the recommendation is the default threshold")
    func recommendedWithoutData() {
        let single = IntentCalibration(intents: [intent("human", ["talk to a human"])])
        #expect(single.outcomes.isEmpty)
        #expect(single.recommendedThreshold == Thresholds().intent)
    }

    @Test("The fixture bot: 14 of its 15 examples are held out; its single-example intent never")
    func fixtureBot() throws {
        let bot = try FixtureBot.load()
        let calibration = IntentCalibration(intents: bot.definition.intents)
        // refund 5, hours 3, agent 3, cancel 3; takeover has one example.
        #expect(calibration.outcomes.count == 14)
        let rows = calibration.rows(thresholds: Self.grid)
        #expect(rows.allSatisfy { abs($0.correct + $0.wrong + $0.rejected - 1) < 1e-12 })
        #expect(calibration.accuracy > 0.5)
    }
}
