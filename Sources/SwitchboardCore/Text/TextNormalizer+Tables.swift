extension TextNormalizer {
    /// The layout of a table entry, which says what one scalar becomes.
    ///
    /// An entry of zero means "separator".
    /// Bits 0 through 23 hold up to three output bytes (first byte lowest), bits 24 and 25 the
    /// output length, and the flags below say what kind of character it is.
    enum Entry {
        /// Mask of the output bytes.
        static let bytesMask: UInt32 = 0xFF_FFFF
        /// Shift of the output length (0 through 3 bytes).
        static let lengthShift: UInt32 = 24
        /// Set when the output is a letter, which joins words across an apostrophe.
        static let letter: UInt32 = 1 << 28
        /// Set for scalars that are dropped without effect (combining marks, soft hyphen).
        static let ignorable: UInt32 = 1 << 29
        /// Set for scalars that act as an apostrophe (U+02BC, U+2019).
        static let apostrophe: UInt32 = 1 << 30
        /// Not an entry: marks a well-formed four-byte sequence, which is kept as it is.
        static let fourByteMarker: UInt32 = 1 << 31

        /// An entry that emits one ASCII byte.
        @inline(__always)
        static func ascii(_ byte: UInt8, letter: Bool = true) -> UInt32 {
            UInt32(byte) | 1 << lengthShift | (letter ? Self.letter : 0)
        }

        /// An entry that emits the one or two ASCII bytes of `text`, as a letter.
        static func ascii(_ text: Substring) -> UInt32 {
            var entry: UInt32 = letter
            var length: UInt32 = 0
            for byte in text.utf8.prefix(2) {
                entry |= UInt32(byte) << (8 * length)
                length += 1
            }
            return entry | length << lengthShift
        }

        /// An entry that emits the two-byte UTF-8 encoding of `codePoint`, as a letter.
        static func scalar(_ codePoint: Int) -> UInt32 {
            let lead = UInt32(0xC0 | (codePoint >> 6) & 0x1F)
            let trail = UInt32(0x80 | codePoint & 0x3F)
            return lead | trail << 8 | 2 << lengthShift | letter
        }
    }

    /// Entries for every scalar from U+0080 through U+07FF, indexed by `codePoint - 0x80`.
    static let twoByteEntries: [UInt32] = makeTwoByteEntries()

    /// Latin-1 letters, U+00C0 through U+00FF, folded: sixteen code points a row; `-` marks
    /// a separator (× and ÷).
    private static let latin1Letters = [
        "a a a a a a ae c e e e e i i i i",  // U+00C0
        "d n o o o o o - o u u u u y th ss",  // U+00D0
        "a a a a a a ae c e e e e i i i i",  // U+00E0
        "d n o o o o o - o u u u u y th y",  // U+00F0
    ]

    /// Latin Extended-A, U+0100 through U+017F, folded: sixteen code points a row.
    private static let latinExtendedA = [
        "a a a a a a c c c c c c c c d d",  // U+0100
        "d d e e e e e e e e e e g g g g",  // U+0110
        "g g g g h h h h i i i i i i i i",  // U+0120
        "i i ij ij j j k k q l l l l l l l",  // U+0130
        "l l l n n n n n n n n n o o o o",  // U+0140
        "o o oe oe r r r r r r s s s s s s",  // U+0150
        "s s t t t t t t u u u u u u u u",  // U+0160
        "u u u u w w y y y z z z z z z s",  // U+0170
    ]

    /// Common letters of Latin Extended-B, folded: Vietnamese horn, pinyin caron, Romanian
    /// comma-below.
    private static let latinExtendedB: [(Int, Substring)] = [
        (0x01A0, "o"), (0x01A1, "o"), (0x01AF, "u"), (0x01B0, "u"),
        (0x01CD, "a"), (0x01CE, "a"), (0x01CF, "i"), (0x01D0, "i"), (0x01D1, "o"), (0x01D2, "o"),
        (0x01D3, "u"), (0x01D4, "u"), (0x01D5, "u"), (0x01D6, "u"), (0x01D7, "u"), (0x01D8, "u"),
        (0x01D9, "u"), (0x01DA, "u"), (0x01DB, "u"), (0x01DC, "u"),
        (0x0218, "s"), (0x0219, "s"), (0x021A, "t"), (0x021B, "t"),
    ]

    /// Accented Greek letters and their unaccented lower-case forms.
    private static let greekAccented: [(Int, Int)] = [
        (0x0386, 0x03B1), (0x0388, 0x03B5), (0x0389, 0x03B7), (0x038A, 0x03B9),
        (0x038C, 0x03BF), (0x038E, 0x03C5), (0x038F, 0x03C9), (0x0390, 0x03B9),
        (0x03AA, 0x03B9), (0x03AB, 0x03C5), (0x03AC, 0x03B1), (0x03AD, 0x03B5),
        (0x03AE, 0x03B7), (0x03AF, 0x03B9), (0x03B0, 0x03C5), (0x03C2, 0x03C3),
        (0x03CA, 0x03B9), (0x03CB, 0x03C5), (0x03CC, 0x03BF), (0x03CD, 0x03C5),
        (0x03CE, 0x03C9),
    ]

    /// Two-byte punctuation and symbols outside Latin-1 that separate words: spacing modifier
    /// symbols, Greek, Armenian, Hebrew and Arabic punctuation.
    private static let twoByteSeparators: [ClosedRange<Int>] = [
        0x02C2...0x02C5, 0x02D2...0x02DF, 0x02E5...0x02EB, 0x02ED...0x02ED, 0x02EF...0x02FF,
        0x0374...0x0375, 0x037E...0x037E, 0x0384...0x0385, 0x0387...0x0387,
        0x0482...0x0482, 0x055A...0x055F, 0x0589...0x058A,
        0x05BE...0x05BE, 0x05C0...0x05C0, 0x05C3...0x05C3, 0x05C6...0x05C6, 0x05F3...0x05F4,
        0x060C...0x060D, 0x061B...0x061B, 0x061F...0x061F, 0x066A...0x066D, 0x06D4...0x06D4,
    ]

    /// Cyrillic ranges where capitals and small letters alternate, capital first.
    private static let cyrillicPairs: [ClosedRange<Int>] = [
        0x0460...0x0481, 0x048A...0x04BF, 0x04D0...0x04FF, 0x0500...0x052F,
    ]

    /// Builds `twoByteEntries`.
    private static func makeTwoByteEntries() -> [UInt32] {
        var table = [UInt32](repeating: 0, count: 0x800 - 0x80)
        func set(_ codePoint: Int, _ entry: UInt32) {
            table[codePoint - 0x80] = entry
        }
        func setFolds(from first: Int, _ folds: String) {
            for (offset, fold) in folds.split(separator: " ").enumerated() {
                set(first + offset, fold == "-" ? 0 : Entry.ascii(fold))
            }
        }

        // By default a scalar is kept, as a letter. C1 controls and Latin-1 punctuation and
        // symbols (U+0080 through U+00BF) stay separators.
        for codePoint in 0xC0..<0x800 {
            set(codePoint, Entry.scalar(codePoint))
        }

        // Latin-1 Supplement.
        set(0xAA, Entry.ascii(UInt8(ascii: "a")))
        set(0xBA, Entry.ascii(UInt8(ascii: "o")))
        set(0xB9, Entry.ascii(UInt8(ascii: "1"), letter: false))
        set(0xB2, Entry.ascii(UInt8(ascii: "2"), letter: false))
        set(0xB3, Entry.ascii(UInt8(ascii: "3"), letter: false))
        set(0xB5, Entry.scalar(0x03BC))
        set(0xAD, Entry.ignorable)
        for (row, folds) in latin1Letters.enumerated() {
            setFolds(from: 0xC0 + 16 * row, folds)
        }

        // Latin Extended-A and -B.
        for (row, folds) in latinExtendedA.enumerated() {
            setFolds(from: 0x100 + 16 * row, folds)
        }
        for (codePoint, fold) in latinExtendedB {
            set(codePoint, Entry.ascii(fold))
        }

        // Spacing modifiers, combining marks and other punctuation.
        set(0x02BC, Entry.apostrophe)
        for codePoint in 0x0300...0x036F {
            set(codePoint, Entry.ignorable)
        }
        for range in twoByteSeparators {
            for codePoint in range {
                set(codePoint, 0)
            }
        }

        // Greek.
        for capital in 0x0391...0x03A9 where capital != 0x03A2 {
            set(capital, Entry.scalar(capital + 0x20))
        }
        for (accented, plain) in greekAccented {
            set(accented, Entry.scalar(plain))
        }
        for capital in [0x0370, 0x0372, 0x0376] {
            set(capital, Entry.scalar(capital + 1))
        }
        set(0x037F, Entry.scalar(0x03F3))
        set(0x03CF, Entry.scalar(0x03D7))

        // Cyrillic.
        for capital in 0x0400...0x040F {
            set(capital, Entry.scalar(capital + 0x50))
        }
        for capital in 0x0410...0x042F {
            set(capital, Entry.scalar(capital + 0x20))
        }
        for range in cyrillicPairs {
            for capital in stride(from: range.lowerBound, to: range.upperBound, by: 2) {
                set(capital, Entry.scalar(capital + 1))
            }
        }
        for capital in stride(from: 0x04C1, to: 0x04CE, by: 2) {
            set(capital, Entry.scalar(capital + 1))
        }
        set(0x04C0, Entry.scalar(0x04CF))
        for codePoint in 0x0483...0x0489 {
            set(codePoint, Entry.ignorable)
        }
        return table
    }
}
