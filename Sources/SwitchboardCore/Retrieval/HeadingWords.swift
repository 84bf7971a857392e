/// The content words of every heading, for the word-alignment score of re-ranking.
///
/// The alignment of a query with a heading matches each content word of the query with the
/// heading word most like it, and averages those matches weighted by how rare the query word is
/// among headings (Monge-Elkan):
///
/// `alignment(q, h) = Σ_t∈q idf_h(t) · max_u∈h like(t, u) / Σ_t∈q idf_h(t)`
///
/// where `like` is 1 for the same stem and otherwise the Dice coefficient of the two stems'
/// character 3-grams (each stem padded with a space at either end), and `idf_h(t)` is BM25's IDF
/// of `t` over the documents with `t` in a heading. So "remove" half-matches "removing" in a
/// title, a word that many titles use ("google") counts for little, and the query's other words
/// do not dilute the match as they do a cosine over the whole text. Everything is term ids and
/// bytes. Each heading keeps its distinct content stems' term ids. Their 3-grams are worked out
/// when the index is built and kept heading by heading (one stretch of memory to read) when
/// they fit `byteBudget`, as a help center of a few hundred articles does; a large catalogue
/// works them out from the stems' bytes when a candidate is scored (re-ranking scores 20
/// documents, about a hundred words), because keeping them cost Debian's 61,000 packages 9 MB
/// of index, over a third of it.
struct HeadingWords: Sendable {
    /// Heading by heading, each distinct content stem (not a stop word).
    private let terms: [Int32]
    /// `termStart[h]..<termStart[h + 1]` are heading `h`'s terms.
    private let termStart: [UInt32]
    /// When they fit the budget, heading by heading, each of ``terms`` as its number of
    /// 3-grams followed by the 3-grams, sorted.
    private let entries: [UInt32]?
    /// `entryStart[h]..<entryStart[h + 1]` are heading `h`'s ``entries``.
    private let entryStart: [UInt32]
    /// By term id, BM25's IDF over the documents with the term in a heading.
    let idf: [Float]

    /// Builds the tables from each heading's terms (`headingTerms`, delimited by
    /// `headingTermStart`), the number of documents with each term in a heading, and the stems;
    /// the 3-grams are kept when they would take at most `byteBudget` bytes.
    init(
        headingTerms: [Int32], headingTermStart: [UInt32], headingFrequency: [UInt32],
        documentCount: Int, stems: TermDictionary, byteBudget: Int
    ) {
        let n = Float(documentCount)
        self.idf = headingFrequency.map { count in
            let df = Float(count)
            return logarithm(1 + (n - df + 0.5) / (df + 0.5))
        }
        self.terms = headingTerms
        self.termStart = headingTermStart
        // A stem of k bytes has at most k 3-grams once padded: a bound, checked before building.
        var bound = 0
        for term in headingTerms {
            bound += 1 + stems.withTermBytes(Int(term)) { $0.count }
            if bound * 4 > byteBudget { break }
        }
        guard bound * 4 <= byteBudget else {
            self.entries = nil
            self.entryStart = []
            return
        }
        var entries: [UInt32] = []
        entries.reserveCapacity(bound)
        var entryStart: [UInt32] = [0]
        entryStart.reserveCapacity(headingTermStart.count)
        for heading in 0..<max(0, headingTermStart.count - 1) {
            let first = Int(headingTermStart[heading])
            let last = Int(headingTermStart[heading + 1])
            Self.appendEntries(of: headingTerms[first..<last], stems: stems, to: &entries)
            entryStart.append(UInt32(entries.count))
        }
        self.entries = entries
        self.entryStart = entryStart
    }

    /// Approximate memory, in bytes.
    var memoryBytes: Int {
        (self.terms.count + self.termStart.count + self.idf.count + (self.entries?.count ?? 0)
            + self.entryStart.count) * 4
    }

    /// Appends each of `terms` as its number of 3-grams followed by the 3-grams.
    private static func appendEntries(
        of terms: ArraySlice<Int32>, stems: TermDictionary, to entries: inout [UInt32]
    ) {
        for term in terms {
            let countSlot = entries.count
            entries.append(0)
            stems.withTermBytes(Int(term)) { Self.appendGrams(of: $0, to: &entries) }
            entries[countSlot] = UInt32(entries.count - countSlot - 1)
        }
    }

    /// Appends the sorted distinct character 3-grams of ` stem ` to `grams`, each packed into
    /// the low 24 bits of a `UInt32`.
    static func appendGrams(of stem: UnsafeBufferPointer<UInt8>, to grams: inout [UInt32]) {
        let first = grams.count
        let count = stem.count + 2
        func byte(_ position: Int) -> UInt32 {
            position == 0 || position == count - 1 ? 0x20 : UInt32(stem[position - 1])
        }
        var position = 0
        while position + 3 <= count {
            grams.append(byte(position) << 16 | byte(position + 1) << 8 | byte(position + 2))
            position += 1
        }
        // A stem has a handful of 3-grams: insertion sort, then drop repeats.
        var end = first
        for index in first..<grams.count {
            let gram = grams[index]
            var slot = end
            while slot > first, grams[slot - 1] > gram { slot -= 1 }
            if slot > first, grams[slot - 1] == gram { continue }
            var move = end
            while move > slot {
                grams[move] = grams[move - 1]
                move -= 1
            }
            grams[slot] = gram
            end += 1
        }
        grams.removeSubrange(end...)
    }

    /// A query's content terms made ready for ``alignment(_:heading:)``.
    ///
    /// Every 3-gram of the query's terms is in a small hash table with a bit mask of the terms
    /// that have it, so a heading word's shared 3-grams with all the query's terms are counted
    /// in one pass over its own 3-grams. The first 64 content terms of a query take part.
    struct Query {
        /// The number of terms taking part (at most 64).
        private(set) var count = 0
        /// Each term's heading IDF.
        private var weights: [Float] = []
        /// Each term's number of distinct 3-grams.
        private var gramCounts: [Int32] = []
        /// The sum of ``weights``.
        private(set) var total: Float = 0
        /// Hash table of 3-grams: key `gram | 1 << 31` (0: free slot), and the terms' bit mask.
        private var keys: [UInt32] = []
        private var masks: [UInt64] = []

        /// An empty query (aligns with nothing).
        init() {}

        /// Prepares `terms` (a query's distinct terms), leaving out stop words.
        init(_ terms: [Int32], words: HeadingWords, vocabulary: TermVocabulary) {
            var grams: [UInt32] = []
            var gramStart: [Int] = [0]
            for term in terms where !vocabulary.isStop[Int(term)] {
                guard self.count < 64 else { break }
                let weight = words.idf[Int(term)]
                self.weights.append(weight)
                self.total += weight
                vocabulary.stems.withTermBytes(Int(term)) {
                    HeadingWords.appendGrams(of: $0, to: &grams)
                }
                self.gramCounts.append(Int32(grams.count - gramStart[self.count]))
                gramStart.append(grams.count)
                self.count += 1
            }
            var capacity = 16
            while capacity < 2 * grams.count { capacity *= 2 }
            self.keys = [UInt32](repeating: 0, count: capacity)
            self.masks = [UInt64](repeating: 0, count: capacity)
            for term in 0..<self.count {
                for gram in grams[gramStart[term]..<gramStart[term + 1]] {
                    var slot = self.slot(of: gram)
                    while self.keys[slot] != 0, self.keys[slot] != gram | 1 << 31 {
                        slot = (slot + 1) & (capacity - 1)
                    }
                    self.keys[slot] = gram | 1 << 31
                    self.masks[slot] |= 1 << UInt64(term)
                }
            }
        }

        /// The table slot a 3-gram's search starts at.
        private func slot(of gram: UInt32) -> Int {
            Int((gram &* 2_654_435_761) >> 7) & (self.keys.count - 1)
        }

        /// The bit mask of the terms with 3-gram `gram` (0: none).
        private func mask(of gram: UInt32) -> UInt64 {
            var slot = self.slot(of: gram)
            while true {
                let key = self.keys[slot]
                if key == 0 { return 0 }
                if key == gram | 1 << 31 { return self.masks[slot] }
                slot = (slot + 1) & (self.keys.count - 1)
            }
        }

        /// The IDF-weighted average over the terms of each one's best Dice coefficient with the
        /// words of a heading, given as ``HeadingWords`` keeps them (each word's number of
        /// 3-grams, then the 3-grams).
        func align(_ entries: UnsafeBufferPointer<UInt32>) -> Float {
            let count = self.count
            return withUnsafeTemporaryAllocation(of: Int32.self, capacity: count) { shared in
                withUnsafeTemporaryAllocation(of: Float.self, capacity: count) { best in
                    shared.initialize(repeating: 0)
                    best.initialize(repeating: 0)
                    var next = 0
                    while next < entries.count {
                        let start = next + 1
                        let end = start + Int(entries[next])
                        next = end
                        var touched: UInt64 = 0
                        for position in start..<end {
                            var mask = self.mask(of: entries[position])
                            touched |= mask
                            while mask != 0 {
                                shared[mask.trailingZeroBitCount] += 1
                                mask &= mask - 1
                            }
                        }
                        while touched != 0 {
                            let term = touched.trailingZeroBitCount
                            touched &= touched - 1
                            let dice =
                                Float(2 * shared[term])
                                / Float(self.gramCounts[term] + Int32(end - start))
                            best[term] = max(best[term], dice)
                            shared[term] = 0
                        }
                    }
                    var sum: Float = 0
                    for term in 0..<count { sum += self.weights[term] * best[term] }
                    return sum / self.total
                }
            }
        }
    }

    /// For each range of headings (a document's), the best alignment of a prepared query with
    /// one of them; `stems` are the index's, whose ids the headings' terms are.
    func bestAlignments(
        _ query: Query, headings: [Range<Int>], stems: TermDictionary
    ) -> [Float] {
        guard query.count > 0, query.total > 0 else {
            return [Float](repeating: 0, count: headings.count)
        }
        // One heading at a time, each word as its number of 3-grams followed by the 3-grams:
        // kept, or worked out into `scratch`.
        var scratch: [UInt32] = []
        if self.entries == nil { scratch.reserveCapacity(256) }
        var best: [Float] = []
        best.reserveCapacity(headings.count)
        for range in headings {
            var value: Float = 0
            for heading in range {
                let start = Int(self.termStart[heading])
                let end = Int(self.termStart[heading + 1])
                guard start < end else { continue }
                let alignment: Float
                if let entries = self.entries {
                    let first = Int(self.entryStart[heading])
                    let last = Int(self.entryStart[heading + 1])
                    alignment = entries.withUnsafeBufferPointer {
                        query.align(UnsafeBufferPointer(rebasing: $0[first..<last]))
                    }
                } else {
                    scratch.removeAll(keepingCapacity: true)
                    Self.appendEntries(of: self.terms[start..<end], stems: stems, to: &scratch)
                    alignment = scratch.withUnsafeBufferPointer { query.align($0) }
                }
                value = max(value, alignment)
            }
            best.append(value)
        }
        return best
    }
}
