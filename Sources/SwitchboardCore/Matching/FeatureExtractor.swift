/// Turns a message into a sparse TF-IDF feature vector for the intent classifier: word
/// n-grams over stems, and character n-grams inside word boundaries (typo tolerance).
///
/// Each block of features (words, characters) is weighted with sublinear term frequency and
/// smoothed IDF, L2-normalised on its own and scaled by its block weight, as scikit-learn's
/// `FeatureUnion` of two `TfidfVectorizer`s does. Features are interned in one
/// ``TermDictionary`` with a tag byte in front (`w` stems, `v` words, `c` characters), so building and
/// looking up work on bytes and integer ids only.
///
/// Build it with ``Builder`` over the training texts; afterwards it is immutable.
public struct FeatureExtractor: Sendable {
    /// Which features to produce.
    public struct Options: Sendable, Hashable {
        /// What word n-grams are made of.
        public enum WordForm: String, Sendable, Hashable, CaseIterable {
            /// Stems (`refunds` and `refunded` are one word).
            case stems
            /// Normalised words, as written.
            case words
            /// Both: stems (tag `w`) and words as written (tag `v`).
            case both
        }

        /// Word n-gram lengths, such as `1...2`; `nil` for none.
        public var wordNGrams: ClosedRange<Int>?
        /// What word n-grams are made of.
        public var wordForm: WordForm = .stems
        /// Character n-gram lengths inside padded words, such as `2...5`; `nil` for none.
        public var characterNGrams: ClosedRange<Int>?
        /// The weight of the word block in the combined vector.
        public var wordWeight: Float
        /// The weight of the character block in the combined vector.
        public var characterWeight: Float

        /// Creates options.
        public init(
            wordNGrams: ClosedRange<Int>? = 1...2, wordForm: WordForm = .stems,
            characterNGrams: ClosedRange<Int>? = 2...4, wordWeight: Float = 1,
            characterWeight: Float = 1
        ) {
            self.wordNGrams = wordNGrams
            self.wordForm = wordForm
            self.characterNGrams = characterNGrams
            self.wordWeight = wordWeight
            self.characterWeight = characterWeight
        }

        /// The values of ``characterWeight`` a front end accepts (`eval intents`).
        ///
        /// 0 leaves the character block out of the scores; each block is normalised on its
        /// own, so at 100 the word block already counts for next to nothing.
        public static let characterWeightRange: ClosedRange<Float> = 0...100
    }

    /// A sparse vector: feature ids with their values, in no particular order.
    public struct Vector: Sendable, Equatable {
        /// Feature ids.
        public var features: [Int32] = []
        /// Their values.
        public var values: [Float] = []

        /// Creates an empty vector.
        public init() {}

        /// The squared L2 norm.
        public var squaredNorm: Float {
            self.values.reduce(0) { $0 + $1 * $1 }
        }
    }

    /// The options it was built with.
    public let options: Options
    let dictionary: TermDictionary
    /// The feature ids with their signed IDF (``signedIDF(_:)``) by hash, for lookups while
    /// scanning a message.
    let table: FeatureTable
    /// The IDF of each feature id.
    let idf: [Float]
    /// Whether each feature id is a word feature (else a character feature).
    let isWord: [Bool]

    /// An extractor of a dictionary's features with their IDF.
    init(options: Options, dictionary: TermDictionary, idf: [Float], isWord: [Bool]) {
        self.options = options
        self.dictionary = dictionary
        self.idf = idf
        self.isWord = isWord
        self.table = FeatureTable(dictionary) { isWord[$0] ? -idf[$0] : idf[$0] }
    }

    /// The number of features.
    public var featureCount: Int { self.idf.count }

    /// The text of a feature, such as `w:refund` or `c: ref`, for explanations.
    public func name(of feature: Int) -> String {
        let term = self.dictionary.term(feature)
        guard let tag = term.first else { return term }
        return "\(tag):" + term.dropFirst()
    }

    /// The vector of an analysed message; features not seen in training are left out.
    ///
    /// The feature table gives each occurrence's id and IDF in one lookup, and the occurrences
    /// are collected in scratch space, so the only allocations are the vector's own.
    public func vector(for text: AnalyzedText) -> Vector {
        let bound = Self.occurrenceBound(of: text, options: self.options)
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: bound) { ids in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: bound) { weights in
                var count = 0
                Self.forEachFeatureHash(of: text, options: self.options) { hash in
                    guard count < bound, let entry = self.table.entry(hash) else { return }
                    ids[count] = entry.id
                    weights[count] = entry.weight
                    count += 1
                }
                return Self.weigh(
                    ids: UnsafeBufferPointer(rebasing: ids[..<count]),
                    signedIDF: UnsafeBufferPointer(rebasing: weights[..<count]),
                    options: self.options)
            }
        }
    }

    /// The most feature occurrences a message can have: at most one character n-gram of each
    /// length starting at each byte or padding space (a word has two, and there are at most
    /// one more words than bytes), and at most `upperBound` word n-grams starting at each word
    /// of each word form.
    static func occurrenceBound(of text: AnalyzedText, options: Options) -> Int {
        let bytes = text.normalized.count
        let characters = options.characterNGrams.map { (3 * bytes + 2) * $0.count } ?? 0
        let words = options.wordNGrams.map { 2 * (bytes + 1 + text.wordCount) * $0.upperBound } ?? 0
        return characters + words + 1
    }

    /// A feature's IDF with its block in the sign: negative for word features, positive for
    /// character features (IDF is at least 1).
    func signedIDF(_ id: Int) -> Float {
        self.isWord[id] ? -self.idf[id] : self.idf[id]
    }

    /// Weighs feature ids, repeated as often as they occur (training texts).
    func weigh(_ ids: [Int32]) -> Vector {
        let signed = ids.map { self.signedIDF(Int($0)) }
        return ids.withUnsafeBufferPointer { ids in
            signed.withUnsafeBufferPointer { signed in
                Self.weigh(ids: ids, signedIDF: signed, options: self.options)
            }
        }
    }

    /// Weighs feature occurrences, each id given with its signed IDF (``signedIDF(_:)``) and
    /// repeated as often as it occurs.
    ///
    /// Sublinear TF times IDF, each block L2-normalised and scaled. Counting uses an
    /// open-addressing table in scratch space.
    static func weigh(
        ids: UnsafeBufferPointer<Int32>, signedIDF: UnsafeBufferPointer<Float>, options: Options
    ) -> Vector {
        var vector = Vector()
        guard !ids.isEmpty else { return vector }
        var size = 16
        while size < 2 * ids.count { size *= 2 }
        let mask = size - 1
        var distinct = 0
        var wordNorm: Float = 0
        var characterNorm: Float = 0
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: size) { slots in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: ids.count) { counts in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: ids.count) { firsts in
                    slots.initialize(repeating: -1)
                    for (occurrence, id) in ids.enumerated() {
                        var slot = Int(UInt32(bitPattern: id) &* 2_654_435_761) & mask
                        while true {
                            let position = Int(slots[slot])
                            if position < 0 {
                                slots[slot] = Int32(distinct)
                                firsts[distinct] = Int32(occurrence)
                                counts[distinct] = 1
                                distinct += 1
                                break
                            }
                            if ids[Int(firsts[position])] == id {
                                counts[position] += 1
                                break
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                    for position in 0..<distinct {
                        let idf = signedIDF[Int(firsts[position])]
                        let count = counts[position]
                        let weight = (count == 1 ? 1 : 1 + logarithm(count)) * abs(idf)
                        counts[position] = weight
                        if idf < 0 {
                            wordNorm += weight * weight
                        } else {
                            characterNorm += weight * weight
                        }
                    }
                    let wordScale = wordNorm > 0 ? options.wordWeight / wordNorm.squareRoot() : 0
                    let characterScale =
                        characterNorm > 0
                        ? options.characterWeight / characterNorm.squareRoot() : 0
                    vector.features = Array(unsafeUninitializedCapacity: distinct) { out, used in
                        for position in 0..<distinct { out[position] = ids[Int(firsts[position])] }
                        used = distinct
                    }
                    vector.values = Array(unsafeUninitializedCapacity: distinct) { out, used in
                        for position in 0..<distinct {
                            let word = signedIDF[Int(firsts[position])] < 0
                            out[position] = counts[position] * (word ? wordScale : characterScale)
                        }
                        used = distinct
                    }
                }
            }
        }
        return vector
    }

    /// Calls `body` with the tagged bytes of every feature occurrence of a message.
    ///
    /// Word n-grams are the stems joined by single spaces after the tag `w`; character n-grams
    /// are taken from each normalised word padded with a space on both sides (scikit-learn's
    /// `char_wb`), after the tag `c`. Scratch space is on the stack; nothing is allocated.
    static func forEachFeature(
        of text: AnalyzedText, options: Options, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let capacity = 256
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { scratch in
            guard let buffer = scratch.baseAddress else { return }
            if let wordNGrams = options.wordNGrams {
                Self.withWords(of: text, form: options.wordForm) { tag, stems, ranges in
                    guard let stemBase = stems.baseAddress else { return }
                    buffer[0] = tag
                    for start in ranges.indices {
                        var used = 1
                        for length in 1...wordNGrams.upperBound where start + length <= ranges.count
                        {
                            let range = ranges[start + length - 1]
                            if length > 1 {
                                guard used < capacity else { break }
                                buffer[used] = 0x20
                                used += 1
                            }
                            guard used + range.count <= capacity else { break }
                            (buffer + used).update(
                                from: stemBase + range.lowerBound, count: range.count)
                            used += range.count
                            if length >= wordNGrams.lowerBound {
                                body(UnsafeBufferPointer(start: buffer, count: used))
                            }
                        }
                    }
                }
            }
            guard let characterNGrams = options.characterNGrams else { return }
            text.normalized.withUnsafeBufferPointer { normalized in
                guard let source = normalized.baseAddress else { return }
                var wordStart = 0
                while wordStart < normalized.count {
                    var wordEnd = wordStart
                    while wordEnd < normalized.count, normalized[wordEnd] != 0x20 { wordEnd += 1 }
                    // Tag, space, word, space: a gram of n bytes at `start` is written just after
                    // the tag by sliding the tag along (the byte before each gram is overwritten).
                    let length = wordEnd - wordStart + 2
                    if length + 1 <= capacity {
                        buffer[1] = 0x20
                        (buffer + 2).update(from: source + wordStart, count: wordEnd - wordStart)
                        buffer[length] = 0x20
                        for n in characterNGrams where n <= length {
                            for start in 1...(length - n + 1) {
                                let saved = buffer[start - 1]
                                buffer[start - 1] = UInt8(ascii: "c")
                                body(UnsafeBufferPointer(start: buffer + start - 1, count: n + 1))
                                buffer[start - 1] = saved
                            }
                        }
                    }
                    wordStart = wordEnd + 1
                }
            }
        }
    }

    /// Calls `body` with the FNV-1a hash of every feature occurrence of a message: the same
    /// features as ``forEachFeature(of:options:_:)`` (character n-grams in another order),
    /// without writing bytes.
    static func forEachFeatureHash(
        of text: AnalyzedText, options: Options, _ body: (UInt64) -> Void
    ) {
        if let wordNGrams = options.wordNGrams {
            Self.withWords(of: text, form: options.wordForm) { tag, stems, ranges in
                let tagged = FeatureTable.step(FeatureTable.basis, tag)
                for start in ranges.indices {
                    var hash = tagged
                    var used = 1  // as in forEachFeature: n-grams over 256 bytes are left out
                    for length in 1...wordNGrams.upperBound where start + length <= ranges.count {
                        used += ranges[start + length - 1].count + (length > 1 ? 1 : 0)
                        if used > 256 { break }
                        if length > 1 { hash = FeatureTable.step(hash, 0x20) }
                        for index in ranges[start + length - 1] {
                            hash = FeatureTable.step(hash, stems[index])
                        }
                        if length >= wordNGrams.lowerBound { body(hash) }
                    }
                }
            }
        }
        guard let characterNGrams = options.characterNGrams else { return }
        let tagged = FeatureTable.step(FeatureTable.basis, UInt8(ascii: "c"))
        text.normalized.withUnsafeBufferPointer { normalized in
            var wordStart = 0
            while wordStart < normalized.count {
                var wordEnd = wordStart
                while wordEnd < normalized.count, normalized[wordEnd] != 0x20 { wordEnd += 1 }
                // Positions -1 and `count` of the word are the padding spaces.
                let count = wordEnd - wordStart
                if count + 3 <= 256 {
                    for start in -1...count {
                        var hash = tagged
                        var length = 0
                        var position = start
                        while length < characterNGrams.upperBound, position <= count {
                            let byte =
                                position < 0 || position == count
                                ? 0x20 : normalized[wordStart + position]
                            hash = FeatureTable.step(hash, byte)
                            length += 1
                            position += 1
                            if length >= characterNGrams.lowerBound { body(hash) }
                        }
                    }
                }
                wordStart = wordEnd + 1
            }
        }
    }

    /// Calls `body` with the tag, bytes and ranges of the message's words in each chosen form.
    @inline(__always)
    static func withWords(
        of text: AnalyzedText, form: Options.WordForm,
        _ body: (UInt8, UnsafeBufferPointer<UInt8>, [Range<Int>]) -> Void
    ) {
        if form != .words {
            text.stemBytes.withUnsafeBufferPointer { body(UInt8(ascii: "w"), $0, text.stemRanges) }
        }
        if form != .stems {
            // Words are tagged `w` when they are the only word form, `v` beside stems.
            let tag = UInt8(ascii: form == .both ? "v" : "w")
            text.normalized.withUnsafeBufferPointer { body(tag, $0, Tokenizer.words(in: $0)) }
        }
    }

    /// Whether a tag byte marks a word feature (stems `w` or words `v`).
    static func isWordTag(_ tag: UInt8?) -> Bool {
        tag == UInt8(ascii: "w") || tag == UInt8(ascii: "v")
    }
}
