/// Every heading's character n-gram vector, worked out once when the index is built.
///
/// Re-ranking compares the query with the headings of its best BM25 candidates; a small help
/// center (the usual case for a bot) keeps those vectors ready so a query never re-analyses a
/// heading. Features stay in the order the extractor produced them, so a dot product here adds
/// the same terms in the same order as one over a vector made on the fly, and gives the same
/// bits.
struct HeadingVectors: Sendable {
    /// Feature ids of all headings, back to back.
    private let features: [Int32]
    /// Their values.
    private let values: [Float]
    /// `start[h]..<start[h + 1]` are heading `h`'s entries.
    private let start: [UInt32]

    /// The vectors of `headings` under `extractor`, or `nil` when their text is larger than
    /// `byteBudget` (a large catalogue then analyses the few headings it re-ranks per query).
    init?(headings: [String], extractor: FeatureExtractor, byteBudget: Int) {
        var bytes = 0
        for heading in headings {
            bytes += heading.utf8.count
            if bytes > byteBudget { return nil }
        }
        let analyzer = TextAnalyzer()
        var features: [Int32] = []
        var values: [Float] = []
        var start: [UInt32] = [0]
        start.reserveCapacity(headings.count + 1)
        for heading in headings {
            let vector = extractor.vector(for: analyzer.normalize(heading))
            features.append(contentsOf: vector.features)
            values.append(contentsOf: vector.values)
            start.append(UInt32(features.count))
        }
        self.features = features
        self.values = values
        self.start = start
    }

    /// Approximate memory, in bytes.
    var memoryBytes: Int { self.features.count * 8 + self.start.count * 4 }

    /// The dot product of a query's dense weights (by feature id) with heading `heading`'s
    /// vector, adding in the same order as ``SearchIndex/dot(_:_:)``.
    func dot(_ weights: UnsafeBufferPointer<Float>, heading: Int) -> Float {
        var sum: Float = 0
        for position in Int(self.start[heading])..<Int(self.start[heading + 1]) {
            sum += weights[Int(self.features[position])] * self.values[position]
        }
        return sum
    }
}
