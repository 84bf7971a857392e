import ArgumentParser
import SwitchboardCore

extension SwitchboardCommand {
    /// `switchboard calibrate`: cross-validate a bot's examples and recommend its thresholds.
    struct Calibrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cross-validate a bot's intent examples and recommend thresholds.intent.",
            discussion: """
                Each example is held out once and classified by a matcher trained on the others \
                (rules are not used). The table shows, for each threshold, the share of examples the \
                bot would answer right, answer wrong or reject; with --out-of-scope, also the share \
                of those messages it would reject. Paste the recommendation into the bot's settings.
                """
        )

        @OptionGroup var bot: BotOptions

        @Option(help: "The number of folds.")
        var folds: Int = 5

        @Option(
            help:
                "A text file of messages the bot should not answer, one per line (or a CSV with a text column)."
        )
        var outOfScope: String?

        func validate() throws {
            if self.folds < 2 || self.folds > 20 {
                throw ValidationError("--folds must be from 2 to 20")
            }
        }

        func run() throws {
            let bot = try self.bot.load()
            var messages: [String] = []
            if let path = self.outOfScope {
                do {
                    messages = try Self.messages(in: path)
                } catch {
                    // A file that cannot be used is not a usage error: say where, exit 1.
                    Console.error("\(error)")
                    throw ExitCode.failure
                }
            }
            let calibration = IntentCalibration(
                intents: bot.definition.intents, folds: self.folds, outOfScope: messages,
                language: bot.settings.language)
            let current = bot.settings.thresholds.intent
            let heldOut = calibration.outcomes.filter { !$0.isOutOfScope }.count
            Console.out(
                "\(bot.definition.botID): \(Plural.count(heldOut, "held-out example")), "
                    + "\(Plural.count(self.folds, "fold")); "
                    + "top-1 accuracy \(Self.percent(calibration.accuracy))")
            Console.out(
                "threshold  right    wrong    rejected"
                    + (messages.isEmpty ? "" : "  out-of-scope rejected"))
            let grid = [
                0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, current,
                calibration.recommendedThreshold,
            ]
            for row in calibration.rows(thresholds: Array(Set(grid)).sorted()) {
                var line =
                    "\(DecimalText.format(row.threshold, places: 2))       \(Self.percent(row.correct))  "
                    + "\(Self.percent(row.wrong))  \(Self.percent(row.rejected))"
                if let rejected = row.outOfScopeRejected { line += "    \(Self.percent(rejected))" }
                if row.threshold == current { line += "   (current)" }
                if row.threshold == calibration.recommendedThreshold { line += "   (recommended)" }
                Console.out(line)
            }
            Console.out(
                "recommended: \"thresholds\": { \"intent\": \(DecimalText.format(calibration.recommendedThreshold, places: 2)) }"
            )
            Console.out(
                "(the most right answers minus wrong ones. A rejected message goes on to the knowledge base: "
                    + "if the bot's help articles answer many questions that resemble its intents, a higher "
                    + "threshold keeps those questions for the articles; replay the transcripts to see.)"
            )
        }

        static func percent(_ value: Double) -> String {
            let text = DecimalText.format(value * 100, places: 1) + "%"
            return String(repeating: " ", count: max(0, 6 - text.count)) + text
        }

        /// Messages from a text file (one per line) or a CSV with a `text` column.
        ///
        /// - Throws: ``CSVError`` naming the file (and the line, where there is one).
        static func messages(in path: String) throws(CSVError) -> [String] {
            let bytes: [UInt8]
            do {
                bytes = try FileSystem.read(path)
            } catch {
                throw CSVError(path: path, unreadable: error)
            }
            if path.hasSuffix(".csv") {
                let records = try CSVReader().records(bytes, path: path)
                guard let header = records.first else {
                    throw CSVError(
                        path: path, line: 0,
                        message: "the file is empty; it needs a header with a 'text' column")
                }
                guard let column = header.fields.firstIndex(where: { $0.lowercased() == "text" })
                else {
                    throw CSVError(
                        path: path, line: header.line,
                        message: "the header must name a 'text' column")
                }
                return records.dropFirst().compactMap {
                    column < $0.fields.count ? $0.fields[column] : nil
                }
            }
            return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map { String($0) }
                .filter { !$0.allSatisfy(\.isWhitespace) }
        }
    }
}
