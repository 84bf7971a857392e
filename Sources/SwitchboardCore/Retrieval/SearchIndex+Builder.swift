extension SearchIndex {
    /// Builds a ``SearchIndex`` from documents added one at a time.
    ///
    /// Only term counts are kept per document (about 10 bytes per distinct term of a document),
    /// so a large corpus can be read and indexed as a stream.
    public struct Builder: Sendable {
        /// Heading text up to which re-ranking keeps every heading's vector ready (at most
        /// 16 bytes of vector per byte of text, a 3- and a 4-gram per character): a help
        /// center of thousands of articles, not a package catalogue.
        var headingVectorBudget = 1 << 19

        /// The scoring settings.
        public let options: Options
        var vocabulary: TermVocabulary
        /// Per document, per distinct term: the term and its count in each field.
        var pairTerms: [UInt32] = []
        var pairCounts: [UInt8] = []  // three per pair: title, questions, body (saturating at 255)
        var documentStart: [UInt32] = [0]
        var fieldLengths: [UInt32] = []  // three per document
        var headingBuilder = FeatureExtractor.Builder(
            options: FeatureExtractor.Options(wordNGrams: nil, characterNGrams: 3...4))
        var headings: [String] = []
        var headingStart: [UInt32] = [0]
        /// Each heading's distinct content terms, back to back (see ``HeadingWords``).
        var headingTerms: [Int32] = []
        var headingTermStart: [UInt32] = [0]
        let analyzer = TextAnalyzer()
        /// A per-document table from term id to its pair (slot holds pair index + 1; 0 is free).
        private var slots: [Int32] = [Int32](repeating: 0, count: 1024)

        /// Creates an empty builder whose terms are stems and stop words of `language`.
        public init(options: Options = Options(), language: Language = .english) {
            self.options = options
            self.vocabulary = TermVocabulary(language: language)
        }

        /// The number of documents added.
        public var documentCount: Int { self.documentStart.count - 1 }

        /// Adds a document.
        public mutating func add(title: String, questions: [String] = [], body: String) {
            let first = self.pairTerms.count
            var lengths: (UInt32, UInt32, UInt32) = (0, 0, 0)
            var touchedSlots: [Int] = []
            func count(_ term: Int32, field: Int) {
                let mask = self.slots.count - 1
                var slot = Int(UInt32(bitPattern: term) &* 2_654_435_761) & mask
                while true {
                    let entry = self.slots[slot]
                    if entry == 0 {
                        self.slots[slot] = Int32(self.pairTerms.count - first + 1)
                        touchedSlots.append(slot)
                        self.pairTerms.append(UInt32(term))
                        self.pairCounts.append(field == 0 ? 1 : 0)
                        self.pairCounts.append(field == 1 ? 1 : 0)
                        self.pairCounts.append(field == 2 ? 1 : 0)
                        return
                    }
                    let pair = first + Int(entry) - 1
                    if self.pairTerms[pair] == UInt32(term) {
                        let index = pair * 3 + field
                        if self.pairCounts[index] < UInt8.max { self.pairCounts[index] += 1 }
                        return
                    }
                    slot = (slot + 1) & mask
                }
            }
            if self.options.rerankDepth > 0 {
                for heading in [title] + questions {
                    self.headingBuilder.add(self.analyzer.normalize(heading))
                    self.headings.append(heading)
                }
                self.headingStart.append(UInt32(self.headings.count))
            }
            let texts: [(String, Int)] = [(title, 0)] + questions.map { ($0, 1) } + [(body, 2)]
            let keepsHeadingTerms = self.options.rerankDepth > 0
            for (text, field) in texts {
                let headingFirst = self.headingTerms.count
                self.vocabulary.forEachTerm(of: text) { term in
                    if keepsHeadingTerms, field < 2,
                        !self.headingTerms[headingFirst...].contains(term)
                    {
                        self.headingTerms.append(term)
                    }
                    // Keep the table at most half full: grow and re-insert this document's pairs.
                    if 2 * (self.pairTerms.count - first + 1) > self.slots.count {
                        for slot in touchedSlots { self.slots[slot] = 0 }
                        touchedSlots.removeAll()
                        self.slots = [Int32](repeating: 0, count: self.slots.count * 2)
                        let mask = self.slots.count - 1
                        for pair in first..<self.pairTerms.count {
                            var slot =
                                Int(
                                    UInt32(bitPattern: Int32(self.pairTerms[pair])) &* 2_654_435_761
                                ) & mask
                            while self.slots[slot] != 0 { slot = (slot + 1) & mask }
                            self.slots[slot] = Int32(pair - first + 1)
                            touchedSlots.append(slot)
                        }
                    }
                    count(term, field: field)
                    switch field {
                    case 0: lengths.0 += 1
                    case 1: lengths.1 += 1
                    default: lengths.2 += 1
                    }
                }
                if keepsHeadingTerms, field < 2 {
                    // Stop words are known once the terms are in the vocabulary.
                    let isStop = self.vocabulary.isStop
                    self.headingTerms.removeSubrange(
                        self.headingTerms[headingFirst...].partition { isStop[Int($0)] }...)
                    self.headingTermStart.append(UInt32(self.headingTerms.count))
                }
            }
            for slot in touchedSlots { self.slots[slot] = 0 }
            self.fieldLengths.append(lengths.0)
            self.fieldLengths.append(lengths.1)
            self.fieldLengths.append(lengths.2)
            self.documentStart.append(UInt32(self.pairTerms.count))
        }

        /// The finished index.
        public func build() -> SearchIndex {
            let documents = self.documentCount
            let termCount = self.vocabulary.count
            var frequency = [UInt32](repeating: 0, count: termCount + 1)
            for term in self.pairTerms { frequency[Int(term) + 1] += 1 }
            var start = frequency
            for term in 0..<termCount { start[term + 1] += start[term] }
            let impacts: Impacts
            switch (self.options.scoring, self.options.fieldScoring) {
            case (.cosine, _):
                impacts = self.cosineImpacts(documentFrequency: frequency)
            case (.bm25, .combined):
                impacts = self.combinedImpacts(documentFrequency: frequency)
            case (.bm25, .separate):
                impacts = self.separateImpacts()
            }
            // Two passes: the largest impact sets the quantisation step, then postings are filled.
            var largest: Float = 0
            impacts.visit { _, _, impact in largest = max(largest, impact) }
            let unit = largest > 0 ? largest / Float(UInt16.max) : 1
            var cursor = start
            var postingDocuments = [UInt32](repeating: 0, count: self.pairTerms.count)
            var quantised = [UInt16](repeating: 0, count: self.pairTerms.count)
            impacts.visit { document, term, impact in
                let slot = Int(cursor[term])
                postingDocuments[slot] = UInt32(document)
                quantised[slot] = UInt16(min(Float(UInt16.max), max(1, (impact / unit).rounded())))
                cursor[term] += 1
            }
            let headingFeatures = self.headingBuilder.build()
            let reranks = self.options.rerankDepth > 0
            // The number of documents with each term in a heading (title or question).
            var headingFrequency = [UInt32](repeating: 0, count: termCount)
            for pair in 0..<self.pairTerms.count
            where self.pairCounts[pair * 3] > 0 || self.pairCounts[pair * 3 + 1] > 0 {
                headingFrequency[Int(self.pairTerms[pair])] += 1
            }
            return SearchIndex(
                options: self.options, documentCount: documents,
                terms: self.options.correctsSpelling
                    ? self.vocabulary.withWordFilter() : self.vocabulary,
                termCeilings: impacts.ceilings,
                postingStart: start, postingDocuments: postingDocuments, postingImpacts: quantised,
                impactUnit: unit, headingFeatures: headingFeatures,
                headings: self.headings,
                headingStart: reranks
                    ? self.headingStart : [UInt32](repeating: 0, count: documents + 1),
                headingVectors: reranks
                    ? HeadingVectors(
                        headings: self.headings, extractor: headingFeatures,
                        byteBudget: self.headingVectorBudget) : nil,
                headingWords: HeadingWords(
                    headingTerms: self.headingTerms, headingTermStart: self.headingTermStart,
                    headingFrequency: headingFrequency, documentCount: documents,
                    stems: self.vocabulary.stems, byteBudget: 4 * self.headingVectorBudget))
        }
    }
}
