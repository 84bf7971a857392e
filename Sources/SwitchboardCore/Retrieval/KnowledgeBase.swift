/// The help-center articles of a bot, indexed for retrieval by TF-IDF cosine similarity.
///
/// Each article is indexed as its title and alternate questions (counted twice, since they
/// say what the article is about) and its body. Stop words are left out and terms are stems
/// and stem bigrams.
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
        /// Cosine similarity, 0 to 1.
        public var score: Double
    }

    /// The articles, in the order they were given.
    public let articles: [KBArticle]
    let analyzer: TextAnalyzer
    let options = TextAnalyzer.Options(bigrams: true, dropsStopWords: true)
    let dictionary: TermDictionary
    let index: TFIDFIndex
    /// Each article's ``KBArticle/summary``, worked out once.
    private let summaries: [String]

    /// Indexes articles.
    public init(articles: [KBArticle], analyzer: TextAnalyzer = TextAnalyzer()) {
        self.articles = articles
        self.analyzer = analyzer
        var dictionary = TermDictionary()
        var documents: [[Int]] = []
        documents.reserveCapacity(articles.count)
        for article in articles {
            var terms: [Int] = []
            let heading = ([article.title] + article.questions).map { analyzer.analyze($0) }
            for _ in 0..<2 {
                for text in heading {
                    terms += analyzer.terms(
                        of: text, options: self.options, interningInto: &dictionary)
                }
            }
            terms += analyzer.terms(
                of: analyzer.analyze(article.body), options: self.options,
                interningInto: &dictionary)
            documents.append(terms)
        }
        self.dictionary = dictionary
        self.index = TFIDFIndex(documents: documents, termCount: dictionary.count)
        self.summaries = articles.map(\.summary)
    }

    /// The summary of the article at a position in ``articles``: its first paragraph as
    /// plain text.
    public func summary(of article: Int) -> String {
        self.summaries[article]
    }

    /// The number of articles.
    public var count: Int { self.articles.count }

    /// Articles by similarity to a query, best first (ties by article order).
    public func search(_ query: String, limit: Int = 5) -> [Hit] {
        self.search(self.analyzer.analyze(query), limit: limit)
    }

    /// Articles by similarity to an analysed query, best first (ties by article order).
    public func search(_ query: AnalyzedText, limit: Int = 5) -> [Hit] {
        let vector = self.vector(for: query)
        guard !vector.isEmpty, limit > 0 else { return [] }
        var scores = [Float](repeating: 0, count: self.index.documentCount)
        var touched: [Int32] = []
        self.index.accumulate(vector, into: &scores, touched: &touched)
        let hits = touched.map { Hit(article: Int($0), score: Double(min(1, scores[Int($0)]))) }
        return Array(
            hits.sorted { $0.score != $1.score ? $0.score > $1.score : $0.article < $1.article }
                .prefix(limit))
    }

    /// The terms that contributed most to an article's score, as text, largest first.
    public func contributingTerms(
        _ query: AnalyzedText, to article: Int, limit: Int = 5
    ) -> [(
        term: String, weight: Double
    )] {
        self.index.contributions(of: self.vector(for: query), to: article).prefix(limit).map {
            (self.dictionary.term($0.term), Double($0.weight))
        }
    }

    /// The body's sentence that shares the most words with the query, with those words in `**`.
    public func snippet(for article: Int, query: String, maxLength: Int = 200) -> String {
        let queryStems = Set(
            self.analyzer.analyze(query).stems.filter { !$0.isEmpty && !StopWords.contains($0) })
        let body = KBArticle.plainText(self.articles[article].body)
        let sentences = Self.sentences(body)
        var best: (text: Substring, score: Int)?
        for sentence in sentences {
            let stems = Set(self.analyzer.analyze(String(sentence)).stems)
            let score = stems.intersection(queryStems).count
            if score > (best?.score ?? -1) { best = (sentence, score) }
        }
        guard let chosen = best?.text else { return "" }
        var words: [String] = []
        for word in chosen.split(separator: " ") {
            let stem = self.analyzer.analyze(String(word)).stems.first ?? ""
            words.append(queryStems.contains(stem) && !stem.isEmpty ? "**\(word)**" : String(word))
        }
        var snippet = words.joined(separator: " ")
        if snippet.count > maxLength { snippet = String(snippet.prefix(maxLength - 1)) + "…" }
        return snippet
    }

    private func vector(for query: AnalyzedText) -> SparseVector {
        self.index.vector(
            for: self.analyzer.knownTerms(of: query, options: self.options, in: self.dictionary))
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
