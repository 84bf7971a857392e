/// The terms of a search index: stems as integer ids, with a cache from each written word to its
/// stem so that each distinct word is stemmed once, however often it occurs.
///
/// Text is normalised (case, diacritics, punctuation) and split into words; each word's stem is
/// the term. Stop words are marked per term, so queries can leave them out.
struct TermVocabulary: Sendable {
    private(set) var stems = TermDictionary(minimumCapacity: 1 << 14)
    private var words = TermDictionary(minimumCapacity: 1 << 15)
    /// The stem term of each word id.
    private var stemOfWord: [Int32] = []
    /// Whether each term is a stop word.
    private(set) var isStop: [Bool] = []
    /// The written words, for reading an unknown query word as a known one a slip away; `nil`
    /// (no spelling correction) until ``withWordFilter()``.
    private var wordFilter: WordFilter?
    private let normalizer = TextNormalizer()
    /// The language whose stemmer and stop words make the terms.
    let language: Language

    /// Creates an empty vocabulary for a language.
    init(language: Language = .english) {
        self.language = language
    }

    /// The number of terms.
    var count: Int { self.stems.count }

    /// Approximate memory, in bytes.
    var memoryBytes: Int {
        // Arena bytes plus offsets and hash slots, estimated from the counts.
        (self.stems.count + self.words.count) * 24 + self.stemOfWord.count * 4 + self.isStop.count
            + (self.wordFilter?.memoryBytes ?? 0)
    }

    /// The same vocabulary with a filter of its written words, which turns on spelling
    /// correction in ``queryTerms(_:dropsStopWords:preference:)`` and keeps it fast.
    func withWordFilter() -> TermVocabulary {
        var vocabulary = self
        var filter = WordFilter(capacity: self.words.count)
        for id in 0..<self.words.count {
            filter.insert(hash: self.words.withTermBytes(id) { WordFilter.hash($0) })
        }
        vocabulary.wordFilter = filter
        return vocabulary
    }

    /// The stem of a term id.
    func name(_ id: Int) -> String {
        self.stems.term(id)
    }

    /// Calls `body` with the term id of each word of `text`, adding new words and stems.
    mutating func forEachTerm(of text: String, _ body: (Int32) -> Void) {
        var stemBuffer: [UInt8] = []
        let normalized = self.normalized(text)
        Self.forEachWord(of: normalized) { word in
            let wordID = self.words.intern(word)
            if wordID == self.stemOfWord.count {
                stemBuffer.removeAll(keepingCapacity: true)
                self.language.stem(word, into: &stemBuffer)
                let term = stemBuffer.withUnsafeBufferPointer { self.stems.intern($0) }
                if term == self.isStop.count {
                    self.isStop.append(
                        stemBuffer.withUnsafeBufferPointer { self.language.isStopWord($0) })
                }
                self.stemOfWord.append(Int32(term))
            }
            body(self.stemOfWord[wordID])
        }
    }

    /// The distinct known terms of a query, in order of first appearance; words the index never
    /// saw are stemmed on the spot and looked up as stems.
    ///
    /// With a word filter (``withWordFilter()``), a word found neither as written nor as a
    /// stem is read as the known word one typing slip away (see ``SpellingNeighbours``) whose
    /// term `preference` rates highest (ties: the term seen first), if any; stop words are
    /// never chosen.
    func queryTerms(
        _ text: String, dropsStopWords: Bool, preference: (Int32) -> Int
    ) -> [Int32] {
        var terms: [Int32] = []
        self.forEachQueryWord(text, preference: preference) { term, isStop in
            if !(dropsStopWords && isStop), !terms.contains(term) {
                terms.append(term)
            }
        }
        return terms
    }

    /// The query's informative words: those that are not stop words and hold a letter (so not
    /// numbers or amounts), each as its term, or `nil` when no article knows it; a term once,
    /// a word no article knows once per distinct stem.
    ///
    /// Words are read as in ``queryTerms(_:dropsStopWords:preference:)``, spelling correction
    /// included.
    func informativeWords(
        _ text: String, preference: (Int32) -> Int
    ) -> [Int32?] {
        var known: [Int32] = []
        var unknown: Set<[UInt8]> = []
        var words: [Int32?] = []
        var stemBuffer: [UInt8] = []
        self.forEachQueryWord(text, preference: preference) { term, isStop in
            if !isStop, !known.contains(term) {
                known.append(term)
                words.append(term)
            }
        } unknown: { word in
            guard word.contains(where: Self.isLetter) else { return }
            stemBuffer.removeAll(keepingCapacity: true)
            self.language.stem(word, into: &stemBuffer)
            let isStop = stemBuffer.withUnsafeBufferPointer { self.language.isStopWord($0) }
            if !isStop, unknown.insert(stemBuffer).inserted { words.append(nil) }
        }
        return words
    }

    /// Calls `body` with each word of a query that is known (as written, as a stem, or one
    /// typing slip away) as its term and whether that is a stop word, and `unknown` with the
    /// others' normalised bytes.
    private func forEachQueryWord(
        _ text: String, preference: (Int32) -> Int, _ body: (Int32, Bool) -> Void,
        unknown: (UnsafeBufferPointer<UInt8>) -> Void = { _ in }
    ) {
        var stemBuffer: [UInt8] = []
        var neighbours = SpellingNeighbours()
        Self.forEachWord(of: self.normalized(text)) { word in
            var term: Int32?
            if let wordID = self.words.id(of: word) {
                term = self.stemOfWord[wordID]
            } else {
                stemBuffer.removeAll(keepingCapacity: true)
                self.language.stem(word, into: &stemBuffer)
                term = stemBuffer.withUnsafeBufferPointer { self.stems.id(of: $0) }.map {
                    Int32($0)
                }
                if term == nil, let filter = self.wordFilter {
                    term = self.correction(
                        of: word, filter: filter, neighbours: &neighbours, preference)
                }
            }
            if let term {
                body(term, self.isStop[Int(term)])
            } else {
                unknown(word)
            }
        }
    }

    /// Whether a normalised byte belongs to a letter: ASCII letters, and any byte of a
    /// non-ASCII character (normalised text keeps only letters and marks outside ASCII).
    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || byte >= 0x80
    }

    /// The term of the known word one slip away from `word` that `preference` rates highest.
    private func correction(
        of word: UnsafeBufferPointer<UInt8>, filter: WordFilter,
        neighbours: inout SpellingNeighbours, _ preference: (Int32) -> Int
    ) -> Int32? {
        var best: (term: Int32, rating: Int)?
        neighbours.forEach(of: word, in: filter) { variant in
            if let wordID = self.words.id(of: variant) {
                let term = self.stemOfWord[wordID]
                if !self.isStop[Int(term)] {
                    let rating = preference(term)
                    if best.map({ rating > $0.rating || (rating == $0.rating && term < $0.term) })
                        ?? true
                    {
                        best = (term, rating)
                    }
                }
            }
            return true
        }
        return best?.term
    }

    /// The normalised UTF-8 of `text`: words separated by single spaces.
    private func normalized(_ text: String) -> [UInt8] {
        var normalized: [UInt8] = []
        normalized.reserveCapacity(text.utf8.count)
        var copy = text
        copy.withUTF8 { self.normalizer.normalize(utf8: $0, into: &normalized) }
        return normalized
    }

    /// Calls `body` with each space-separated word of normalised text.
    private static func forEachWord(
        of normalized: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        normalized.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != 0x20 { end += 1 }
                body(UnsafeBufferPointer(rebasing: buffer[start..<end]))
                start = end + 1
            }
        }
    }
}
