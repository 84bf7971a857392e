/// Turns text into terms for matching: normalise, split into words, stem, and form word
/// bigrams; terms are interned as integer ids in a ``TermDictionary``.
///
/// The analyzer is a value with no state of its own; indexes keep their dictionaries. Its
/// ``Language`` (English unless a bot's locale says otherwise) chooses the stemmer and the
/// stop words.
///
/// ```swift
/// let analyzer = TextAnalyzer()
/// var dictionary = TermDictionary()
/// let analyzed = analyzer.analyze("Refunds, please!")
/// let terms = analyzer.terms(of: analyzed, interningInto: &dictionary)  // "refund", "pleas", "refund pleas"
/// ```
public struct TextAnalyzer: Sendable {
    /// Which terms to produce from the stems.
    public struct Options: Sendable, Hashable {
        /// Add a term for each pair of adjacent words.
        public var bigrams: Bool
        /// Leave out common function words (`the`, `my`, `how`), for retrieval.
        public var dropsStopWords: Bool

        /// Creates options.
        public init(bigrams: Bool = true, dropsStopWords: Bool = false) {
            self.bigrams = bigrams
            self.dropsStopWords = dropsStopWords
        }
    }

    private let normalizer = TextNormalizer()
    /// The language whose stemmer and stop words the analyzer uses.
    public let language: Language

    /// Creates an analyzer for a language.
    public init(language: Language = .english) {
        self.language = language
    }

    /// Normalises and stems a message.
    public func analyze(_ text: String) -> AnalyzedText {
        var normalized: [UInt8] = []
        normalized.reserveCapacity(text.utf8.count)
        var copy = text
        copy.withUTF8 { self.normalizer.normalize(utf8: $0, into: &normalized) }
        var stems: [UInt8] = []
        stems.reserveCapacity(normalized.count)
        var ranges: [Range<Int>] = []
        normalized.withUnsafeBufferPointer { buffer in
            for word in Tokenizer.words(in: buffer) {
                let start = stems.count
                self.language.stem(UnsafeBufferPointer(rebasing: buffer[word]), into: &stems)
                ranges.append(start..<stems.count)
            }
        }
        return AnalyzedText(
            original: text, normalized: normalized, stemBytes: stems, stemRanges: ranges)
    }

    /// Normalises a message without stemming it, for character n-gram features only.
    public func normalize(_ text: String) -> AnalyzedText {
        var normalized: [UInt8] = []
        normalized.reserveCapacity(text.utf8.count)
        var copy = text
        copy.withUTF8 { self.normalizer.normalize(utf8: $0, into: &normalized) }
        return AnalyzedText(original: text, normalized: normalized, stemBytes: [], stemRanges: [])
    }

    /// The term ids of an analysed text, adding unseen terms to the dictionary.
    public func terms(
        of text: AnalyzedText, options: Options = Options(),
        interningInto dictionary: inout TermDictionary
    ) -> [Int] {
        var ids: [Int] = []
        self.forEachTerm(of: text, options: options) { ids.append(dictionary.intern($0)) }
        return ids
    }

    /// The term ids of an analysed text that the dictionary knows; unknown terms are skipped.
    public func knownTerms(
        of text: AnalyzedText, options: Options = Options(), in dictionary: TermDictionary
    ) -> [Int] {
        var ids: [Int] = []
        self.forEachTerm(of: text, options: options) { bytes in
            if let id = dictionary.id(of: bytes) { ids.append(id) }
        }
        return ids
    }

    /// Calls `body` with the bytes of each term: the stems, then each adjacent pair joined by a space.
    func forEachTerm(
        of text: AnalyzedText, options: Options, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        text.stemBytes.withUnsafeBufferPointer { stems in
            var kept: [Range<Int>] = []
            kept.reserveCapacity(text.stemRanges.count)
            for range in text.stemRanges {
                let stem = UnsafeBufferPointer(rebasing: stems[range])
                if options.dropsStopWords, self.language.isStopWord(stem) { continue }
                kept.append(range)
                body(stem)
            }
            guard options.bigrams, kept.count > 1 else { return }
            var pair: [UInt8] = []
            pair.reserveCapacity(32)
            for index in 1..<kept.count {
                pair.removeAll(keepingCapacity: true)
                pair.append(contentsOf: stems[kept[index - 1]])
                pair.append(0x20)
                pair.append(contentsOf: stems[kept[index]])
                pair.withUnsafeBufferPointer { body($0) }
            }
        }
    }
}
