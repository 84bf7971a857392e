import SwitchboardCore
import SwitchboardTesting
import Testing

@Suite struct EvalTests {
    static let train = """
        text,label
        i want a refund,refund
        refund my order,refund
        i need a refund,refund
        what are your opening hours,hours
        when are you open,hours
        opening times,hours
        reset my password,password
        i forgot my password,password
        change my password,password

        """

    static let test = """
        text,label
        refund my order please,refund
        are you open,hours
        "forgot my password, help",password

        """

    static let tune = """
        text,label
        refund please,refund
        opening hours please,hours
        reset password,password
        qqq,oos
        zzz,oos

        """

    /// The keys of `--json`, in any order.
    static let keys: Set<String> = [
        "examples", "accuracy", "inScopeAccuracy", "oosRecall", "oosPrecision", "macroF1",
        "trainSeconds", "utterancesPerSecond", "scoreThreshold", "marginThreshold", "features",
        "passes",
    ]

    /// A folder with the three CSV files.
    private func folder() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write("train.csv", Self.train)
        try directory.write("test.csv", Self.test)
        try directory.write("tune.csv", Self.tune)
        return directory
    }

    /// The one JSON object printed on standard output.
    private func object(_ output: String) throws -> JSONObject {
        #expect(output.hasSuffix("}\n"))
        #expect(output.filter { $0 == "\n" }.count == 1, "one line: \(output)")
        return try #require(try JSONParser().parse(output).value.objectValue)
    }

    private func number(_ object: JSONObject, _ key: String) -> Double? {
        object[key]?.value.numberValue?.double
    }

    @Test(
        "--json prints one object with the figures of the bots' own matcher, and progress on stderr"
    )
    func json() throws {
        let directory = try self.folder()
        defer { directory.remove() }
        let result = try ProcessRunner.switchboard(
            ["eval", "intents", "--train", "train.csv", "--test", "test.csv", "--json"],
            in: directory.path)
        #expect(result.status == 0)
        #expect(result.errors == "training on 9 rows…\nscoring 3 rows…\n")
        let object = try self.object(result.output)
        #expect(Set(object.keys) == Self.keys)
        #expect(object.count == Self.keys.count)
        #expect(object["examples"]?.value.numberValue?.integer == 3)
        #expect(self.number(object, "accuracy") == 1)
        #expect(self.number(object, "inScopeAccuracy") == 1)
        #expect(self.number(object, "macroF1") == 1)
        #expect(self.number(object, "oosRecall") == 0)
        #expect(self.number(object, "oosPrecision") == 0)
        #expect((self.number(object, "utterancesPerSecond") ?? 0) > 0)
        #expect((self.number(object, "trainSeconds") ?? -1) >= 0)
        #expect(object["scoreThreshold"]?.value.isNull == true)
        #expect(object["marginThreshold"]?.value.isNull == true)
        #expect((object["features"]?.value.numberValue?.integer ?? 0) > 0)
        #expect((object["passes"]?.value.numberValue?.integer ?? 0) >= 1)
        // Without advanced options it measures the matcher a bot runs: the engine's defaults.
        let rows = try LabeledText.readRows(directory.path + "/train.csv")
        let model = IntentEvaluation(train: rows, oosLabel: nil).model
        #expect(object["features"]?.value.numberValue?.integer == model.extractor.featureCount)
        #expect(object["passes"]?.value.numberValue?.integer == model.classifier.passes)
    }

    @Test("--tune with --oos-label chooses settings and thresholds; stdout stays one JSON line")
    func tune() throws {
        let directory = try self.folder()
        defer { directory.remove() }
        try directory.write(
            "test-oos.csv", Self.test + "qqq zzz,oos\n\"what, qqq?\",oos\n")
        let result = try ProcessRunner.switchboard(
            [
                "eval", "intents", "--train", "train.csv", "--test", "test-oos.csv", "--tune",
                "tune.csv", "--oos-label", "oos", "--json",
            ], in: directory.path)
        #expect(result.status == 0)
        let progress = result.errors.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(progress.count == 4)
        #expect(progress.first == "training 6 settings on 9 rows, choosing on 5 tuning rows…")
        #expect(progress.dropFirst().first?.hasPrefix("chose word n-grams of ") == true)
        #expect(progress.dropFirst(2).first == "scoring 5 rows…")
        #expect(progress.last == "")
        let object = try self.object(result.output)
        #expect(Set(object.keys) == Self.keys)
        #expect(object["examples"]?.value.numberValue?.integer == 5)
        #expect(self.number(object, "oosRecall") == 1)
        #expect(self.number(object, "oosPrecision") == 1)
        #expect(self.number(object, "inScopeAccuracy") == 1)
        #expect(self.number(object, "accuracy") == 1)
        // A threshold was chosen: at least one of the two is a number.
        let chosen = ["scoreThreshold", "marginThreshold"].filter { self.number(object, $0) != nil }
        #expect(!chosen.isEmpty)
    }

    @Test("Without --json the figures are a table")
    func table() throws {
        let directory = try self.folder()
        defer { directory.remove() }
        let result = try ProcessRunner.switchboard(
            ["eval", "intents", "--train", "train.csv", "--test", "test.csv"], in: directory.path)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "examples              3")
        #expect(lines.dropFirst().first == "accuracy              100.00%")
        #expect(lines.contains("macro F1              100.00%"))
        #expect(!lines.contains { $0.hasPrefix("in-scope accuracy") })
        #expect(lines.contains { $0.hasPrefix("utterances/second     ") })
        #expect(!lines.contains { $0.hasPrefix("thresholds") })
    }

    @Test("A malformed CSV exits 1 with path:line: message")
    func malformedCSV() throws {
        let directory = try self.folder()
        defer { directory.remove() }
        try directory.write("bad.csv", "text,label\nhello,greeting\nab\"c,x\n")
        let result = try ProcessRunner.switchboard(
            ["eval", "intents", "--train", "train.csv", "--test", "bad.csv", "--json"],
            in: directory.path)
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(
            result.errors
                == "error: bad.csv:3: field 1: a quote inside an unquoted field (quote the whole field)\n"
        )
    }

    @Test("A missing label column or a missing file exits 1 naming the file")
    func unreadableFiles() throws {
        let directory = try self.folder()
        defer { directory.remove() }
        try directory.write("nolabel.csv", "text,intent\nhello,greeting\n")
        let noLabel = try ProcessRunner.switchboard(
            ["eval", "intents", "--train", "nolabel.csv", "--test", "test.csv"],
            in: directory.path)
        #expect(noLabel.status == 1)
        #expect(
            noLabel.errors
                == "error: nolabel.csv:1: the header must name the columns 'text' and 'label' "
                + "(found: text,intent)\n")
        let missing = try ProcessRunner.switchboard(
            ["eval", "intents", "--train", "train.csv", "--test", "nothing.csv"],
            in: directory.path)
        #expect(missing.status == 1)
        #expect(missing.errors.hasPrefix("error: nothing.csv: cannot read the file: "))
        #expect(missing.output.isEmpty)
    }

    @Test("Test and tuning labels no training row has are named on standard error, once each")
    func labelsMissingFromTraining() throws {
        let directory = try self.folder()
        defer { directory.remove() }
        try directory.write(
            "other.csv", "text,label\nrefund please,refund\nmy card,cards\nlost card,cards\n")
        let result = try ProcessRunner.switchboard(
            [
                "eval", "intents", "--train", "train.csv", "--test", "other.csv", "--tune",
                "tune.csv", "--oos-label", "oos", "--json",
            ], in: directory.path)
        #expect(result.status == 0)
        let warnings = result.errors.split(separator: "\n").filter { $0.hasPrefix("warning: ") }
        // The tuning file's `oos` rows are the out-of-scope label, not a missing intent.
        #expect(
            warnings == [
                #"warning: other.csv:3: label "cards" is on no row of train.csv (2 rows in all); "#
                    + "the matcher can only get such rows wrong"
            ])
        #expect(try self.object(result.output)["examples"]?.value.numberValue?.double == 3)
    }

    @Test("A file with no rows exits 1 naming the file and its header's line")
    func noRows() throws {
        let directory = try self.folder()
        defer { directory.remove() }
        try directory.write("empty.csv", "text,label\n")
        let message =
            "error: empty.csv:1: no rows after the header; expected at least one text,label row\n"
        for files in [
            ["--train", "train.csv", "--test", "empty.csv"],
            ["--train", "empty.csv", "--test", "test.csv"],
            ["--train", "train.csv", "--test", "test.csv", "--tune", "empty.csv"],
        ] {
            let result = try ProcessRunner.switchboard(
                ["eval", "intents"] + files, in: directory.path)
            #expect(result.status == 1, "\(files)")
            #expect(result.errors == message, "\(files)")
            #expect(result.output.isEmpty, "\(files)")
        }
    }

    @Test(
        "Training knobs out of their range are usage errors naming the option and the range",
        arguments: [
            (["--cost", "1e30"], "--cost must be from 0.001 to 1000, not 1e+30"),
            (["--cost", "0"], "--cost must be from 0.001 to 1000, not 0"),
            (["--cost", "nan"], "--cost must be from 0.001 to 1000, not nan"),
            (
                ["--maximum-passes", "9223372036854775807"],
                "--maximum-passes must be from 1 to 1000, not 9223372036854775807"
            ),
            (["--maximum-passes", "0"], "--maximum-passes must be from 1 to 1000, not 0"),
            (["--tolerance=-1"], "--tolerance must be from 0.0001 to 10, not -1"),
            (["--character-weight", "inf"], "--character-weight must be from 0 to 100, not inf"),
            (
                ["--minimum-document-frequency=-5"],
                "--minimum-document-frequency must be from 1 to 1000, not -5"
            ),
        ])
    func knobsOutOfRange(_ options: [String], _ message: String) throws {
        let directory = try self.folder()
        defer { directory.remove() }
        let result = try ProcessRunner.switchboard(
            ["eval", "intents", "--train", "train.csv", "--test", "test.csv"] + options,
            in: directory.path)
        #expect(result.status == 64)
        #expect(result.errors.contains("Error: \(message)"), "\(result.errors)")
        #expect(result.output.isEmpty)
    }

    @Test(
        "eval kb: a ranking knob out of range is a usage error naming it and its range",
        arguments: [
            (["--k1=-1"], "--k1 must be from 0 to 100, not -1"),
            (["--b", "1.5"], "--b must be from 0 to 1, not 1.5"),
            (["--title-weight", "nan"], "--title-weight must be from 0 to 100, not nan"),
            (["--question-weight", "1e9"], "--question-weight must be from 0 to 100, not 1e+09"),
            (["--heading-weight", "1.5"], "--heading-weight must be from 0 to 1, not 1.5"),
            (["--heading-weight=-0.1"], "--heading-weight must be from 0 to 1, not -0.1"),
            (["--alignment-weight", "2"], "--alignment-weight must be from 0 to 1, not 2"),
            (
                ["--heading-weight", "0.9", "--alignment-weight", "0.2"],
                "--heading-weight and --alignment-weight must add up to at most 1, not 0.9 + 0.2"
            ),
            (
                ["--field-scoring", "bm25f"],
                "--field-scoring must be combined or separate, not bm25f"
            ),
        ])
    func kbKnobsOutOfRange(_ options: [String], _ message: String) throws {
        let result = try ProcessRunner.switchboard(
            ["eval", "kb", "--articles", "articles.jsonl", "--queries", "queries.jsonl"] + options)
        #expect(result.status == 64)
        #expect(result.errors.contains("Error: \(message)"), "\(result.errors)")
        #expect(result.output.isEmpty)
    }

    @Test(
        "eval kb: --field-scoring, --heading-weight and --alignment-weight reach the index",
        arguments: [("combined", 0.0), ("separate", 1.0)])
    func kbFieldScoring(_ scoring: String, _ recallAt1: Double) throws {
        // "password" is in one title and three times in every other body: only per-field IDF
        // puts the title match first (heading and alignment weights 0: BM25's order, not
        // re-ranked by titles).
        let bodies = ["Account", "Billing", "Email", "Profile", "Security"].enumerated().map {
            "{\"id\":\"a\($0.offset)\",\"title\":\"\($0.element)\","
                + "\"body\":\"password password password settings\"}"
        }
        let password = #"{"id":"pw","title":"Password","body":"reset it on the sign in page"}"#
        let articles = ([password] + bodies).joined(separator: "\n") + "\n"
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("articles.jsonl", articles)
        try directory.write("queries.jsonl", "{\"query\":\"password\",\"relevant\":\"pw\"}\n")
        let result = try ProcessRunner.switchboard(
            [
                "eval", "kb", "--articles", "articles.jsonl", "--queries", "queries.jsonl",
                "--json", "--field-scoring", scoring, "--heading-weight", "0",
                "--alignment-weight", "0",
            ], in: directory.path)
        #expect(result.status == 0, "\(result.errors)")
        let object = try self.object(result.output)
        #expect(object["recallAt1"]?.value.numberValue?.double == recallAt1)
    }

    @Test("eval kb --scoring cosine ranks by TF-IDF cosine; another value is a usage error")
    func kbScoring() throws {
        // "password" is once in a short body and once in a long one: BM25 and cosine both put
        // the short one first, and the option must reach the index for either to run.
        let articles = """
            {"id":"short","title":"Sign in","body":"password help"}
            {"id":"long","title":"Billing","body":"password invoices receipts refunds coins plans"}

            """
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("articles.jsonl", articles)
        try directory.write("queries.jsonl", "{\"query\":\"password\",\"relevant\":\"short\"}\n")
        let base = [
            "eval", "kb", "--articles", "articles.jsonl", "--queries", "queries.jsonl", "--json",
        ]
        let cosine = try ProcessRunner.switchboard(
            base + ["--scoring", "cosine"], in: directory.path)
        #expect(cosine.status == 0, "\(cosine.errors)")
        #expect(try self.object(cosine.output)["recallAt1"]?.value.numberValue?.double == 1)
        let wrong = try ProcessRunner.switchboard(
            base + ["--scoring", "tfidf"], in: directory.path)
        #expect(wrong.status == 64)
        #expect(wrong.errors.contains("--scoring must be bm25 or cosine, not tfidf"))
    }

    /// The keys of `eval kb --json`, in any order.
    static let kbKeys: Set<String> = [
        "queries", "recallAt1", "recallAt5", "recallAt10", "mrrAt10", "buildSeconds",
        "queryP50Ms", "queryP99Ms", "queriesPerSecond", "peakRSSBytes", "indexBytes",
    ]

    @Test("eval kb --json prints one object with the figures; progress goes to standard error")
    func kbJSON() throws {
        let articles = """
            {"id":"pw","title":"Reset your password","body":"Tap Forgot password on the sign in page."}
            {"id":"refund","title":"Refund policy","body":"Coins can be refunded within 14 days."}

            """
        let queries = """
            {"query":"I forgot my password","relevant":"pw"}
            {"query":"can I get my money back for coins","relevant":"refund"}

            """
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("articles.jsonl", articles)
        try directory.write("queries.jsonl", queries)
        let result = try ProcessRunner.switchboard(
            ["eval", "kb", "--articles", "articles.jsonl", "--queries", "queries.jsonl", "--json"],
            in: directory.path)
        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.errors.isEmpty)
        let object = try self.object(result.output)
        #expect(Set(object.keys) == Self.kbKeys)
        #expect(object.count == Self.kbKeys.count)
        #expect(object["queries"]?.value.numberValue?.integer == 2)
        #expect(self.number(object, "recallAt1") == 1)
        #expect(self.number(object, "mrrAt10") == 1)
        #expect((self.number(object, "peakRSSBytes") ?? 0) > 0)
    }

    @Test("--help gives each training knob's range")
    func helpGivesTheRanges() throws {
        let result = try ProcessRunner.switchboard(["eval", "intents", "--help"])
        #expect(result.status == 0)
        let help = result.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for range in [
            "C (0.001 to 1000)", "passes (1 to 1000)", "exceeds this (0.0001 to 10)",
            "word block (0 to 100)", "fewer training rows than this (1 to 1000)",
        ] {
            #expect(help.contains(range), "\(range)")
        }
    }

    @Test("Invalid n-gram ranges are usage errors")
    func invalidRange() throws {
        let directory = try self.folder()
        defer { directory.remove() }
        let result = try ProcessRunner.switchboard(
            [
                "eval", "intents", "--train", "train.csv", "--test", "test.csv",
                "--word-n-grams", "3-1",
            ], in: directory.path)
        #expect(result.status == 64)
        #expect(
            result.errors.contains("--word-n-grams takes LOW-HIGH between 1 and 8, or 0, not '3-1'")
        )
        #expect(result.output.isEmpty)
    }
}
