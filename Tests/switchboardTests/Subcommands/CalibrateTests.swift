import SwitchboardCore
import SwitchboardTesting
import Testing

@Suite struct CalibrateTests {
    /// One row of the table: the threshold, its percentages and its marks.
    struct Row {
        var threshold: Double
        var percentages: [Double]
        var isCurrent: Bool
        var isRecommended: Bool
    }

    /// The table rows of `calibrate`'s output (the lines after the header, before the
    /// recommendation).
    private func rows(_ lines: [String]) throws -> [Row] {
        var rows: [Row] = []
        for line in lines.dropFirst(2) {
            if line.hasPrefix("recommended:") { break }
            let words = line.split(separator: " ")
            let threshold = try #require(words.first.flatMap { Double($0) }, "\(line)")
            let percentages = try words.filter { $0.hasSuffix("%") }.map {
                try #require(Double($0.dropLast()), "\(line)")
            }
            rows.append(
                Row(
                    threshold: threshold, percentages: percentages,
                    isCurrent: line.contains("(current)"),
                    isRecommended: line.contains("(recommended)")))
        }
        return rows
    }

    /// The threshold in `recommended: "thresholds": { "intent": 0.45 }`.
    private func recommendation(_ lines: [String]) throws -> Double {
        let line = try #require(lines.first { $0.hasPrefix("recommended: ") })
        let prefix = #"recommended: "thresholds": { "intent": "#
        #expect(line.hasPrefix(prefix))
        #expect(line.hasSuffix(" }"))
        return try #require(Double(line.dropFirst(prefix.count).dropLast(2)))
    }

    @Test("The example bot: a table of thresholds and a recommendation")
    func exampleBot() throws {
        let result = try ProcessRunner.switchboard(
            ["calibrate", "--bot", ProjectPaths.exampleBot])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        let lines = result.output.split(separator: "\n").map(String.init)
        // Every example of an intent with two or more is held out once.
        let bot = try Bot.load(from: ProjectPaths.exampleBot).bot
        let heldOut = bot.definition.intents.filter { $0.examples.count > 1 }.reduce(0) {
            $0 + $1.examples.count
        }
        #expect(
            lines.first?.hasPrefix(
                "\(bot.definition.botID): \(heldOut) held-out examples, 5 folds; top-1 accuracy "
            ) == true)
        #expect(lines.dropFirst().first == "threshold  right    wrong    rejected")
        let rows = try self.rows(lines)
        #expect(rows.count >= 10)
        #expect(rows.map(\.threshold) == rows.map(\.threshold).sorted())
        for row in rows {
            #expect(row.percentages.count == 3, "\(row.threshold)")
            // Rounded to 0.1% each.
            #expect(abs(row.percentages.reduce(0, +) - 100) <= 0.15, "\(row.threshold)")
        }
        let recommended = try self.recommendation(lines)
        #expect(rows.filter(\.isRecommended).map(\.threshold) == [recommended])
        #expect(rows.filter(\.isCurrent).map(\.threshold) == [bot.settings.thresholds.intent])
        #expect(recommended >= 0.05 && recommended <= 0.95)
    }

    @Test("--out-of-scope adds the share of those messages rejected")
    func outOfScopeText() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(
            "oos.txt", "what is the weather like\n\n   \ntell me a joke\nwho won the game\n")
        let result = try ProcessRunner.switchboard([
            "calibrate", "--bot", ProjectPaths.exampleBot, "--out-of-scope",
            directory.url("oos.txt"),
        ])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(
            lines.dropFirst().first
                == "threshold  right    wrong    rejected  out-of-scope rejected")
        let rows = try self.rows(lines)
        #expect(rows.count >= 10)
        for row in rows {
            #expect(row.percentages.count == 4, "\(row.threshold)")
            #expect(abs(row.percentages.prefix(3).reduce(0, +) - 100) <= 0.15)
            #expect(row.percentages[3] >= 0 && row.percentages[3] <= 100)
        }
        // Rejections rise with the threshold.
        let rejected = rows.map { $0.percentages[3] }
        #expect(rejected == rejected.sorted())
        _ = try self.recommendation(lines)
    }

    @Test("--out-of-scope reads a CSV with text and label columns")
    func outOfScopeLabelledCSV() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bot = try FixtureBot.write(into: directory)
        try directory.write(
            "oos.csv", "text,label\nwhat is the weather like,oos\ntell me a joke,oos\n")
        let result = try ProcessRunner.switchboard([
            "calibrate", "--bot", bot, "--folds", "3", "--out-of-scope", directory.url("oos.csv"),
        ])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("bot: 14 held-out examples, 3 folds; ") == true)
        #expect(lines.dropFirst().first?.hasSuffix("  out-of-scope rejected") == true)
        #expect(try self.rows(lines).allSatisfy { $0.percentages.count == 4 })
    }

    @Test(
        "--out-of-scope reads a CSV with only a text column, as its help says")
    func outOfScopeTextOnlyCSV() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bot = try FixtureBot.write(into: directory)
        try directory.write("oos.csv", "text\nwhat is the weather like\ntell me a joke\n")
        let result = try ProcessRunner.switchboard([
            "calibrate", "--bot", bot, "--out-of-scope", directory.url("oos.csv"),
        ])
        #expect(result.status == 0)
        // The fixture bot's one warning is all there is on standard error.
        #expect(!result.errors.lowercased().contains("error"))
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.dropFirst().first?.hasSuffix("  out-of-scope rejected") == true)
    }

    @Test("An --out-of-scope file that cannot be used exits 1, naming the file and line")
    func outOfScopeFileProblems() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bot = try FixtureBot.write(into: directory)
        try directory.write("labels.csv", "label,intent\noos,weather\n")
        try directory.write("empty.csv", "")
        try directory.write("quote.csv", "text\nfine\n\"open\n")
        let cases = [
            ("labels.csv", "labels.csv:1: the header must name a 'text' column"),
            ("empty.csv", "empty.csv: the file is empty; it needs a header with a 'text' column"),
            ("quote.csv", "quote.csv:3: "),
            ("missing.txt", "missing.txt: cannot read the file: No such file or directory"),
        ]
        for (file, message) in cases {
            let result = try ProcessRunner.switchboard([
                "calibrate", "--bot", bot, "--out-of-scope", directory.url(file),
            ])
            #expect(result.status == 1, "\(file)")
            #expect(result.output.isEmpty, "\(file)")
            #expect(result.errors.contains("error: \(directory.url(message))"), "\(file)")
            // A file problem is not a usage problem: no usage text.
            #expect(!result.errors.contains("Usage:"), "\(file)")
        }
    }

    @Test("--folds must be from 2 to 20")
    func folds() throws {
        for folds in ["1", "21"] {
            let result = try ProcessRunner.switchboard([
                "calibrate", "--bot", ProjectPaths.exampleBot, "--folds", folds,
            ])
            #expect(result.status == 64)
            #expect(result.errors.contains("--folds must be from 2 to 20"))
            #expect(result.output.isEmpty)
        }
    }
}
