/// A TF-IDF index over documents given as term ids: L2-normalised document vectors and an
/// inverted index of postings, for cosine similarity against a query.
///
/// Weights use sublinear term frequency (`1 + ln tf`) and smoothed inverse document frequency
/// (`ln((1 + n) / (1 + df)) + 1`), as scikit-learn's `TfidfVectorizer(sublinear_tf=True)` does.
/// Documents are stored in compressed sparse rows and postings in compressed sparse columns,
/// with `Int32` ids and `Float` weights, so an index of 15,000 examples takes a few megabytes.
///
/// `TFIDFIndex` is an immutable value; share it freely across tasks.
public struct TFIDFIndex: Sendable {
    /// The number of documents.
    public let documentCount: Int
    /// The inverse document frequency of each term id.
    let idf: [Float]
    let rowStart: [Int32]
    let rowTerms: [Int32]
    let rowWeights: [Float]
    let postingStart: [Int32]
    let postingDocuments: [Int32]
    let postingWeights: [Float]

    /// Builds an index.
    ///
    /// - Parameters:
    ///   - documents: each document's term ids, repeated as often as the term occurs.
    ///   - termCount: the number of term ids in use (ids are `0..<termCount`).
    public init(documents: [[Int]], termCount: Int) {
        self.documentCount = documents.count
        var documentFrequency = [Int32](repeating: 0, count: termCount)
        var counted: [[(term: Int32, count: Int32)]] = []
        counted.reserveCapacity(documents.count)
        for document in documents {
            let pairs = Self.countTerms(document)
            for pair in pairs { documentFrequency[Int(pair.term)] += 1 }
            counted.append(pairs)
        }
        let n = Float(documents.count)
        self.idf = documentFrequency.map { logarithm((1 + n) / (1 + Float($0))) + 1 }

        var rowStart: [Int32] = [0]
        var rowTerms: [Int32] = []
        var rowWeights: [Float] = []
        rowStart.reserveCapacity(documents.count + 1)
        for pairs in counted {
            var norm: Float = 0
            let start = rowWeights.count
            for pair in pairs {
                let weight = (1 + logarithm(Float(pair.count))) * self.idf[Int(pair.term)]
                rowTerms.append(pair.term)
                rowWeights.append(weight)
                norm += weight * weight
            }
            if norm > 0 {
                let scale = 1 / norm.squareRoot()
                for index in start..<rowWeights.count { rowWeights[index] *= scale }
            }
            rowStart.append(Int32(rowWeights.count))
        }
        self.rowStart = rowStart
        self.rowTerms = rowTerms
        self.rowWeights = rowWeights

        var postingStart = [Int32](repeating: 0, count: termCount + 1)
        for term in rowTerms { postingStart[Int(term) + 1] += 1 }
        for index in 0..<termCount { postingStart[index + 1] += postingStart[index] }
        var cursor = postingStart
        var postingDocuments = [Int32](repeating: 0, count: rowTerms.count)
        var postingWeights = [Float](repeating: 0, count: rowTerms.count)
        for document in 0..<documents.count {
            for index in Int(rowStart[document])..<Int(rowStart[document + 1]) {
                let term = Int(rowTerms[index])
                let slot = Int(cursor[term])
                postingDocuments[slot] = Int32(document)
                postingWeights[slot] = rowWeights[index]
                cursor[term] += 1
            }
        }
        self.postingStart = postingStart
        self.postingDocuments = postingDocuments
        self.postingWeights = postingWeights
    }

    /// The number of distinct terms the index knows.
    public var termCount: Int { self.idf.count }

    /// The L2-normalised TF-IDF vector of a query given as term ids (unknown ids are ignored).
    public func vector(for terms: [Int]) -> SparseVector {
        var vector = SparseVector()
        let pairs = Self.countTerms(terms.filter { $0 >= 0 && $0 < self.idf.count })
        var norm: Float = 0
        for pair in pairs {
            let weight = (1 + logarithm(Float(pair.count))) * self.idf[Int(pair.term)]
            vector.terms.append(pair.term)
            vector.weights.append(weight)
            norm += weight * weight
        }
        if norm > 0 {
            let scale = 1 / norm.squareRoot()
            for index in vector.weights.indices { vector.weights[index] *= scale }
        }
        return vector
    }

    /// Adds each document's cosine similarity with `query` to `scores` (indexed by document),
    /// and lists the documents it touched for the first time in `touched`.
    public func accumulate(
        _ query: SparseVector, into scores: inout [Float], touched: inout [Int32]
    ) {
        precondition(scores.count >= self.documentCount, "scores must have a slot per document")
        for (position, term) in query.terms.enumerated() {
            let weight = query.weights[position]
            for index in Int(self.postingStart[Int(term)])..<Int(self.postingStart[Int(term) + 1]) {
                let document = Int(self.postingDocuments[index])
                if scores[document] == 0 { touched.append(Int32(document)) }
                scores[document] += weight * self.postingWeights[index]
            }
        }
    }

    /// The stored vector of a document.
    public func document(_ index: Int) -> SparseVector {
        var vector = SparseVector()
        let range = Int(self.rowStart[index])..<Int(self.rowStart[index + 1])
        vector.terms = Array(self.rowTerms[range])
        vector.weights = Array(self.rowWeights[range])
        return vector
    }

    /// The terms shared by `query` and a document, with their share of the cosine, largest first.
    public func contributions(
        of query: SparseVector, to document: Int
    ) -> [(term: Int, weight: Float)] {
        let stored = self.document(document)
        var shared: [(term: Int, weight: Float)] = []
        var j = 0
        for (i, term) in query.terms.enumerated() {
            while j < stored.terms.count, stored.terms[j] < term { j += 1 }
            if j < stored.terms.count, stored.terms[j] == term {
                shared.append((Int(term), query.weights[i] * stored.weights[j]))
            }
        }
        return shared.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
    }

    /// Term ids with their counts, sorted by id.
    static func countTerms(_ terms: [Int]) -> [(term: Int32, count: Int32)] {
        let sorted = terms.sorted()
        var pairs: [(term: Int32, count: Int32)] = []
        for term in sorted {
            if let last = pairs.last, last.term == Int32(term) {
                pairs[pairs.count - 1].count += 1
            } else {
                pairs.append((Int32(term), 1))
            }
        }
        return pairs
    }
}
