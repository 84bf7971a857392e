import SwitchboardCore
import SwitchboardTesting
import Testing

/// End-to-end tests of `switchboard kb search QUERY`: ranked articles with scores and snippets.
@Suite struct KBTests {
    static let query = ["how", "do", "I", "reset", "my", "password"]

    @Test func searchListsRankedArticlesWithScoresAndSnippets() throws {
        let result = try ProcessRunner.switchboard(
            ["kb", "search", "--bot", ProjectPaths.exampleBot, "--limit", "3"] + Self.query)
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        // Per article: "RANK. ID  SCORE  TITLE", then its snippet, indented, query words in **.
        #expect(lines.count == 7, "\(result.output)")
        for rank in 1...3 {
            let heading = lines[2 * (rank - 1)].split(
                separator: " ", omittingEmptySubsequences: true)
            #expect(heading.first == "\(rank).", "\(result.output)")
            #expect(heading.count >= 4 && Double(heading[2]) != nil, "\(result.output)")
            let snippet = lines[2 * (rank - 1) + 1]
            #expect(snippet.hasPrefix("   ") && snippet.contains("**"), "\(result.output)")
        }
        #expect(lines[0].hasPrefix("1. reset-email-not-arriving "))
    }

    @Test func searchJSONHasTheQueryTheThresholdAndEachArticle() throws {
        let result = try ProcessRunner.switchboard(
            ["kb", "search", "--bot", ProjectPaths.exampleBot, "--json", "--limit", "2"]
                + Self.query)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.filter { $0 == "\n" }.count == 1, "one line: \(result.output)")
        let object = try #require(try JSONParser().parse(result.output).value.objectValue)
        #expect(object.keys == ["query", "threshold", "coverageThreshold", "results"])
        #expect(object["query"]?.value.stringValue == Self.query.joined(separator: " "))
        let results = try #require(object["results"]?.value.arrayValue)
        #expect(results.count == 2)
        for node in results {
            let hit = try #require(node.value.objectValue)
            #expect(hit.keys == ["id", "title", "score", "coverage", "snippet"])
            let score = try #require(hit["score"]?.value.numberValue?.double)
            #expect(score > 0 && score <= 1)
            let coverage = try #require(hit["coverage"]?.value.numberValue?.double)
            #expect(coverage > 0 && coverage <= 1)
        }
        #expect(
            results.first?.value.objectValue?["id"]?.value.stringValue
                == "reset-email-not-arriving")
    }

    @Test func anArticleWithTooFewOfTheQuerysWordsIsMarked() throws {
        let result = try ProcessRunner.switchboard(
            ["kb", "search", "--bot", ProjectPaths.exampleBot, "--limit", "1", "pizza", "account"])
        #expect(result.status == 0, "\(result.errors)")
        let heading = try #require(result.output.split(separator: "\n").first)
        #expect(
            heading.hasSuffix("  (has 6% of the query's words, below kbCoverage 30%)"),
            "\(result.output)")
    }

    @Test func aQueryNoArticleMatchesSaysSo() throws {
        let result = try ProcessRunner.switchboard(
            ["kb", "search", "--bot", ProjectPaths.exampleBot, "zzzqqq"])
        #expect(result.status == 0)
        #expect(result.output == "No article matches.\n")
    }
}
