import Testing

@testable import SwitchboardCore

/// Features of small messages written out by hand, and weights on a corpus small enough to
/// weigh by hand.
///
/// The corpus is `refund order`, `refund card`, `card help` (n = 3): with
/// idf = ln((1 + n) / (1 + df)) + 1, `refund` and `card` (df 2) weigh 1 + ln(4/3), `order` and
/// `help` (df 1) weigh 1 + ln 2.
@Suite struct FeatureExtractorTests {
    typealias Options = FeatureExtractor.Options

    static let ln2: Float = 0.693_147_18
    static let ln4over3: Float = 0.287_682_07
    static let ln3over2: Float = 0.405_465_11
    static let corpus = ["refund order", "refund card", "card help"]
    /// Word unigrams as written, no character n-grams.
    static let unigrams = Options(wordNGrams: 1...1, wordForm: .words, characterNGrams: nil)

    let analyzer = TextAnalyzer()

    /// The tagged bytes of every feature occurrence, as text (ASCII messages only).
    private func features(_ text: String, _ options: Options) -> [String] {
        var features: [String] = []
        FeatureExtractor.forEachFeature(of: self.analyzer.analyze(text), options: options) {
            features.append(String(decoding: $0, as: UTF8.self))
        }
        return features
    }

    /// The hash of each feature occurrence's bytes, from the byte scanner.
    private func byteHashes(_ text: AnalyzedText, _ options: Options) -> [UInt64] {
        var hashes: [UInt64] = []
        FeatureExtractor.forEachFeature(of: text, options: options) {
            hashes.append(FeatureTable.hash($0))
        }
        return hashes
    }

    /// The hashes from the hash scanner that `vector(for:)` uses.
    private func scannedHashes(_ text: AnalyzedText, _ options: Options) -> [UInt64] {
        var hashes: [UInt64] = []
        FeatureExtractor.forEachFeatureHash(of: text, options: options) { hashes.append($0) }
        return hashes
    }

    private func build(
        _ texts: [String], _ options: Options, minimumDocumentFrequency: Int = 1
    ) -> (extractor: FeatureExtractor, vectors: [FeatureExtractor.Vector]) {
        FeatureExtractor.build(
            from: texts.map { self.analyzer.analyze($0) }, options: options,
            minimumDocumentFrequency: minimumDocumentFrequency)
    }

    /// A vector's values by feature name.
    private func named(
        _ vector: FeatureExtractor.Vector, _ extractor: FeatureExtractor
    ) -> [String: Float] {
        #expect(vector.features.count == vector.values.count)
        #expect(Set(vector.features).count == vector.features.count, "a feature is listed twice")
        var values: [String: Float] = [:]
        for (feature, value) in zip(vector.features, vector.values) {
            values[extractor.name(of: Int(feature))] = value
        }
        return values
    }

    private func expectClose(
        _ actual: [String: Float], _ expected: [String: Float], tolerance: Float = 1e-5,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(
            actual.keys.sorted() == expected.keys.sorted(), sourceLocation: sourceLocation)
        for (name, value) in expected {
            let found = actual[name] ?? .nan
            #expect(
                abs(found - value) < tolerance, "\(name): \(found) vs \(value)",
                sourceLocation: sourceLocation)
        }
    }

    // MARK: - Features

    @Test("Word n-grams and character n-grams of each padded word, tagged w and c")
    func featuresOfAShortMessage() {
        let options = Options(wordNGrams: 1...2, wordForm: .words, characterNGrams: 2...3)
        let expected = [
            "whi", "whi there", "wthere",
            "c h", "chi", "ci ", "c hi", "chi ",
            "c t", "cth", "che", "cer", "cre", "ce ",
            "c th", "cthe", "cher", "cere", "cre ",
        ]
        #expect(self.features("Hi, THERE!", options).sorted() == expected.sorted())
    }

    @Test("A one-word message: \"hi\" with 2...3 gives ' h', 'hi', 'i ', ' hi', 'hi '")
    func characterNGramsOfOneWord() {
        let options = Options(wordNGrams: nil, characterNGrams: 2...3)
        #expect(self.features("hi", options).sorted() == ["c h", "c hi", "chi", "chi ", "ci "])
        // n-grams longer than the padded word are skipped.
        let long = Options(wordNGrams: nil, characterNGrams: 3...6)
        #expect(self.features("hi", long).sorted() == ["c hi", "c hi ", "chi "])
    }

    @Test("Word n-grams are made of stems or of words, as wordForm says")
    func wordForms() {
        let stems = Options(wordNGrams: 1...2, wordForm: .stems, characterNGrams: nil)
        let words = Options(wordNGrams: 1...2, wordForm: .words, characterNGrams: nil)
        #expect(
            self.features("Refunds refunded", stems) == ["wrefund", "wrefund refund", "wrefund"])
        #expect(
            self.features("Refunds refunded", words)
                == ["wrefunds", "wrefunds refunded", "wrefunded"])
    }

    @Test("Character n-grams come from the normalised words, not the stems")
    func characterNGramsUseWords() {
        let options = Options(wordNGrams: 1...1, wordForm: .stems, characterNGrams: 4...4)
        let expected = ["wrefund", "c ref", "crefu", "cefun", "cfund", "cunds", "cnds "]
        #expect(self.features("refunds", options).sorted() == expected.sorted())
    }

    @Test("Only the n-gram lengths asked for; nil turns a block off")
    func lengthsAndBlocks() {
        let bigrams = Options(wordNGrams: 2...2, wordForm: .words, characterNGrams: nil)
        #expect(self.features("a b c", bigrams) == ["wa b", "wb c"])
        let trigrams = Options(wordNGrams: 1...3, wordForm: .words, characterNGrams: nil)
        #expect(
            self.features("a b c", trigrams).sorted()
                == ["wa", "wa b", "wa b c", "wb", "wb c", "wc"])
        let none = Options(wordNGrams: nil, characterNGrams: nil)
        #expect(self.features("a b c", none).isEmpty)
        #expect(self.features("", Options()).isEmpty)
        #expect(self.features("?! ...", Options()).isEmpty)
    }

    @Test("name(of:) writes the tag, a colon and the feature; ids are in first-seen order")
    func names() {
        let options = Options(wordNGrams: 1...1, wordForm: .words, characterNGrams: 2...2)
        let (extractor, _) = self.build(["hi", "hi ho"], options)
        #expect(extractor.featureCount == 7)
        let names = (0..<extractor.featureCount).map { extractor.name(of: $0) }
        #expect(names == ["w:hi", "c: h", "c:hi", "c:i ", "w:ho", "c:ho", "c:o "])
    }

    // MARK: - Weights

    @Test("idf is ln((1 + n) / (1 + df)) + 1, and a document is L2-normalised")
    func inverseDocumentFrequency() {
        let (extractor, vectors) = self.build(Self.corpus, Self.unigrams)
        #expect(extractor.featureCount == 4)
        var idf: [String: Float] = [:]
        for feature in 0..<extractor.featureCount {
            idf[extractor.name(of: feature)] = extractor.idf[feature]
        }
        let shared = 1 + Self.ln4over3
        let single = 1 + Self.ln2
        self.expectClose(
            idf, ["w:refund": shared, "w:order": single, "w:card": shared, "w:help": single])
        // refund order: (1.287682, 1.693147) / 2.127157.
        #expect(vectors.count == 3)
        self.expectClose(
            self.named(vectors[0], extractor), ["w:refund": 0.605_349, "w:order": 0.795_961])
        self.expectClose(
            self.named(vectors[1], extractor), ["w:refund": 0.707_107, "w:card": 0.707_107])
        self.expectClose(
            self.named(vectors[2], extractor), ["w:card": 0.605_349, "w:help": 0.795_961])
    }

    @Test("A new message is weighed with the training idf")
    func vectorOfANewMessage() {
        let (extractor, _) = self.build(Self.corpus, Self.unigrams)
        let vector = extractor.vector(for: self.analyzer.analyze("help with a refund"))
        self.expectClose(
            self.named(vector, extractor), ["w:help": 0.795_961, "w:refund": 0.605_349])
        #expect(abs(vector.squaredNorm - 1) < 1e-5)
    }

    @Test("Term frequency is sublinear: a word said twice weighs 1 + ln 2 times its idf")
    func sublinearTermFrequency() {
        let (extractor, _) = self.build(Self.corpus, Self.unigrams)
        let vector = extractor.vector(for: self.analyzer.analyze("refund order refund"))
        // refund: (1 + ln 2) * (1 + ln(4/3)) = 2.180232; order: 1.693147; length 2.760539.
        self.expectClose(
            self.named(vector, extractor), ["w:refund": 0.789_807, "w:order": 0.613_356])
        let thrice = extractor.vector(for: self.analyzer.analyze("card card card"))
        self.expectClose(self.named(thrice, extractor), ["w:card": 1])
    }

    @Test("Each block is L2-normalised on its own and scaled by its weight")
    func blockWeights() {
        let options = Options(
            wordNGrams: 1...1, wordForm: .words, characterNGrams: 2...2, wordWeight: 2,
            characterWeight: 0.5)
        let (extractor, vectors) = self.build(["hi", "ho"], options)
        // n = 2: hi, 'hi' and 'i ' have df 1 (idf 1 + ln 1.5 = 1.405465); ' h' has df 2 (idf 1).
        // Characters: (1, 1.405465, 1.405465) / 2.225010 * 0.5.
        let expected: [String: Float] = [
            "w:hi": 2, "c: h": 0.224_718, "c:hi": 0.315_833, "c:i ": 0.315_833,
        ]
        self.expectClose(self.named(vectors[0], extractor), expected)
        let vector = extractor.vector(for: self.analyzer.analyze("hi"))
        self.expectClose(self.named(vector, extractor), expected)
        var wordNorm: Float = 0
        var characterNorm: Float = 0
        for (feature, value) in zip(vector.features, vector.values) {
            if extractor.isWord[Int(feature)] {
                wordNorm += value * value
            } else {
                characterNorm += value * value
            }
        }
        #expect(abs(wordNorm - 4) < 1e-5)
        #expect(abs(characterNorm - 0.25) < 1e-5)
        #expect(abs(1 + Self.ln3over2 - extractor.idf[0]) < 1e-6)
    }

    @Test("Features not seen in training are left out, and the rest normalised without them")
    func unseenFeatures() {
        let (extractor, _) = self.build(Self.corpus, Self.unigrams)
        let vector = extractor.vector(for: self.analyzer.analyze("refund the xylophone"))
        self.expectClose(self.named(vector, extractor), ["w:refund": 1])
        let empty = extractor.vector(for: self.analyzer.analyze("zebra crossing"))
        #expect(empty == FeatureExtractor.Vector())
        #expect(extractor.vector(for: self.analyzer.analyze("")) == FeatureExtractor.Vector())
    }

    @Test("minimumDocumentFrequency drops rare features; idf still counts every document")
    func minimumDocumentFrequency() {
        let (extractor, vectors) = self.build(
            Self.corpus, Self.unigrams, minimumDocumentFrequency: 2)
        #expect(extractor.featureCount == 2)
        #expect((0..<2).map { extractor.name(of: $0) } == ["w:refund", "w:card"])
        #expect(extractor.idf.allSatisfy { abs($0 - (1 + Self.ln4over3)) < 1e-6 })
        self.expectClose(self.named(vectors[0], extractor), ["w:refund": 1])
        self.expectClose(
            self.named(vectors[1], extractor), ["w:refund": 0.707_107, "w:card": 0.707_107])
        self.expectClose(self.named(vectors[2], extractor), ["w:card": 1])
        let unseen = extractor.vector(for: self.analyzer.analyze("order help"))
        #expect(unseen.features.isEmpty)
    }

    // MARK: - Hashes against bytes

    static let optionSets: [Options] = [
        Options(),
        Options(wordNGrams: 1...3, wordForm: .words, characterNGrams: 1...6),
        Options(wordNGrams: 2...2, wordForm: .stems, characterNGrams: nil),
        Options(wordNGrams: nil, characterNGrams: 3...5),
        Options(wordNGrams: 1...1, wordForm: .words, characterNGrams: 1...8),
    ]

    static let variedMessages: [String] = [
        "",
        "   ",
        "?!... --- ***",
        "12345 678 0 3.14",
        "Refund my ORDER please, it's late!!",
        "refund refund refund refunded refunds",
        "Où est ma commande ? Ça coûte 12,50 €",
        "東京に行きたい 東京",
        "emoji 😀 party 🎉🎉 naïve",
        "Straße ÆØÅ Ελληνικά Привет",
        "a",
        "a b c d e f g h",
        "tab\tand\nnewline\r\nend",
        // 250 bytes: the padded word (253 bytes with its tag) and `w` + word + space + `tail`
        // (256 bytes) are just inside the scratch buffer.
        String(repeating: "x", count: 250) + " tail",
        String(repeating: "ab", count: 126),
        String(repeating: "q", count: 253) + " z",
        String(repeating: "word ", count: 60),
    ]

    @Test(
        "The hash scanner yields the hashes of the byte scanner's features",
        arguments: Self.variedMessages)
    func hashesMatchBytes(message: String) {
        let text = self.analyzer.analyze(message)
        for options in Self.optionSets {
            let bytes = self.byteHashes(text, options)
            let hashes = self.scannedHashes(text, options)
            #expect(bytes.sorted() == hashes.sorted(), "\(options)")
            if text.wordCount > 0 && options.characterNGrams != nil {
                #expect(!bytes.isEmpty)
            }
        }
    }

    static let longWordMessages: [String] = [
        String(repeating: "z", count: 300),
        String(repeating: "y", count: 256),
        "refund " + String(repeating: "y", count: 256),
        String(repeating: "q", count: 255) + " order",
    ]

    /// `forEachFeature` skips a word n-gram that does not fit its 256-byte scratch buffer (with
    /// its tag); `forEachFeatureHash` has no such limit and yields its hash, so the two scanners
    /// disagree on messages with very long words (the extra hashes are never found in the table).
    @Test(
        "Words over the 256-byte scratch buffer give the same features by hash as by bytes",
        arguments: Self.longWordMessages)
    func hashesMatchBytesForLongWords(message: String) {
        let text = self.analyzer.analyze(message)
        for options in Self.optionSets {
            #expect(
                self.byteHashes(text, options).sorted()
                    == self.scannedHashes(text, options).sorted(), "\(options)")
        }
    }

    @Test("vector(for:) of a training text equals the vector built from its bytes")
    func lookupMatchesBuilding() {
        let texts = Self.variedMessages + Self.longWordMessages + Self.corpus
        for options in Self.optionSets {
            let (extractor, vectors) = self.build(texts, options)
            for (text, built) in zip(texts, vectors) {
                // By id: names of character n-grams cut inside a UTF-8 sequence can coincide.
                let looked = extractor.vector(for: self.analyzer.analyze(text))
                let expected = Dictionary(uniqueKeysWithValues: zip(built.features, built.values))
                let actual = Dictionary(uniqueKeysWithValues: zip(looked.features, looked.values))
                #expect(actual.keys.sorted() == expected.keys.sorted(), "\(text)")
                for (feature, value) in expected {
                    #expect(abs((actual[feature] ?? .nan) - value) < 1e-5, "\(text)")
                }
            }
        }
    }
}
