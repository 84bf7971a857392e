import ArgumentParser
import SwitchboardCore

extension SwitchboardCommand {
    /// `switchboard eval`: measure matching and retrieval on labelled data.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure intent matching or knowledge-base retrieval on labelled data.",
            subcommands: [Intents.self, KB.self]
        )
    }
}

extension SwitchboardCommand.Eval {
    /// `switchboard eval intents`: train on one CSV, tune on another, score a third.
    struct Intents: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build an intent matcher from a CSV (text,label) and score a test CSV.",
            discussion: """
                Out-of-scope thresholds are chosen on --tune only (the mean of in-scope accuracy and \
                out-of-scope recall is maximised there); without --tune, only a trained out-of-scope \
                class predicts it. utterancesPerSecond classifies one utterance at a time.
                """
        )

        @Option(
            help: ArgumentHelp("Training rows (CSV with a text,label header).", valueName: "CSV"))
        var train: String

        @Option(help: ArgumentHelp("Rows to score.", valueName: "CSV"))
        var test: String

        @Option(
            help: ArgumentHelp(
                "Rows to choose thresholds on (never the test rows).", valueName: "CSV"))
        var tune: String?

        @Option(help: ArgumentHelp("The label of out-of-scope rows.", valueName: "LABEL"))
        var oosLabel: String?

        @Flag(help: "Print the figures as one JSON object.")
        var json = false

        @Option(
            help:
                "Advanced: the SVM's C (\(OptionRange.text(of: LinearClassifier.Options.costRange)))."
        )
        var cost: Float = LinearClassifier.Options().cost

        @Option(
            help: "Advanced: what word n-grams are made of without --tune: stems, words or both.")
        var wordForm: String = FeatureExtractor.Options().wordForm.rawValue

        // The defaults are the bots' own (FeatureExtractor.Options()), so that the figures
        // measure the matcher a bot runs.
        @Option(help: "Advanced: word n-gram lengths, like 1-2 (0 for none).")
        var wordNGrams: String = Self.text(of: FeatureExtractor.Options().wordNGrams)

        @Option(help: "Advanced: character n-gram lengths inside words, like 2-4 (0 for none).")
        var characterNGrams: String = Self.text(of: FeatureExtractor.Options().characterNGrams)

        @Option(
            help: """
                Advanced: the weight of the character block against the word block \
                (\(OptionRange.text(of: FeatureExtractor.Options.characterWeightRange))).
                """)
        var characterWeight: Float = FeatureExtractor.Options().characterWeight

        @Option(
            help: """
                Advanced: the most training passes \
                (\(OptionRange.text(of: LinearClassifier.Options.maximumPassesRange))).
                """)
        var maximumPasses: Int = LinearClassifier.Options().maximumPasses

        @Option(
            help: """
                Advanced: stop training when no projected gradient exceeds this \
                (\(OptionRange.text(of: LinearClassifier.Options.toleranceRange))).
                """)
        var tolerance: Float = LinearClassifier.Options().tolerance

        @Option(
            help: """
                Advanced: drop features seen in fewer training rows than this \
                (\(OptionRange.text(of: IntentModel.Options.minimumDocumentFrequencyRange))).
                """)
        var minimumDocumentFrequency: Int = IntentModel.Options().minimumDocumentFrequency

        func validate() throws {
            _ = try Self.range(self.wordNGrams, "--word-n-grams")
            _ = try Self.range(self.characterNGrams, "--character-n-grams")
            // Training takes up to --maximum-passes passes over every row and class: values no
            // one needs (--cost 1e30 --maximum-passes 9223372036854775807) would run for ever.
            try OptionRange.check(self.cost, "--cost", in: LinearClassifier.Options.costRange)
            try OptionRange.check(
                self.characterWeight, "--character-weight",
                in: FeatureExtractor.Options.characterWeightRange)
            try OptionRange.check(
                self.maximumPasses, "--maximum-passes",
                in: LinearClassifier.Options.maximumPassesRange)
            try OptionRange.check(
                self.tolerance, "--tolerance", in: LinearClassifier.Options.toleranceRange)
            try OptionRange.check(
                self.minimumDocumentFrequency, "--minimum-document-frequency",
                in: IntentModel.Options.minimumDocumentFrequencyRange)
            if FeatureExtractor.Options.WordForm(rawValue: self.wordForm) == nil {
                throw ValidationError("--word-form is stems, words or both, not '\(self.wordForm)'")
            }
        }

        /// An n-gram range as the options write it: `LOW-HIGH`, or `0` for none.
        static func text(of range: ClosedRange<Int>?) -> String {
            range.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "0"
        }

        static func range(_ text: String, _ name: String) throws -> ClosedRange<Int>? {
            if text == "0" { return nil }
            let parts = text.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2 || parts.count == 1, let low = parts.first,
                let high = parts.last, low >= 1,
                high >= low, high <= 8
            else {
                throw ValidationError("\(name) takes LOW-HIGH between 1 and 8, or 0, not '\(text)'")
            }
            return low...high
        }

        func run() throws {
            let train: [LabeledText]
            let test: [LabeledText]
            let tune: [LabeledText]?
            do {
                train = try LabeledText.readRows(self.train)
                test = try LabeledText.readRows(self.test)
                tune = try self.tune.map { try LabeledText.readRows($0) }
            } catch let error as CSVError {
                Console.error("\(error)")
                throw ExitCode.failure
            }
            for (path, rows) in [(self.test, test), (self.tune, tune)] {
                guard let path, let rows else { continue }
                for unknown in LabeledText.unknownLabels(
                    in: rows, knowing: train, except: self.oosLabel)
                {
                    Console.warning(
                        "\(path):\(unknown.line): label \"\(unknown.label)\" is on no "
                            + "row of \(self.train) (\(Plural.count(unknown.count, "row")) in all); "
                            + "the matcher can only get such rows wrong")
                }
            }
            var options = IntentModel.Options()
            options.features.wordNGrams = try Self.range(self.wordNGrams, "--word-n-grams")
            options.features.characterNGrams = try Self.range(
                self.characterNGrams, "--character-n-grams")
            options.features.characterWeight = self.characterWeight
            options.features.wordForm =
                FeatureExtractor.Options.WordForm(rawValue: self.wordForm) ?? .stems
            options.classifier.cost = self.cost
            options.classifier.maximumPasses = self.maximumPasses
            options.classifier.tolerance = self.tolerance
            options.minimumDocumentFrequency = self.minimumDocumentFrequency
            let evaluation: IntentEvaluation
            let thresholds: IntentEvaluation.Thresholds
            if let tune {
                let candidates = IntentEvaluation.candidates(from: options)
                Console.note(
                    "training \(Plural.count(candidates.count, "setting")) on "
                        + "\(Plural.count(train.count, "row")), choosing on "
                        + "\(Plural.count(tune.count, "tuning row"))…")
                let selected = IntentEvaluation.select(
                    train: train, tune: tune, oosLabel: self.oosLabel, candidates: candidates)
                (evaluation, thresholds) = (selected.evaluation, selected.thresholds)
                Console.note(
                    "chose word n-grams of \(selected.options.features.wordForm.rawValue), "
                        + "C \(DecimalText.format(Double(selected.options.classifier.cost), places: 2))"
                )
            } else {
                Console.note("training on \(Plural.count(train.count, "row"))…")
                evaluation = IntentEvaluation(
                    train: train, oosLabel: self.oosLabel, options: options)
                thresholds = .none
            }
            Console.note("scoring \(Plural.count(test.count, "row"))…")
            let report = evaluation.run(test: test, thresholds: thresholds)
            self.print(report)
        }

        private func print(_ report: IntentEvaluation.Report) {
            if self.json {
                var writer = JSONWriter()
                writer.beginObject()
                for (key, value) in [
                    ("accuracy", report.accuracy), ("inScopeAccuracy", report.inScopeAccuracy),
                    ("oosRecall", report.oosRecall), ("oosPrecision", report.oosPrecision),
                    ("macroF1", report.macroF1), ("trainSeconds", report.trainSeconds),
                    ("utterancesPerSecond", report.utterancesPerSecond),
                ] {
                    writer.key(key)
                    writer.number(value)
                }
                writer.key("examples")
                writer.number(report.examples)
                writer.key("scoreThreshold")
                if let value = report.scoreThreshold { writer.number(value) } else { writer.null() }
                writer.key("marginThreshold")
                if let value = report.marginThreshold {
                    writer.number(value)
                } else {
                    writer.null()
                }
                writer.key("features")
                writer.number(report.features)
                writer.key("passes")
                writer.number(report.passes)
                writer.endObject()
                Console.out(writer.text)
                return
            }
            func percent(_ value: Double) -> String {
                DecimalText.format(value * 100, places: 2) + "%"
            }
            Console.out("examples              \(report.examples)")
            Console.out("accuracy              \(percent(report.accuracy))")
            if self.oosLabel != nil {
                Console.out("in-scope accuracy     \(percent(report.inScopeAccuracy))")
                Console.out("out-of-scope recall   \(percent(report.oosRecall))")
                Console.out("out-of-scope precision \(percent(report.oosPrecision))")
            }
            Console.out("macro F1              \(percent(report.macroF1))")
            Console.out(
                "train seconds         \(DecimalText.format(report.trainSeconds, places: 3))")
            Console.out("utterances/second     \(Int(report.utterancesPerSecond))")
            Console.out(
                "features              \(report.features) "
                    + "(\(Plural.count(report.passes, "training pass", plural: "training passes")))"
            )
            if let score = report.scoreThreshold, let margin = report.marginThreshold {
                Console.out(
                    "thresholds            score \(DecimalText.format(score)), margin \(DecimalText.format(margin))"
                )
            }
        }
    }
}
