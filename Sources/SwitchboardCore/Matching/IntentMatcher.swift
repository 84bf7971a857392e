/// Ranks intents by TF-IDF similarity between a message and each intent's examples.
///
/// An intent's score is the cosine similarity of the message with its closest example
/// (nearest neighbour), so one well-chosen example is enough to recognise a phrasing. Terms
/// are stems and stem bigrams.
public struct IntentMatcher: Sendable {
    /// One intent's similarity to a message.
    public struct Candidate: Sendable, Equatable {
        /// The intent's position in the matcher's list.
        public var intent: Int
        /// Cosine similarity with the closest example, 0 to 1.
        public var score: Double
        /// The position of the closest example in the index.
        public var example: Int
    }

    let analyzer: TextAnalyzer
    let options = TextAnalyzer.Options(bigrams: true, dropsStopWords: false)
    let dictionary: TermDictionary
    let index: TFIDFIndex
    /// The intent of each example document.
    let exampleIntents: [Int32]
    /// The text of each example document.
    let exampleTexts: [String]
    /// The number of intents.
    public let intentCount: Int

    /// Builds the matcher from each intent's examples, in intent order.
    public init(examples: [[String]], analyzer: TextAnalyzer = TextAnalyzer()) {
        self.analyzer = analyzer
        var dictionary = TermDictionary()
        var documents: [[Int]] = []
        var owners: [Int32] = []
        var texts: [String] = []
        for (intent, intentExamples) in examples.enumerated() {
            for example in intentExamples {
                let analyzed = analyzer.analyze(example)
                documents.append(
                    analyzer.terms(of: analyzed, options: self.options, interningInto: &dictionary))
                owners.append(Int32(intent))
                texts.append(example)
            }
        }
        self.dictionary = dictionary
        self.index = TFIDFIndex(documents: documents, termCount: dictionary.count)
        self.exampleIntents = owners
        self.exampleTexts = texts
        self.intentCount = examples.count
    }

    /// The query vector of a message.
    public func vector(for text: AnalyzedText) -> SparseVector {
        self.index.vector(
            for: self.analyzer.knownTerms(of: text, options: self.options, in: self.dictionary))
    }

    /// Intents by similarity to the message, best first (ties by intent order), at most `limit`.
    public func rank(_ text: AnalyzedText, limit: Int = 5) -> [Candidate] {
        let query = self.vector(for: text)
        guard !query.isEmpty else { return [] }
        var scores = [Float](repeating: 0, count: self.index.documentCount)
        var touched: [Int32] = []
        self.index.accumulate(query, into: &scores, touched: &touched)
        var best = [Candidate?](repeating: nil, count: self.intentCount)
        for document in touched {
            let intent = Int(self.exampleIntents[Int(document)])
            let score = Double(min(1, scores[Int(document)]))
            if let current = best[intent],
                current.score > score
                    || (current.score == score && current.example < Int(document))
            {
                continue
            }
            best[intent] = Candidate(intent: intent, score: score, example: Int(document))
        }
        let ranked = best.compactMap { $0 }.sorted {
            $0.score != $1.score ? $0.score > $1.score : $0.intent < $1.intent
        }
        return Array(ranked.prefix(limit))
    }

    /// The example text of a document.
    public func exampleText(_ example: Int) -> String {
        self.exampleTexts[example]
    }

    /// The terms that contributed most to a candidate's score, as text, largest first.
    public func contributingTerms(
        _ text: AnalyzedText, to candidate: Candidate, limit: Int = 5
    ) -> [(term: String, weight: Double)] {
        let query = self.vector(for: text)
        return self.index.contributions(of: query, to: candidate.example).prefix(limit).map {
            (self.dictionary.term($0.term), Double($0.weight))
        }
    }
}
