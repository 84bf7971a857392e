import ArgumentParser
import SwitchboardCore

extension SwitchboardCommand {
    /// `switchboard kb`: the knowledge base.
    struct KB: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kb",
            abstract: "Work with a bot's knowledge base.",
            subcommands: [Search.self]
        )
    }
}

extension SwitchboardCommand.KB {
    /// `switchboard kb search QUERY`: ranked articles with scores and snippets.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search the knowledge base: ranked article ids, titles, scores and snippets."
        )

        @OptionGroup var bot: BotOptions

        @Option(help: "How many articles to list.")
        var limit: Int = 5

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @Argument(help: "The question, as a user would ask it.")
        var query: [String]

        func validate() throws {
            if self.query.isEmpty {
                throw ValidationError("Give a query, such as: kb search how do I reset my password")
            }
            if self.limit < 1 { throw ValidationError("--limit must be at least 1") }
        }

        func run() throws {
            let bot = try self.bot.load()
            let query = self.query.joined(separator: " ")
            let kb = bot.knowledgeBase
            let hits = kb.search(query, limit: self.limit)
            if self.json {
                var writer = JSONWriter()
                writer.beginObject()
                writer.key("query")
                writer.string(query)
                writer.key("threshold")
                writer.number(bot.settings.thresholds.kb)
                writer.key("coverageThreshold")
                writer.number(bot.settings.thresholds.kbCoverage)
                writer.key("results")
                writer.beginArray()
                for hit in hits {
                    let article = kb.articles[hit.article]
                    writer.beginObject()
                    writer.key("id")
                    writer.string(article.id)
                    writer.key("title")
                    writer.string(article.title)
                    writer.key("score")
                    writer.number(hit.score)
                    writer.key("coverage")
                    writer.number(kb.coverage(of: query, by: hit.article))
                    writer.key("snippet")
                    writer.string(kb.snippet(for: hit.article, query: query))
                    writer.endObject()
                }
                writer.endArray()
                writer.endObject()
                Console.out(writer.text)
                return
            }
            guard !hits.isEmpty else {
                Console.out("No article matches.")
                return
            }
            let least = bot.settings.thresholds.kbCoverage
            for (rank, hit) in hits.enumerated() {
                let article = kb.articles[hit.article]
                let coverage = kb.coverage(of: query, by: hit.article)
                let mark =
                    coverage >= least
                    ? ""
                    : "  (has \(DecimalText.percent(coverage)) of the query's words, below kbCoverage "
                        + "\(DecimalText.percent(least)))"
                Console.out(
                    "\(rank + 1). \(article.id)  \(DecimalText.format(hit.score))  \(article.title)"
                        + mark)
                Console.out("   " + kb.snippet(for: hit.article, query: query))
            }
        }
    }
}
