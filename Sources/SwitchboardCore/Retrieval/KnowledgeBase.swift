/// The help-center articles of a bot, indexed for retrieval: BM25F over title, alternate
/// questions and body, with the best candidates re-ranked by how closely the query resembles
/// their title or one of their questions (see ``SearchIndex``).
///
/// ```swift
/// let kb = KnowledgeBase(articles: definition.articles)
/// for hit in kb.search("how do I reset my password", limit: 3) {
///     print(kb.articles[hit.article].title, hit.score)
/// }
/// ```
public struct KnowledgeBase: Sendable {
    /// An article that matches a query.
    public struct Hit: Sendable, Equatable {
        /// The article's position in ``articles``.
        public var article: Int
        /// How well it matches, 0 to 1 (``SearchIndex/Hit/relativeScore``): what
        /// `thresholds.kb` is compared with.
        public var score: Double
    }

    /// The articles, in the order they were given.
    public let articles: [KBArticle]
    let analyzer: TextAnalyzer
    /// The index.
    public let index: SearchIndex
    /// Each article's ``KBArticle/summary``, worked out once.
    private let summaries: [String]

    /// Indexes articles.
    public init(
        articles: [KBArticle], analyzer: TextAnalyzer = TextAnalyzer(),
        options: SearchIndex.Options = SearchIndex.Options()
    ) {
        self.articles = articles
        self.analyzer = analyzer
        var builder = SearchIndex.Builder(options: options, language: analyzer.language)
        for article in articles {
            builder.add(title: article.title, questions: article.questions, body: article.body)
        }
        self.index = builder.build()
        self.summaries = articles.map(\.summary)
    }

    /// The summary of the article at a position in ``articles``: its first paragraph as
    /// plain text.
    public func summary(of article: Int) -> String {
        self.summaries[article]
    }

    /// The number of articles.
    public var count: Int { self.articles.count }

    /// Articles by how well they answer a query, best first (ties by article order).
    public func search(_ query: String, limit: Int = 5) -> [Hit] {
        self.index.search(query, limit: limit).map {
            Hit(article: $0.document, score: Double($0.relativeScore))
        }
    }

    /// Articles by how well they answer an analysed query, best first.
    public func search(_ query: AnalyzedText, limit: Int = 5) -> [Hit] {
        self.search(query.original, limit: limit)
    }

    /// How much of a query an article speaks to: the IDF-weighted share of the query's
    /// informative words it has, 0 to 1 (see ``SearchIndex/coverage(of:by:)``); what
    /// `thresholds.kbCoverage` is compared with.
    public func coverage(of query: AnalyzedText, by article: Int) -> Double {
        Double(self.index.coverage(of: query.original, by: article))
    }

    /// How much of a query, given as text, an article speaks to: the IDF-weighted share of
    /// its informative words the article has, 0 to 1.
    public func coverage(of query: String, by article: Int) -> Double {
        Double(self.index.coverage(of: query, by: article))
    }

    /// The query's terms that an article matches, with their BM25F weight in it, largest first.
    public func contributingTerms(
        _ query: AnalyzedText, to article: Int, limit: Int = 5
    ) -> [(
        term: String, weight: Double
    )] {
        self.index.contributions(of: query.original, to: article).prefix(limit).map {
            ($0.term, Double($0.weight))
        }
    }

    /// The body's sentence that shares the most words with the query, with those words in `**`,
    /// cut to `maxLength` characters around the first of them (see ``Snippet``).
    public func snippet(for article: Int, query: String, maxLength: Int = 200) -> String {
        let queryStems = Set(
            self.analyzer.analyze(query).stems.filter {
                !$0.isEmpty && !self.analyzer.language.isStopWord($0)
            })
        let body = KBArticle.plainText(self.articles[article].body)
        let sentences = Self.sentences(body)
        var best: (text: Substring, score: Int)?
        for sentence in sentences {
            let stems = Set(self.analyzer.analyze(String(sentence)).stems)
            let score = stems.intersection(queryStems).count
            if score > (best?.score ?? -1) { best = (sentence, score) }
        }
        guard let chosen = best?.text else { return "" }
        let snippet = Snippet(chosen) { word in
            let stem = self.analyzer.analyze(String(word)).stems.first ?? ""
            return !stem.isEmpty && queryStems.contains(stem)
        }
        return snippet.text(maxLength: maxLength)
    }

    private static func sentences(_ text: String) -> [Substring] {
        var sentences: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "\n"
                || ((character == "." || character == "?" || character == "!")
                    && (next == text.endIndex || text[next] == " " || text[next] == "\n"))
            {
                let sentence = text[start..<next].trimmingCharacters()
                if !sentence.isEmpty { sentences.append(sentence) }
                start = next
            }
            index = next
        }
        let tail = text[start...].trimmingCharacters()
        if !tail.isEmpty { sentences.append(tail) }
        return sentences
    }
}
