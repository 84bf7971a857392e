extension SearchIndex.Builder {
    /// Every (document, term) impact of a finished build, worked out on demand from the kept
    /// counts (the postings are filled in two passes), and each term's ceiling.
    struct Impacts {
        /// By term id, the largest impact the term can have (``SearchIndex/termCeilings``).
        let ceilings: [Float]
        /// Calls `body` with every document's terms and their impacts, documents in order.
        let visit: ((_ document: Int, _ term: Int, _ impact: Float) -> Void) -> Void
    }

    /// Average field lengths over `counted` documents, by field (at least 1).
    private func averageLengths(over counted: [Float]) -> [Float] {
        var average: [Float] = [0, 0, 0]
        for document in 0..<self.documentCount {
            for field in 0..<3 {
                average[field] += Float(self.fieldLengths[document * 3 + field])
            }
        }
        return (0..<3).map { max(1, average[$0] / max(1, counted[$0])) }
    }

    /// BM25's length normalisation of each field of a document: `1 - b + b · length / average`.
    private func norms(of document: Int, average: [Float]) -> (Float, Float, Float) {
        let b = self.options.b
        func norm(_ field: Int) -> Float {
            1 - b + b * Float(self.fieldLengths[document * 3 + field]) / average[field]
        }
        return (norm(0), norm(1), norm(2))
    }

    /// BM25F impacts (``SearchIndex/FieldScoring/combined``).
    ///
    /// One IDF per term over whole documents; field frequencies weighted, normalised by their
    /// field's length and summed before one saturation. Field lengths are averaged over all
    /// documents.
    func combinedImpacts(documentFrequency frequency: [UInt32]) -> Impacts {
        let documents = self.documentCount
        let n = Float(documents)
        let k1 = self.options.k1
        let idf = (0..<self.vocabulary.count).map { term -> Float in
            let df = Float(frequency[term + 1])
            return logarithm(1 + (n - df + 0.5) / (df + 0.5))
        }
        let average = self.averageLengths(over: [n, n, n])
        let weights = (self.options.titleWeight, self.options.questionWeight, Float(1))
        return Impacts(ceilings: idf.map { $0 * (k1 + 1) }) { body in
            for document in 0..<documents {
                let norms = self.norms(of: document, average: average)
                for pair in Int(
                    self.documentStart[document])..<Int(self.documentStart[document + 1])
                {
                    let weighted =
                        weights.0 * Float(self.pairCounts[pair * 3]) / norms.0
                        + weights.1 * Float(self.pairCounts[pair * 3 + 1]) / norms.1
                        + weights.2 * Float(self.pairCounts[pair * 3 + 2]) / norms.2
                    let term = Int(self.pairTerms[pair])
                    body(document, term, idf[term] * weighted * (k1 + 1) / (weighted + k1))
                }
            }
        }
    }

    /// Per-field BM25 impacts (``SearchIndex/FieldScoring/separate``), summed with the fields'
    /// weights.
    ///
    /// Each field is a collection of its own, as in Lucene and tantivy: its IDF counts, among
    /// the documents whose field is not empty, those that have the term in it, and its lengths
    /// are averaged over the same documents. So a field most documents leave empty (alternate
    /// questions) is not made to look rare by the documents that lack it. A field where a term
    /// never occurs adds nothing to the term's ceiling.
    func separateImpacts() -> Impacts {
        let documents = self.documentCount
        let termCount = self.vocabulary.count
        var withField: [Float] = [0, 0, 0]
        for document in 0..<documents {
            for field in 0..<3 where self.fieldLengths[document * 3 + field] > 0 {
                withField[field] += 1
            }
        }
        var frequency = [UInt32](repeating: 0, count: termCount * 3)
        for pair in 0..<self.pairTerms.count {
            let term = Int(self.pairTerms[pair])
            for field in 0..<3 where self.pairCounts[pair * 3 + field] > 0 {
                frequency[term * 3 + field] += 1
            }
        }
        let weights = [self.options.titleWeight, self.options.questionWeight, 1]
        let k1 = self.options.k1
        // Each field's weighted IDF by term, three per term; 0 where the term never occurs.
        var weightedIDF = [Float](repeating: 0, count: termCount * 3)
        var ceilings = [Float](repeating: 0, count: termCount)
        for term in 0..<termCount {
            for field in 0..<3 {
                let df = Float(frequency[term * 3 + field])
                guard df > 0 else { continue }
                let n = withField[field]
                let value = weights[field] * logarithm(1 + (n - df + 0.5) / (df + 0.5))
                weightedIDF[term * 3 + field] = value
                ceilings[term] += value * (k1 + 1)
            }
        }
        let average = self.averageLengths(over: withField)
        return Impacts(ceilings: ceilings) { body in
            for document in 0..<documents {
                let norms = self.norms(of: document, average: average)
                for pair in Int(
                    self.documentStart[document])..<Int(self.documentStart[document + 1])
                {
                    let term = Int(self.pairTerms[pair])
                    func field(_ field: Int, _ norm: Float) -> Float {
                        let count = Float(self.pairCounts[pair * 3 + field])
                        guard count > 0 else { return 0 }
                        return weightedIDF[term * 3 + field] * count * (k1 + 1)
                            / (count + k1 * norm)
                    }
                    let impact = field(0, norms.0) + field(1, norms.1) + field(2, norms.2)
                    body(document, term, impact)
                }
            }
        }
    }

    /// TF-IDF cosine impacts (``SearchIndex/Scoring/cosine``): each document's unit vector of
    /// `(1 + ln tf̃) · idf(t)`, each component times the term's IDF (the query's weight for it).
    func cosineImpacts(documentFrequency frequency: [UInt32]) -> Impacts {
        let documents = self.documentCount
        let n = Float(documents)
        let idf = (0..<self.vocabulary.count).map { term -> Float in
            logarithm((1 + n) / (1 + Float(frequency[term + 1]))) + 1
        }
        let weights = (self.options.titleWeight, self.options.questionWeight, Float(1))
        func component(_ pair: Int) -> Float {
            let weighted =
                weights.0 * Float(self.pairCounts[pair * 3]) + weights.1
                * Float(self.pairCounts[pair * 3 + 1]) + weights.2
                * Float(self.pairCounts[pair * 3 + 2])
            guard weighted > 0 else { return 0 }
            return (1 + logarithm(weighted)) * idf[Int(self.pairTerms[pair])]
        }
        return Impacts(ceilings: idf) { body in
            for document in 0..<documents {
                let first = Int(self.documentStart[document])
                let pairs = first..<Int(self.documentStart[document + 1])
                var squares: Float = 0
                for pair in pairs {
                    let value = component(pair)
                    squares += value * value
                }
                guard squares > 0 else {
                    for pair in pairs { body(document, Int(self.pairTerms[pair]), 0) }
                    continue
                }
                let length = squares.squareRoot()
                for pair in pairs {
                    let term = Int(self.pairTerms[pair])
                    body(document, term, idf[term] * component(pair) / length)
                }
            }
        }
    }
}
