import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct KBEvaluationTests {
    static let articles = """
        {"id": "refunds", "title": "How to get a refund", "body": "Ask for your money back within 14 days of purchase."}
        {"id": "password", "title": "Reset your password", "body": "Use the forgotten password link on the sign-in page."}
        {"id": "payouts", "title": "When creators are paid", "body": "Creator payouts arrive on the first of each month."}

        """

    /// Runs the evaluation on files with these contents, in a fresh folder.
    private func run(articles: String, queries: String) throws(CSVError) -> KBEvaluation.Report {
        let directory: TemporaryDirectory
        do {
            directory = try TemporaryDirectory()
            try directory.write("articles.jsonl", articles)
            try directory.write("queries.jsonl", queries)
        } catch {
            throw CSVError(path: "", line: 0, message: "setup failed: \(error)")
        }
        defer { directory.remove() }
        do {
            let parsed = try KBEvaluation.queries(directory.url("queries.jsonl"))
            return try KBEvaluation.run(
                articlesAt: directory.url("articles.jsonl"), queries: parsed)
        } catch {
            throw CSVError(
                path: String(error.path.split(separator: "/").last ?? ""), line: error.line,
                message: error.message)
        }
    }

    @Test func recallAndReciprocalRankCountWhereTheRightArticleRanks() throws {
        let report = try self.run(
            articles: Self.articles,
            queries: """
                {"query": "i want my money back", "relevant": "refunds"}
                {"query": "forgot my password", "relevant": "password"}
                {"query": "no word of it is in any article", "relevant": "payouts"}

                """)
        #expect(report.queries == 3)
        #expect(report.recallAt1 == 2.0 / 3)
        #expect(report.recallAt10 == 2.0 / 3)
        #expect(report.mrrAt10 == 2.0 / 3)
    }

    @Test(arguments: [
        ("", "queries.jsonl", 1, #"no queries; expected JSON lines of {"query","relevant"}"#),
        ("{\"query\": \"hi\"}\n", "queries.jsonl", 1, #"missing "relevant""#),
        (
            "\n{\"query\": 5, \"relevant\": \"refunds\"}\n", "queries.jsonl", 2,
            #""query" must be a string, found number"#
        ),
    ])
    func badQueryFilesNameTheFileAndLine(
        queries: String, file: String, line: Int, message: String
    ) {
        #expect {
            _ = try self.run(articles: Self.articles, queries: queries)
        } throws: { error in
            let error = error as? CSVError
            return error?.path == file && error?.line == line && error?.message == message
        }
    }

    @Test(arguments: [
        (#"{"title": "t", "body": "b"}"#, #"missing "id""#),
        (#"{"id": "", "title": "t", "body": "b"}"#, #""id" is empty"#),
        (#"{"id": "x", "title": ["t"], "body": "b"}"#, #""title" must be a string, found array"#),
        (#"{"id": "x", "title": "t", "body": null}"#, #""body" must be a string, found null"#),
        (
            #"{"id": "x", "title": "t", "body": "b", "questions": "q"}"#,
            #""questions" must be a list of strings, found string"#
        ),
        (
            #"{"id": "x", "title": "t", "body": "b", "questions": ["q", 2]}"#,
            #""questions"[1] must be a string, found number"#
        ),
    ])
    func badArticleLinesNameTheLineAndField(article: String, message: String) {
        #expect {
            _ = try self.run(
                articles: Self.articles + article + "\n",
                queries: #"{"query": "refund", "relevant": "refunds"}"# + "\n")
        } throws: { error in
            let error = error as? CSVError
            return error?.path == "articles.jsonl" && error?.line == 4 && error?.message == message
        }
    }

    @Test func aLineThatIsNotJSONNamesTheColumn() {
        // Found by fuzzing: "articles.jsonl:4: unterminated string" left a reader to search a
        // line of kilobytes for the spot.
        #expect {
            _ = try self.run(
                articles: Self.articles + #"{"id": "x", "title": "t", "body": "b}"# + "\n",
                queries: #"{"query": "refund", "relevant": "refunds"}"# + "\n")
        } throws: { error in
            let error = error as? CSVError
            return error?.path == "articles.jsonl" && error?.line == 4
                && error?.message == "unterminated string (column 35)"
        }
    }

    @Test func alternateQuestionsAreIndexed() throws {
        let report = try self.run(
            articles:
                #"{"id": "a", "title": "Payouts", "body": "Monthly.", "questions": ["where is my creator money"]}"#
                + "\n" + Self.articles,
            queries: #"{"query": "creator money", "relevant": "a"}"# + "\n")
        #expect(report.recallAt1 == 1)
    }

    @Test func anEmptyArticlesFileIsAnErrorNotAllZeroFigures() {
        #expect {
            _ = try self.run(
                articles: "", queries: #"{"query": "refund", "relevant": "refunds"}"# + "\n")
        } throws: { error in
            let error = error as? CSVError
            return error?.path == "articles.jsonl" && error?.line == 1
                && error?.message == #"no articles; expected JSON lines of {"id","title","body"}"#
        }
    }

    @Test func aRepeatedArticleIdIsAnErrorNamingBothLines() {
        #expect {
            _ = try self.run(
                articles: Self.articles + #"{"id": "password", "title": "t", "body": "b"}"# + "\n",
                queries: #"{"query": "refund", "relevant": "refunds"}"# + "\n")
        } throws: { error in
            let error = error as? CSVError
            return error?.path == "articles.jsonl" && error?.line == 4
                && error?.message
                    == #""id" "password" is also the id of line 2; ids must be unique"#
        }
    }

    @Test func aQueryNamingNoArticleIsAnErrorNotAMiss() {
        #expect {
            _ = try self.run(
                articles: Self.articles,
                queries: """
                    {"query": "refund", "relevant": "refunds"}

                    {"query": "payout day", "relevant": "payout"}

                    """)
        } throws: { error in
            let error = error as? CSVError
            return error?.path.hasSuffix("queries.jsonl") == true && error?.line == 3
                && error?.message.hasPrefix(#""relevant" is "payout", the id of no article in "#)
                    == true
        }
    }
}
