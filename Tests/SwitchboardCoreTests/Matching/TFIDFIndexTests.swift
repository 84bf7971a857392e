import Testing

@testable import SwitchboardCore

/// A corpus small enough to weigh by hand.
///
/// Terms a = 0, b = 1, c = 2, d = 3; documents `[a b]`, `[a c]`, `[a a b d]`. With n = 3,
/// idf = ln((1 + n) / (1 + df)) + 1: a (df 3) 1, b (df 2) 1 + ln(4/3), c and d (df 1) 1 + ln 2.
/// A term counted twice weighs 1 + ln 2 times its idf.
@Suite struct TFIDFIndexTests {
    static let ln2 = 0.693_147_180_559_945_3
    static let ln4over3 = 0.287_682_072_451_780_9
    static let idf = [1, 1 + ln4over3, 1 + ln2, 1 + ln2]

    let index = TFIDFIndex(documents: [[0, 1], [0, 2], [0, 0, 1, 3]], termCount: 4)

    /// `weights` divided by their Euclidean length.
    private static func normalized(_ weights: [Double]) -> [Double] {
        let length = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return weights.map { $0 / length }
    }

    /// The document vectors by hand, as (terms, weights).
    static let documents: [([Int32], [Double])] = [
        ([0, 1], normalized([idf[0], idf[1]])),
        ([0, 2], normalized([idf[0], idf[2]])),
        ([0, 1, 3], normalized([(1 + ln2) * idf[0], idf[1], idf[3]])),
    ]

    private func expectClose(
        _ actual: [Float], _ expected: [Double], tolerance: Double = 1e-6,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(actual.count == expected.count, sourceLocation: sourceLocation)
        for (a, e) in zip(actual, expected) {
            #expect(abs(Double(a) - e) < tolerance, "\(a) vs \(e)", sourceLocation: sourceLocation)
        }
    }

    @Test("idf is ln((1 + n) / (1 + df)) + 1")
    func inverseDocumentFrequency() {
        #expect(self.index.documentCount == 3)
        #expect(self.index.termCount == 4)
        self.expectClose(self.index.idf, Self.idf)
    }

    @Test("Document vectors are sublinear TF times idf, L2-normalised")
    func documentVectors() {
        for (position, (terms, weights)) in Self.documents.enumerated() {
            let vector = self.index.document(position)
            #expect(vector.terms == terms)
            self.expectClose(vector.weights, weights)
            let length = vector.weights.reduce(Float(0)) { $0 + $1 * $1 }
            #expect(abs(length - 1) < 1e-6)
        }
    }

    @Test("A query vector is weighed like a document; unknown ids are ignored")
    func queryVector() {
        let query = self.index.vector(for: [3, 1, -1, 99, 0, 0])
        let expected = self.index.document(2)
        #expect(query.terms == expected.terms)
        self.expectClose(query.weights, expected.weights.map(Double.init))
        #expect(self.index.vector(for: []).isEmpty)
        #expect(self.index.vector(for: [7, -3]).isEmpty)
    }

    @Test("accumulate adds each document's cosine with the query")
    func accumulate() {
        // The query [b d]: b and d have idf 1 + ln(4/3) and 1 + ln 2.
        let query = self.index.vector(for: [1, 3])
        let q = Self.normalized([Self.idf[1], Self.idf[3]])
        var scores = [Float](repeating: 0, count: 3)
        var touched: [Int32] = []
        self.index.accumulate(query, into: &scores, touched: &touched)
        let d0 = Self.documents[0].1
        let d2 = Self.documents[2].1
        self.expectClose(scores, [q[0] * d0[1], 0, q[0] * d2[1] + q[1] * d2[2]])
        #expect(abs(Double(scores[0]) - 0.478_108) < 1e-5)
        #expect(abs(Double(scores[2]) - 0.782_408) < 1e-5)
        // The same value as the dot product of the two vectors.
        #expect(abs(scores[2] - query.dot(self.index.document(2))) < 1e-6)
    }

    @Test("touched lists each document once, in the order first reached")
    func touchedOnce() {
        // Both b and d reach document 2; a reaches all three.
        let query = self.index.vector(for: [0, 1, 3])
        var scores = [Float](repeating: 0, count: 3)
        var touched: [Int32] = []
        self.index.accumulate(query, into: &scores, touched: &touched)
        #expect(touched == [0, 1, 2])
        var onlyB: [Int32] = []
        var scoresB = [Float](repeating: 0, count: 3)
        self.index.accumulate(self.index.vector(for: [3, 1]), into: &scoresB, touched: &onlyB)
        #expect(onlyB == [0, 2])
        #expect(scoresB[1] == 0)
    }

    @Test("A document compared with itself has cosine 1")
    func selfSimilarity() {
        for document in 0..<3 {
            var scores = [Float](repeating: 0, count: 3)
            var touched: [Int32] = []
            self.index.accumulate(self.index.document(document), into: &scores, touched: &touched)
            #expect(abs(scores[document] - 1) < 1e-6)
            #expect(scores.allSatisfy { $0 <= scores[document] + 1e-6 })
        }
    }

    @Test("Contributions are the shared terms' products, largest first, summing to the cosine")
    func contributions() {
        let query = self.index.vector(for: [0, 1, 3])
        var scores = [Float](repeating: 0, count: 3)
        var touched: [Int32] = []
        self.index.accumulate(query, into: &scores, touched: &touched)
        let shares = self.index.contributions(of: query, to: 2)
        // The query is document 2's terms with a counted once: d weighs most, then a, then b.
        #expect(shares.map(\.term) == [3, 0, 1])
        self.expectClose(shares.map(\.weight), [0.448_599, 0.264_950, 0.259_470], tolerance: 1e-5)
        let total = shares.reduce(Float(0)) { $0 + $1.weight }
        #expect(abs(total - scores[2]) < 1e-6)
        #expect(zip(shares, shares.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        #expect(self.index.contributions(of: query, to: 1).map(\.term) == [0])
        #expect(self.index.contributions(of: self.index.vector(for: [2]), to: 0).isEmpty)
    }

    @Test("An empty corpus and an empty document give empty vectors")
    func emptyCases() {
        let empty = TFIDFIndex(documents: [], termCount: 0)
        #expect(empty.documentCount == 0)
        #expect(empty.vector(for: [0]).isEmpty)
        let withEmpty = TFIDFIndex(documents: [[], [0]], termCount: 1)
        #expect(withEmpty.document(0).isEmpty)
        #expect(withEmpty.document(1).weights == [1])
    }
}
