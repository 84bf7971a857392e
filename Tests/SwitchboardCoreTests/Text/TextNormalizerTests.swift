import Testing

@testable import SwitchboardCore

@Suite struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    /// The normalized form of `text`, as a string.
    func normalized(_ text: String) -> String {
        String(decoding: normalizer.normalize(text), as: UTF8.self)
    }

    /// The normalized form of raw bytes, which need not be valid UTF-8.
    func normalized(bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        bytes.withUnsafeBufferPointer { normalizer.normalize(utf8: $0, into: &output) }
        return output
    }

    // MARK: ASCII

    @Test(
        "ASCII letters are lowercased, digits kept, words single-spaced",
        arguments: [
            ("Hello World", "hello world"),
            ("  Hello,   WORLD!!  ", "hello world"),
            ("Order 12345 ARRIVED", "order 12345 arrived"),
            ("MiXeD CaSe", "mixed case"),
            ("a\tb\r\nc\u{0B}d\u{0C}e", "a b c d e"),
            ("tab\u{0}nul\u{7F}del\u{1B}esc", "tab nul del esc"),
        ])
    func asciiCaseAndSpacing(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    @Test(
        "ASCII punctuation and symbols separate words",
        arguments: [
            ("tp-123", "tp 123"),
            ("3.5", "3 5"),
            ("a@b.com", "a b com"),
            ("wait...what?!", "wait what"),
            ("(hi)[there]{you}", "hi there you"),
            ("x!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~y", "x y"),
            ("#TP-12345 / $19.99", "tp 12345 19 99"),
            ("snake_case and kebab-case", "snake case and kebab case"),
        ])
    func asciiPunctuation(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    @Test(
        "Empty, whitespace-only and punctuation-only input gives no output",
        arguments: ["", " ", "   \t\n  ", "!?...", "\u{A0}\u{2003}\u{3000}", "'", "\u{301}"])
    func emptyOutput(input: String) {
        #expect(normalizer.normalize(input).isEmpty)
    }

    // MARK: Apostrophes

    @Test(
        "Apostrophes between letters are dropped; elsewhere they separate",
        arguments: [
            ("don't", "dont"),
            ("Don't CHARGE me!", "dont charge me"),
            ("customer\u{2019}s", "customers"),
            ("customer\u{2BC}s", "customers"),
            ("rock'n'roll", "rocknroll"),
            ("'quoted'", "quoted"),
            ("\u{2019}tis", "tis"),
            ("the customers' orders", "the customers orders"),
            ("90's", "90 s"),
            ("it'5", "it 5"),
            ("don''t", "don t"),
            ("it' s", "it s"),
            ("it 's", "it s"),
            ("l'\u{E9}t\u{E9}", "lete"),
            ("caf\u{E9}'s", "cafes"),
            ("e\u{301}'s", "es"),
            ("\u{3B1}'\u{3B2}", "\u{3B1}\u{3B2}"),
        ])
    func apostrophes(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    // MARK: Latin

    @Test(
        "Latin-1 letters are case-folded and lose their diacritics",
        arguments: [
            ("Caf\u{E9} CAF\u{C9}", "cafe cafe"),
            ("\u{D1}and\u{FA} cr\u{E8}me br\u{FB}l\u{E9}e", "nandu creme brulee"),
            (
                "\u{C0}\u{C1}\u{C2}\u{C3}\u{C4}\u{C5}\u{E0}\u{E1}\u{E2}\u{E3}\u{E4}\u{E5}",
                "aaaaaaaaaaaa"
            ),
            ("\u{C7}a \u{E7}a", "ca ca"),
            ("\u{C8}\u{C9}\u{CA}\u{CB}\u{CC}\u{CD}\u{CE}\u{CF}", "eeeeiiii"),
            ("\u{D2}\u{D3}\u{D4}\u{D5}\u{D6}\u{D8}\u{F8}", "ooooooo"),
            ("\u{D9}\u{DA}\u{DB}\u{DC}\u{FC}", "uuuuu"),
            ("\u{DD}\u{FD}\u{FF}", "yyy"),
            ("Stra\u{DF}e", "strasse"),
            ("\u{C6}sir \u{E6}ther", "aesir aether"),
            ("\u{DE}orn \u{FE}ing", "thorn thing"),
            ("\u{D0}\u{F3}ra \u{F0}", "dora d"),
            ("\u{C5}LAND \u{D8}rsted", "aland orsted"),
            ("M\u{FC}nchen \u{D6}sterreich", "munchen osterreich"),
            ("n\u{BA} 5 1\u{AA}", "no 5 1a"),
        ])
    func latin1Letters(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    @Test(
        "Latin Extended-A letters are case-folded and lose their diacritics",
        arguments: [
            ("\u{141}\u{F3}d\u{17A}", "lodz"),
            ("\u{110}akovo \u{111}", "dakovo d"),
            ("\u{130}stanbul \u{131}spanak", "istanbul ispanak"),
            ("\u{160}koda \u{10C}apek \u{17D}i\u{17E}ek", "skoda capek zizek"),
            ("\u{152}uvre \u{153}uf", "oeuvre oeuf"),
            ("\u{132}ssel \u{133}", "ijssel ij"),
            ("\u{11E}\u{11F}\u{15E}\u{15F}", "ggss"),
            ("\u{158}\u{159}\u{164}\u{165}\u{16E}\u{16F}", "rrttuu"),
            (
                "\u{100}\u{101}\u{112}\u{113}\u{12A}\u{12B}\u{14C}\u{14D}\u{16A}\u{16B}",
                "aaeeiioouu"
            ),
            ("\u{150}\u{151}\u{170}\u{171}\u{174}\u{175}\u{176}\u{177}\u{178}", "oouuwwyyy"),
            ("\u{17F}", "s"),
        ])
    func latinExtendedA(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    @Test("Every Latin Extended-A code point folds to lower-case ASCII letters")
    func latinExtendedAIsAllASCII() {
        for codePoint in 0x100...0x17F {
            let text = String(Character(Unicode.Scalar(UInt32(codePoint)) ?? " "))
            let output = normalizer.normalize(text)
            let name = "U+\(String(codePoint, radix: 16))"
            #expect(!output.isEmpty, "\(name)")
            #expect(output.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }, "\(name)")
        }
    }

    @Test("Common Latin Extended-B letters fold too")
    func latinExtendedB() {
        #expect(normalized("\u{218}tefan \u{21B}ar\u{103}") == "stefan tara")
        #expect(normalized("Ph\u{1EDD} \u{1A0}\u{1B0}") == "ph\u{1EDD} ou")
        #expect(normalized("n\u{1D0} h\u{1CE}o") == "ni hao")
    }

    @Test(
        "Latin-1 punctuation and symbols separate words",
        arguments: [
            ("\u{A1}Hola! \u{BF}Qu\u{E9}?", "hola que"),
            ("\u{AB}bonjour\u{BB}", "bonjour"),
            ("25\u{B0}C", "25 c"),
            ("a\u{B7}b", "a b"),
            ("2\u{D7}3\u{F7}4", "2 3 4"),
            ("a\u{A0}b", "a b"),
            ("\u{A9}2024 \u{AE}", "2024"),
            ("\u{A3}5 \u{A5}6 \u{A2}7 \u{A7}8 \u{B6}9", "5 6 7 8 9"),
            ("x\u{85}y", "x y"),
        ])
    func latin1Punctuation(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    @Test("The soft hyphen is dropped inside a word")
    func softHyphen() {
        #expect(normalized("con\u{AD}sign\u{AD}ment") == "consignment")
    }

    // MARK: Combining marks

    @Test(
        "Combining marks are dropped, so decomposed text folds like precomposed text",
        arguments: [
            ("Cafe\u{301}", "Caf\u{E9}"),
            ("Ame\u{301}lie", "Am\u{E9}lie"),
            ("N\u{303}and\u{FA}", "\u{D1}andu\u{301}"),
            ("O\u{308}sterreich", "\u{D6}sterreich"),
            ("a\u{30A}\u{301}", "\u{C5}"),
            ("c\u{327}a", "\u{E7}a"),
            ("\u{399}\u{301}", "\u{38A}"),
        ])
    func decomposedMatchesPrecomposed(decomposed: String, precomposed: String) {
        #expect(normalizer.normalize(decomposed) == normalizer.normalize(precomposed))
    }

    @Test("Combining marks keep words whole and vanish on their own")
    func combiningMarks() {
        #expect(normalized("e\u{301}") == "e")
        #expect(normalized("re\u{301}sume\u{301}") == "resume")
        #expect(normalized("a \u{301} b") == "a b")
        #expect(normalized("\u{300}\u{36F}x") == "x")
    }

    // MARK: Greek and Cyrillic

    @Test(
        "Greek capitals are lowercased and accents removed",
        arguments: [
            ("\u{391}\u{398}\u{397}\u{39D}\u{391}", "\u{3B1}\u{3B8}\u{3B7}\u{3BD}\u{3B1}"),
            ("\u{386}\u{3BB}\u{3C6}\u{3B1}", "\u{3B1}\u{3BB}\u{3C6}\u{3B1}"),
            ("\u{3A9}\u{3BC}\u{3AD}\u{3B3}\u{3B1}", "\u{3C9}\u{3BC}\u{3B5}\u{3B3}\u{3B1}"),
            (
                "\u{390}\u{3AA}\u{3CA}\u{3B0}\u{3AB}\u{3CB}",
                "\u{3B9}\u{3B9}\u{3B9}\u{3C5}\u{3C5}\u{3C5}"
            ),
            ("\u{388}\u{389}\u{38C}\u{38E}\u{38F}", "\u{3B5}\u{3B7}\u{3BF}\u{3C5}\u{3C9}"),
            (
                "\u{3AC}\u{3AD}\u{3AE}\u{3AF}\u{3CC}\u{3CD}\u{3CE}",
                "\u{3B1}\u{3B5}\u{3B7}\u{3B9}\u{3BF}\u{3C5}\u{3C9}"
            ),
            (
                "\u{3B1}\u{3B2};\u{3B3}\u{37E}\u{3B4}\u{387}\u{3B5}",
                "\u{3B1}\u{3B2} \u{3B3} \u{3B4} \u{3B5}"
            ),
        ])
    func greek(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    @Test("Upper- and lower-case Greek words, with final sigma, fold alike")
    func greekFinalSigma() {
        // ΟΔΥΣΣΕΥΣ and Οδυσσεύς
        let upper = "\u{39F}\u{394}\u{3A5}\u{3A3}\u{3A3}\u{395}\u{3A5}\u{3A3}"
        let lower = "\u{39F}\u{3B4}\u{3C5}\u{3C3}\u{3C3}\u{3B5}\u{3CD}\u{3C2}"
        #expect(normalized(upper) == normalized(lower))
        #expect(normalized(upper) == "\u{3BF}\u{3B4}\u{3C5}\u{3C3}\u{3C3}\u{3B5}\u{3C5}\u{3C3}")
    }

    @Test(
        "Cyrillic capitals are lowercased",
        arguments: [
            (
                "\u{41F}\u{420}\u{418}\u{412}\u{415}\u{422} \u{41C}\u{438}\u{440}",
                "\u{43F}\u{440}\u{438}\u{432}\u{435}\u{442} \u{43C}\u{438}\u{440}"
            ),
            (
                "\u{410}\u{411}\u{412}\u{42D}\u{42E}\u{42F}",
                "\u{430}\u{431}\u{432}\u{44D}\u{44E}\u{44F}"
            ),
            ("\u{401}\u{416} \u{402} \u{40F}", "\u{451}\u{436} \u{452} \u{45F}"),
            (
                "\u{490}\u{430}\u{43D}\u{43E}\u{43A} \u{404}\u{406}\u{407}",
                "\u{491}\u{430}\u{43D}\u{43E}\u{43A} \u{454}\u{456}\u{457}"
            ),
            ("\u{4D8}\u{4E8}\u{4AE}", "\u{4D9}\u{4E9}\u{4AF}"),
        ])
    func cyrillic(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    // MARK: General punctuation

    @Test(
        "General Punctuation separates words",
        arguments: [
            ("a\u{2014}b", "a b"),
            ("a\u{2013}b", "a b"),
            ("\u{201C}quoted\u{201D}", "quoted"),
            ("\u{2018}single\u{2019}", "single"),
            ("wait\u{2026}", "wait"),
            ("zero\u{200B}width", "zero width"),
            ("a\u{2022}b\u{2020}c", "a b c"),
            ("em\u{2003}space\u{2009}thin", "em space thin"),
            ("x\u{2060}y\u{206F}z", "x y z"),
            ("\u{2000}\u{2001}lead", "lead"),
        ])
    func generalPunctuation(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    @Test(
        "CJK, fullwidth and other punctuation separates; fullwidth letters fold to ASCII",
        arguments: [
            ("\u{9000}\u{6B3E}\u{3002}\u{8C22}\u{8C22}", "\u{9000}\u{6B3E} \u{8C22}\u{8C22}"),
            ("\u{300C}\u{6CE8}\u{6587}\u{300D}", "\u{6CE8}\u{6587}"),
            ("\u{FF28}\u{FF45}\u{FF4C}\u{FF4C}\u{FF4F}\u{FF01}\u{FF11}\u{FF12}", "hello 12"),
            ("\u{FEFF}bom", "bom"),
            ("bad\u{FFFD}char", "bad char"),
            ("\u{645}\u{631}\u{62D}\u{628}\u{627}\u{61F}", "\u{645}\u{631}\u{62D}\u{628}\u{627}"),
        ])
    func otherPunctuation(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    // MARK: Kept scalars

    @Test(
        "CJK, Arabic, Hebrew and emoji are kept as parts of words",
        arguments: [
            ("\u{6211}\u{60F3}\u{9000}\u{6B3E}", "\u{6211}\u{60F3}\u{9000}\u{6B3E}"),
            ("Refund \u{9000}\u{6B3E}!", "refund \u{9000}\u{6B3E}"),
            ("thanks\u{1F44D}", "thanks\u{1F44D}"),
            ("\u{1F621}\u{1F621} NOW", "\u{1F621}\u{1F621} now"),
            ("I \u{2764}\u{FE0F} it", "i \u{2764}\u{FE0F} it"),
            ("\u{645}\u{631}\u{62D}\u{628}\u{627}", "\u{645}\u{631}\u{62D}\u{628}\u{627}"),
            ("\u{5E9}\u{5DC}\u{5D5}\u{5DD}", "\u{5E9}\u{5DC}\u{5D5}\u{5DD}"),
            (
                "\u{D55C}\u{AD6D}\u{C5B4} \u{3053}\u{3093}\u{306B}\u{3061}\u{306F}",
                "\u{D55C}\u{AD6D}\u{C5B4} \u{3053}\u{3093}\u{306B}\u{3061}\u{306F}"
            ),
            ("\u{10348}\u{1D11E}", "\u{10348}\u{1D11E}"),
        ])
    func keptScalars(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    // MARK: Invalid UTF-8

    @Test(
        "Invalid UTF-8 bytes separate words",
        arguments: [
            ([0x61, 0xFF, 0x62], "a b"),
            ([0x61, 0x80, 0x62], "a b"),
            ([0x61, 0xC3], "a"),
            ([0xC3, 0x61], "a"),
            ([0xC0, 0xAF, 0x78], "x"),
            ([0xC1, 0xBF], ""),
            ([0xED, 0xA0, 0x80, 0x79], "y"),
            ([0xE0, 0x80, 0xAF], ""),
            ([0xF0, 0x80, 0x80, 0xAF], ""),
            ([0xF4, 0x90, 0x80, 0x80, 0x7A], "z"),
            ([0xF5, 0x80, 0x80, 0x80], ""),
            ([0xE4, 0xBD, 0x61], "a"),
            ([0xF0, 0x9F, 0x91, 0x61], "a"),
            ([0x61, 0xE4, 0xBD, 0xA0, 0xFE, 0x62], "a\u{4F60} b"),
            ([0xC3, 0xA9, 0xC3], "e"),
        ] as [([UInt8], String)])
    func invalidUTF8(input: [UInt8], expected: String) {
        let output = normalized(bytes: input)
        #expect(String(validating: output, as: UTF8.self) == expected)
    }

    @Test("Arbitrary bytes never crash and always give well-formed output")
    func arbitraryBytes() {
        var generator = SplitMix64(seed: 0x5EED)
        let alphabet: [UInt8] = Array(0...255)
        for round in 0..<2000 {
            let length = Int(generator.next() % 64)
            var input: [UInt8] = []
            for _ in 0..<length {
                // Bias towards bytes that form or break multi-byte sequences.
                let roll = generator.next()
                if roll % 3 == 0 {
                    input.append(alphabet[Int(0x80 + roll % 0x80)])
                } else {
                    input.append(alphabet[Int(roll >> 8) & 0xFF])
                }
            }
            let output = normalized(bytes: input)
            #expect(isWellFormed(output), "round \(round): \(input)")
            #expect(output.count <= input.count)
            #expect(normalized(bytes: output) == output, "not idempotent: \(input)")
        }
    }

    @Test("Every scalar normalizes to well-formed, single-spaced, idempotent output")
    func everyScalar() {
        var failures: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            // All of the BMP, and a sample of the other planes.
            if value > 0xFFFF && value % 97 != 0 {
                continue
            }
            let text = "x" + String(Character(scalar)) + "y"
            let output = normalizer.normalize(text)
            let utf8Length = text.utf8.count
            if !isWellFormed(output) || output.count > utf8Length
                || normalized(bytes: output) != output
            {
                failures.append(value)
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10).map { String($0, radix: 16) })")
    }

    // MARK: Buffer API

    @Test("The buffer API appends to what the output already holds")
    func appendsToOutput() {
        var output = Array("prefix:".utf8)
        let input = Array("  Hello, W\u{D6}RLD  ".utf8)
        input.withUnsafeBufferPointer { normalizer.normalize(utf8: $0, into: &output) }
        #expect(String(decoding: output, as: UTF8.self) == "prefix:hello world")
        let empty: [UInt8] = []
        empty.withUnsafeBufferPointer { normalizer.normalize(utf8: $0, into: &output) }
        #expect(String(decoding: output, as: UTF8.self) == "prefix:hello world")
    }

    @Test("The String and buffer APIs agree, and a reused buffer keeps giving the same result")
    func apisAgree() {
        let samples = [
            "Hi, I was charged TWICE for order #TP-12345 \u{2014} can I get a refund?",
            "Je voudrais annuler ma commande, s\u{2019}il vous pla\u{EE}t.",
            "   ", "\u{1F621}", "a'b'c''d",
        ]
        var output: [UInt8] = []
        for sample in samples {
            output.removeAll(keepingCapacity: true)
            var copy = sample
            copy.withUTF8 { normalizer.normalize(utf8: $0, into: &output) }
            #expect(output == normalizer.normalize(sample))
        }
    }

    // MARK: Helpers

    /// Whether `bytes` is well-formed normalizer output: valid UTF-8 with single spaces
    /// between words and none at either end.
    func isWellFormed(_ bytes: [UInt8]) -> Bool {
        guard String(validating: bytes, as: UTF8.self) != nil else { return false }
        if bytes.first == 0x20 || bytes.last == 0x20 {
            return false
        }
        for index in bytes.indices.dropFirst() where bytes[index] == 0x20 {
            if bytes[index - 1] == 0x20 {
                return false
            }
        }
        return !bytes.contains { $0 < 0x20 || ($0 >= 0x41 && $0 <= 0x5A) }
    }

    /// A small deterministic random number generator for reproducible fuzz inputs.
    struct SplitMix64: RandomNumberGenerator {
        /// The generator state.
        var state: UInt64

        /// Creates a generator that starts from `seed`.
        init(seed: UInt64) {
            state = seed
        }

        /// Returns the next 64 random bits.
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }
}
