import ArgumentParser
import SwitchboardCore

extension SwitchboardCommand.Eval {
    /// `switchboard eval kb`: index articles and score queries with a known right article.
    struct KB: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kb",
            abstract:
                "Index articles (JSONL) and score queries (JSONL) with recall, MRR and timings.",
            discussion: """
                Articles are {"id","title","body"} with optional "questions"; queries are \
                {"query","relevant"}. buildSeconds times the index build from parsed articles; \
                query times include analysing the query and selecting the top 10.
                """
        )

        @Option(help: ArgumentHelp("Articles, one JSON object per line.", valueName: "JSONL"))
        var articles: String

        @Option(help: ArgumentHelp("Queries, one JSON object per line.", valueName: "JSONL"))
        var queries: String

        @Flag(help: "Print the figures as one JSON object.")
        var json = false

        @Option(
            help: "Advanced: BM25 k1 (\(OptionRange.text(of: SearchIndex.Options.k1Range))).")
        var k1: Float = SearchIndex.Options().k1

        @Option(help: "Advanced: BM25 b (\(OptionRange.text(of: SearchIndex.Options.bRange))).")
        var b: Float = SearchIndex.Options().b

        @Option(
            help: """
                Advanced: the weight of title words against body words \
                (\(OptionRange.text(of: SearchIndex.Options.fieldWeightRange))).
                """)
        var titleWeight: Float = SearchIndex.Options().titleWeight

        @Option(
            help: """
                Advanced: the weight of alternate-question words against body words \
                (\(OptionRange.text(of: SearchIndex.Options.fieldWeightRange))).
                """)
        var questionWeight: Float = SearchIndex.Options().questionWeight

        @Option(
            help: """
                Advanced: the share of heading similarity (character n-gram cosine) when \
                BM25's best articles are re-ranked \
                (\(OptionRange.text(of: SearchIndex.Options.headingWeightRange))).
                """)
        var headingWeight: Float = SearchIndex.Options().headingWeight

        @Option(
            help: """
                Advanced: the share of word alignment with the headings when BM25's best \
                articles are re-ranked \
                (\(OptionRange.text(of: SearchIndex.Options.alignmentWeightRange)); with \
                --heading-weight at most 1).
                """)
        var alignmentWeight: Float = SearchIndex.Options().alignmentWeight

        @Option(
            help: ArgumentHelp(
                """
                Advanced: the first stage's ranking model: bm25, or cosine (TF-IDF cosine, \
                sublinear term frequency; --k1, --b and --field-scoring then do not apply).
                """,
                valueName: "bm25|cosine"))
        var scoring: String = SearchIndex.Options().scoring.rawValue

        @Option(
            help: ArgumentHelp(
                """
                Advanced: how title, question and body matches make one score: combined \
                (BM25F, one IDF per word) or separate (BM25 per field, each with its own IDF, \
                summed).
                """,
                valueName: "combined|separate"))
        var fieldScoring: String = SearchIndex.Options().fieldScoring.rawValue

        @Flag(help: "Advanced: keep stop words.")
        var keepStopWords = false

        @Flag(
            help: """
                Advanced: leave query words the articles never use as they are, instead of \
                reading each as the known word one typing slip away.
                """)
        var exactWords = false

        func validate() throws {
            try OptionRange.check(self.k1, "--k1", in: SearchIndex.Options.k1Range)
            try OptionRange.check(self.b, "--b", in: SearchIndex.Options.bRange)
            try OptionRange.check(
                self.titleWeight, "--title-weight", in: SearchIndex.Options.fieldWeightRange)
            try OptionRange.check(
                self.questionWeight, "--question-weight", in: SearchIndex.Options.fieldWeightRange)
            try OptionRange.check(
                self.headingWeight, "--heading-weight", in: SearchIndex.Options.headingWeightRange)
            try OptionRange.check(
                self.alignmentWeight, "--alignment-weight",
                in: SearchIndex.Options.alignmentWeightRange)
            if self.headingWeight + self.alignmentWeight > 1 {
                throw ValidationError(
                    "--heading-weight and --alignment-weight must add up to at most 1, not "
                        + "\(self.headingWeight) + \(self.alignmentWeight)")
            }
            if SearchIndex.Scoring(rawValue: self.scoring) == nil {
                let choices = SearchIndex.Scoring.allCases.map(\.rawValue)
                throw ValidationError(
                    "--scoring must be \(choices.joined(separator: " or ")), not \(self.scoring)")
            }
            if SearchIndex.FieldScoring(rawValue: self.fieldScoring) == nil {
                let choices = SearchIndex.FieldScoring.allCases.map(\.rawValue)
                throw ValidationError(
                    "--field-scoring must be \(choices.joined(separator: " or ")), "
                        + "not \(self.fieldScoring)")
            }
        }

        func run() throws {
            let queries: [KBEvaluation.Query]
            do {
                queries = try KBEvaluation.queries(self.queries)
            } catch {
                Console.error("\(error)")
                throw ExitCode.failure
            }
            var options = SearchIndex.Options()
            options.k1 = self.k1
            options.b = self.b
            options.titleWeight = self.titleWeight
            options.questionWeight = self.questionWeight
            options.headingWeight = self.headingWeight
            options.alignmentWeight = self.alignmentWeight
            options.fieldScoring =
                SearchIndex.FieldScoring(rawValue: self.fieldScoring) ?? options.fieldScoring
            options.scoring = SearchIndex.Scoring(rawValue: self.scoring) ?? options.scoring
            options.dropsStopWords = !self.keepStopWords
            options.correctsSpelling = !self.exactWords
            Console.note(
                "indexing \(self.articles), then scoring "
                    + "\(Plural.count(queries.count, "query", plural: "queries"))…")
            let report: KBEvaluation.Report
            do {
                report = try KBEvaluation.run(
                    articlesAt: self.articles, queries: queries, options: options)
            } catch {
                Console.error("\(error)")
                throw ExitCode.failure
            }
            if self.json {
                var writer = JSONWriter()
                writer.beginObject()
                writer.key("queries")
                writer.number(report.queries)
                for (key, value) in [
                    ("recallAt1", report.recallAt1), ("recallAt5", report.recallAt5),
                    ("recallAt10", report.recallAt10), ("mrrAt10", report.mrrAt10),
                    ("buildSeconds", report.buildSeconds), ("queryP50Ms", report.queryP50Ms),
                    ("queryP99Ms", report.queryP99Ms),
                    ("queriesPerSecond", report.queriesPerSecond),
                ] {
                    writer.key(key)
                    writer.number(value)
                }
                writer.key("peakRSSBytes")
                writer.number(report.peakRSSBytes)
                writer.key("indexBytes")
                writer.number(report.indexBytes)
                writer.endObject()
                Console.out(writer.text)
                return
            }
            func figure(_ value: Double) -> String { DecimalText.format(value, places: 3) }
            Console.out("queries            \(report.queries)")
            Console.out("recall@1           \(figure(report.recallAt1))")
            Console.out("recall@5           \(figure(report.recallAt5))")
            Console.out("recall@10          \(figure(report.recallAt10))")
            Console.out("MRR@10             \(figure(report.mrrAt10))")
            Console.out("build seconds      \(figure(report.buildSeconds))")
            Console.out("query p50 ms       \(figure(report.queryP50Ms))")
            Console.out("query p99 ms       \(figure(report.queryP99Ms))")
            Console.out("queries/second     \(Int(report.queriesPerSecond))")
            Console.out("peak RSS MiB       \(figure(Double(report.peakRSSBytes) / 1_048_576))")
            Console.out("index MiB          \(figure(Double(report.indexBytes) / 1_048_576))")
        }
    }
}
