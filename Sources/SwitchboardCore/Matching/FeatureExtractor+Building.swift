extension FeatureExtractor {
    /// Builds the extractor from training texts and returns it with the texts' vectors.
    ///
    /// - Parameters:
    ///   - minimumDocumentFrequency: features seen in fewer texts are dropped (they cannot
    ///     generalise, and dropping them keeps the model small).
    public static func build(
        from texts: [AnalyzedText], options: Options, minimumDocumentFrequency: Int = 1
    ) -> (extractor: FeatureExtractor, vectors: [Vector]) {
        var all = TermDictionary(minimumCapacity: 1 << 16)
        var documents: [[Int32]] = []
        documents.reserveCapacity(texts.count)
        var frequency: [Int32] = []
        for text in texts {
            var ids: [Int32] = []
            Self.forEachFeature(of: text, options: options) { ids.append(Int32(all.intern($0))) }
            if frequency.count < all.count {
                frequency += [Int32](repeating: 0, count: all.count - frequency.count)
            }
            var seen = Set<Int32>()
            for id in ids where seen.insert(id).inserted { frequency[Int(id)] += 1 }
            documents.append(ids)
        }
        // Keep frequent enough features, renumbered densely in first-seen order.
        var dictionary = TermDictionary(minimumCapacity: all.count)
        var renumbered = [Int32](repeating: -1, count: all.count)
        var idf: [Float] = []
        var isWord: [Bool] = []
        let n = Float(texts.count)
        for id in 0..<all.count where Int(frequency[id]) >= minimumDocumentFrequency {
            all.withTermBytes(id) { bytes in
                renumbered[id] = Int32(dictionary.intern(bytes))
                isWord.append(Self.isWordTag(bytes.first))
            }
            idf.append(logarithm((1 + n) / (1 + Float(frequency[id]))) + 1)
        }
        let extractor = FeatureExtractor(
            options: options, dictionary: dictionary, idf: idf, isWord: isWord)
        let vectors = documents.map { ids in
            extractor.weigh(ids.compactMap { renumbered[Int($0)] >= 0 ? renumbered[Int($0)] : nil })
        }
        return (extractor, vectors)
    }

    /// Builds an extractor from texts added one at a time, keeping only document frequencies
    /// (no vectors), for corpora too large to hold as vectors.
    public struct Builder: Sendable {
        /// The features to produce.
        public let options: Options
        private var dictionary = TermDictionary(minimumCapacity: 1 << 14)
        private var frequency: [Int32] = []
        private var lastSeen: [Int32] = []
        private var texts: Int32 = 0

        /// Creates an empty builder.
        public init(options: Options) {
            self.options = options
        }

        /// Counts the features of one text.
        public mutating func add(_ text: AnalyzedText) {
            self.texts += 1
            let stamp = self.texts
            FeatureExtractor.forEachFeature(of: text, options: self.options) { bytes in
                let id = self.dictionary.intern(bytes)
                if id == self.frequency.count {
                    self.frequency.append(0)
                    self.lastSeen.append(0)
                }
                if self.lastSeen[id] != stamp {
                    self.lastSeen[id] = stamp
                    self.frequency[id] += 1
                }
            }
        }

        /// The extractor, with IDF from the texts added.
        public func build() -> FeatureExtractor {
            let n = Float(self.texts)
            var isWord: [Bool] = []
            isWord.reserveCapacity(self.dictionary.count)
            for id in 0..<self.dictionary.count {
                isWord.append(
                    self.dictionary.withTermBytes(id) { FeatureExtractor.isWordTag($0.first) })
            }
            return FeatureExtractor(
                options: self.options, dictionary: self.dictionary,
                idf: self.frequency.map { logarithm((1 + n) / (1 + Float($0))) + 1 }, isWord: isWord
            )
        }
    }
}
