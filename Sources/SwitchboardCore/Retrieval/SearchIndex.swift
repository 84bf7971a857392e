/// An inverted index for help-center search: BM25F (or, as an option, per-field BM25; see
/// ``FieldScoring``) over three weighted fields (title, alternate questions, body), with stemmed
/// terms as integer ids and compact postings.
///
/// Each posting stores a document id and the term's precomputed impact in that document,
/// quantised to 16 bits, so a query only adds impacts: `score(q, d) = Σ_t∈q impact(t, d)`. Build
/// it with ``SearchIndex/Builder`` one document at a time (nothing but the index is kept, so
/// large corpora can be streamed in); afterwards it is immutable and safe to share.
///
/// ```swift
/// var builder = SearchIndex.Builder()
/// builder.add(title: "Reset your password", questions: ["I forgot my password"], body: "...")
/// let index = builder.build()
/// let hits = index.search("how do I change my password", limit: 5)
/// ```
public struct SearchIndex: Sendable {
    /// Scoring settings.
    public struct Options: Sendable, Hashable {
        /// BM25's term-frequency saturation.
        public var k1: Float = 1.2
        /// BM25's length normalisation, per field.
        public var b: Float = 0.75
        /// The weight of a title occurrence against a body occurrence.
        public var titleWeight: Float = 2
        /// The weight of an alternate-question occurrence against a body occurrence.
        public var questionWeight: Float = 2
        /// Leave out common function words.
        public var dropsStopWords = true
        /// How many of BM25's best documents are re-ranked by heading similarity (0: none).
        public var rerankDepth = 20
        /// The share of heading similarity (the character n-gram cosine) in the re-ranking score.
        public var headingWeight: Float = 0.32
        /// The share of word alignment with the headings (see ``HeadingWords``) in the
        /// re-ranking score; BM25 has the rest, `1 - headingWeight - alignmentWeight`.
        public var alignmentWeight: Float = 0.2
        /// The first stage's ranking model: BM25 or TF-IDF cosine (see ``Scoring``).
        public var scoring: Scoring = .bm25
        /// How the fields' BM25 evidence for a term is combined (see ``FieldScoring``).
        public var fieldScoring: FieldScoring = .combined
        /// Read a query word the index never saw as the known word one typing slip away
        /// ("pasword" as "password"), the one in the most articles when several are.
        public var correctsSpelling = true

        /// Creates options.
        public init() {}

        // The accepted ranges, for front ends that take the settings from a user (`eval kb`):
        // beyond them scores stop meaning anything (a negative weight, `b` past 1) or a field
        // drowns every other.

        /// The accepted `k1`: 0 counts a term once however often it occurs.
        public static let k1Range: ClosedRange<Float> = 0...100
        /// The accepted `b`: 0 ignores a field's length, 1 normalises by it fully.
        public static let bRange: ClosedRange<Float> = 0...1
        /// The accepted `titleWeight` and `questionWeight`.
        public static let fieldWeightRange: ClosedRange<Float> = 0...100
        /// The accepted `headingWeight`: 0 ranks by BM25 alone, 1 by heading similarity alone.
        public static let headingWeightRange: ClosedRange<Float> = 0...1
        /// The accepted `alignmentWeight`; with `headingWeight` it must not pass 1.
        public static let alignmentWeightRange: ClosedRange<Float> = 0...1
    }

    /// A document that matches a query.
    public struct Hit: Sendable, Equatable {
        /// The document's position, in the order documents were added.
        public var document: Int
        /// The ranking score: BM25's, or after re-ranking the mix of BM25, heading similarity and
        /// word alignment.
        public var score: Float
        /// The score as a share of the best score the query could reach (the sum of its terms'
        /// ceilings, see ``SearchIndex/termCeilings``), 0 to 1: comparable across queries, so a
        /// threshold can use it.
        public var relativeScore: Float
    }

    /// The settings the index was built with.
    public let options: Options
    /// The number of documents.
    public let documentCount: Int
    let terms: TermVocabulary
    /// By term id, the largest impact the term can have in a document (the limit as its
    /// frequencies grow): `idf · (k1 + 1)` under ``FieldScoring/combined``; under
    /// ``FieldScoring/separate``, `Σ w_f · idf_f · (k1 + 1)` over the fields the term occurs
    /// in anywhere (a field where it never occurs cannot add to any document's score); under
    /// ``Scoring/cosine``, the term's IDF (its share of a unit document vector is at most 1).
    let termCeilings: [Float]
    /// `postingStart[t]..<postingStart[t + 1]` are term `t`'s postings.
    let postingStart: [UInt32]
    /// Posting document ids, ascending within a term.
    let postingDocuments: [UInt32]
    /// Posting impacts, as multiples of ``impactUnit``.
    let postingImpacts: [UInt16]
    /// The value of one impact step.
    let impactUnit: Float
    /// Character 3- and 4-grams of titles and alternate questions, for re-ranking.
    let headingFeatures: FeatureExtractor
    /// Every document's headings (title, then questions), back to back.
    let headings: [String]
    /// `headingStart[d]..<headingStart[d + 1]` are document `d`'s headings.
    let headingStart: [UInt32]
    /// The headings' vectors, when they were small enough to keep.
    let headingVectors: HeadingVectors?
    /// The headings' content terms, for word alignment.
    let headingWords: HeadingWords

    /// The number of distinct terms.
    public var termCount: Int { self.termCeilings.count }

    /// The number of postings.
    public var postingCount: Int { self.postingDocuments.count }

    /// Approximate memory of the index itself, in bytes.
    public var memoryBytes: Int {
        self.postingDocuments.count * 6 + self.postingStart.count * 4 + self.termCeilings.count * 4
            + self.terms.memoryBytes
            + self.headings.reduce(0) { $0 + $1.utf8.count + 16 } + self.headingFeatures
            .featureCount * 24 + (self.headingVectors?.memoryBytes ?? 0)
            + self.headingWords.memoryBytes
    }

    /// Documents by score for a query, best first (ties by document order), at most `limit`.
    public func search(_ query: String, limit: Int = 10) -> [Hit] {
        var scratch = Scratch()
        return self.search(query, limit: limit, scratch: &scratch)
    }

    /// Reusable score buffers, so repeated queries allocate nothing.
    public struct Scratch: Sendable {
        var scores: [Float] = []
        var touched: [UInt32] = []
        /// The query's heading-feature weights by feature id, zero elsewhere.
        var queryWeights: [Float] = []

        /// Creates empty buffers; they grow to the index's size on first use.
        public init() {}
    }

    /// Documents by score for a query, using `scratch` for the score accumulators.
    public func search(_ query: String, limit: Int, scratch: inout Scratch) -> [Hit] {
        let queryTerms = self.queryTerms(query)
        guard !queryTerms.isEmpty, limit > 0, self.documentCount > 0 else { return [] }
        if scratch.scores.count < self.documentCount {
            scratch.scores = [Float](repeating: 0, count: self.documentCount)
        }
        scratch.touched.removeAll(keepingCapacity: true)
        var best: Float = 0
        for term in queryTerms {
            best += self.termCeilings[Int(term)]
        }
        let unit = self.impactUnit
        scratch.scores.withUnsafeMutableBufferPointer { scores in
            self.postingDocuments.withUnsafeBufferPointer { documents in
                self.postingImpacts.withUnsafeBufferPointer { impacts in
                    for term in queryTerms {
                        let start = Int(self.postingStart[Int(term)])
                        let end = Int(self.postingStart[Int(term) + 1])
                        for position in start..<end {
                            let document = Int(documents[position])
                            if scores[document] == 0 { scratch.touched.append(UInt32(document)) }
                            scores[document] += Float(impacts[position]) * unit
                        }
                    }
                }
            }
        }
        let depth = max(limit, self.options.rerankDepth)
        let top = Self.top(scratch.touched, scores: scratch.scores, limit: depth)
        for document in scratch.touched { scratch.scores[Int(document)] = 0 }
        let scale = best > 0 ? 1 / best : 0
        guard self.options.rerankDepth > 0, let first = top.first, first.score > 0 else {
            return top.prefix(limit).map {
                Hit(
                    document: Int($0.document), score: $0.score,
                    relativeScore: min(1, $0.score * scale))
            }
        }
        return self.rerank(
            top, query: query, terms: queryTerms, limit: limit, scale: scale, scratch: &scratch)
    }

    /// Re-ranks BM25's best documents by the similarity of the query to their headings.
    ///
    /// With `h` the heading weight and `a` the alignment weight, the ranking score is
    /// `(1 - h - a) · bm25 / best bm25 + h · cosine / best cosine + a · alignment / best
    /// alignment` among the candidates, each document's cosine and alignment those of its
    /// best heading; the relative score (for thresholds) mixes the same way the BM25 share of
    /// the query's best possible score, the cosine and the alignment, all absolute.
    private func rerank(
        _ candidates: [(document: UInt32, score: Float)], query: String, terms: [Int32],
        limit: Int, scale: Float, scratch: inout Scratch
    ) -> [Hit] {
        let queryVector = self.headingFeatures.vector(for: TextAnalyzer().normalize(query))
        if scratch.queryWeights.count < self.headingFeatures.featureCount {
            scratch.queryWeights = [Float](repeating: 0, count: self.headingFeatures.featureCount)
        }
        for (feature, value) in zip(queryVector.features, queryVector.values) {
            scratch.queryWeights[Int(feature)] = value
        }
        let analyzer = TextAnalyzer()
        var similarities: [Float] = []
        similarities.reserveCapacity(candidates.count)
        let alignments: [Float]
        if self.options.alignmentWeight > 0 {
            alignments = self.headingWords.bestAlignments(
                HeadingWords.Query(terms, words: self.headingWords, vocabulary: self.terms),
                headings: candidates.map {
                    Int(
                        self.headingStart[Int($0.document)])..<Int(
                            self.headingStart[Int($0.document) + 1])
                }, stems: self.terms.stems)
        } else {
            alignments = [Float](repeating: 0, count: candidates.count)
        }
        scratch.queryWeights.withUnsafeBufferPointer { weights in
            for candidate in candidates {
                var best: Float = 0
                let document = Int(candidate.document)
                let headings =
                    Int(self.headingStart[document])..<Int(self.headingStart[document + 1])
                for position in headings {

                    if let vectors = self.headingVectors {
                        best = max(best, vectors.dot(weights, heading: position))
                    } else {
                        let vector = self.headingFeatures.vector(
                            for: analyzer.normalize(self.headings[position]))
                        best = max(best, Self.dot(weights, vector))
                    }
                }
                similarities.append(best)
            }
        }
        for feature in queryVector.features { scratch.queryWeights[Int(feature)] = 0 }
        let topScore = candidates.first?.score ?? 1
        let topSimilarity = similarities.max() ?? 0
        let topAlignment = alignments.max() ?? 0
        let w = self.options.headingWeight
        let a = self.options.alignmentWeight
        // Out-of-range weights (set in code, not checked there) leave BM25 no negative share.
        let rest = max(0, 1 - w - a)
        var hits: [Hit] = []
        for (position, candidate) in candidates.enumerated() {
            let similarity = similarities[position]
            let alignment = alignments[position]
            let ranking =
                rest * candidate.score / topScore
                + (topSimilarity > 0 ? w * similarity / topSimilarity : 0)
                + (topAlignment > 0 ? a * alignment / topAlignment : 0)
            // A cosine of float vectors can pass 1 by a rounding step (a query that is a
            // heading), and so can the mix: the share is kept within 0...1.
            let relative = min(
                1,
                rest * min(1, candidate.score * scale) + w * min(1, similarity) + a
                    * min(1, alignment))
            hits.append(
                Hit(document: Int(candidate.document), score: ranking, relativeScore: relative))
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.document < $1.document }
        return Array(hits.prefix(limit))
    }

    /// The dot product of a query's dense weights (by feature id) with a vector.
    ///
    /// Terms are added in the vector's order; a feature the query lacks adds an exact zero, so
    /// the sum is the same as over the shared features alone.
    static func dot(
        _ weights: UnsafeBufferPointer<Float>, _ vector: FeatureExtractor.Vector
    ) -> Float {
        var sum: Float = 0
        for (feature, value) in zip(vector.features, vector.values) {
            sum += weights[Int(feature)] * value
        }
        return sum
    }

    /// The query's terms: its known stems, stop words left out, and unknown words read as a
    /// known word one slip away when ``Options/correctsSpelling`` is on.
    func queryTerms(_ query: String) -> [Int32] {
        // The vocabulary has a word filter, and so corrects, when the options said so.
        self.terms.queryTerms(query, dropsStopWords: self.options.dropsStopWords) {
            // The number of articles with the term.
            Int(self.postingStart[Int($0) + 1] - self.postingStart[Int($0)])
        }
    }

    /// The query's terms as the index sees them (stems, stop words left out), for explanations.
    public func queryTermNames(_ query: String) -> [String] {
        self.queryTerms(query).map {
            self.terms.name(Int($0))
        }
    }

    /// The `limit` best touched documents with a min-heap, best first, ties by document order.
    static func top(
        _ touched: [UInt32], scores: [Float], limit: Int
    ) -> [(document: UInt32, score: Float)] {
        var heap: [(document: UInt32, score: Float)] = []
        // Never more than the touched documents: `limit` may be anything a caller passes
        // (`kb search --limit 9223372036854775807` overflowed `limit + 1`).
        heap.reserveCapacity(min(limit, touched.count) + 1)
        // "Worse" means a lower score, or the same score and a later document.
        func worse(
            _ a: (document: UInt32, score: Float), _ b: (document: UInt32, score: Float)
        ) -> Bool {
            a.score != b.score ? a.score < b.score : a.document > b.document
        }
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                let left = 2 * parent + 1
                guard left < heap.count else { return }
                var child = left
                if left + 1 < heap.count, worse(heap[left + 1], heap[left]) { child = left + 1 }
                guard worse(heap[child], heap[parent]) else { return }
                heap.swapAt(child, parent)
                parent = child
            }
        }
        for document in touched {
            let entry = (document: document, score: scores[Int(document)])
            if heap.count < limit {
                heap.append(entry)
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    guard worse(heap[child], heap[parent]) else { break }
                    heap.swapAt(child, parent)
                    child = parent
                }
            } else if let root = heap.first, worse(root, entry) {
                heap[0] = entry
                siftDown(0)
            }
        }
        return heap.sorted { worse($1, $0) }
    }

    /// The query's terms found in a document, with their BM25 impact there, largest first.
    public func contributions(of query: String, to document: Int) -> [(term: String, weight: Float)]
    {
        var found: [(term: String, weight: Float)] = []
        for term in self.queryTerms(query) {
            let start = Int(self.postingStart[Int(term)])
            let end = Int(self.postingStart[Int(term) + 1])
            if let position = self.posting(start..<end, of: document) {
                found.append(
                    (
                        self.terms.name(Int(term)),
                        Float(self.postingImpacts[position]) * self.impactUnit
                    ))
            }
        }
        return found.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
    }
}
