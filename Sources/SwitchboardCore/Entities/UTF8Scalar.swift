/// Whole Unicode scalars read out of UTF-8 bytes, for the scanners that look past ASCII.
///
/// The scanners work on a text's UTF-8 bytes; where one must tell a letter outside ASCII
/// (`ü`, `例`) from punctuation or a symbol (`—`, `。`, `€`), it reads the scalar with
/// ``init(_:at:)`` or ``init(_:before:)`` and asks ``isWordCharacter``.
///
/// ```swift
/// let bytes = Array("müller".utf8)
/// let scalar = UTF8Scalar(bytes, at: 1)  // "ü", 2 bytes
/// scalar?.isWordCharacter  // true
/// ```
struct UTF8Scalar: Sendable {
    /// The scalar.
    let scalar: Unicode.Scalar
    /// Where its bytes are.
    let range: Range<Int>

    /// Reads the scalar whose first byte is at `index`, or returns `nil` when no well-formed
    /// scalar starts there.
    init?(_ bytes: [UInt8], at index: Int) {
        guard index >= 0, index < bytes.count else { return nil }
        let lead = bytes[index]
        var value: UInt32
        let length: Int
        switch lead {
        case 0x00...0x7F:
            self.scalar = Unicode.Scalar(lead)
            self.range = index..<(index + 1)
            return
        case 0xC2...0xDF:
            (value, length) = (UInt32(lead & 0x1F), 2)
        case 0xE0...0xEF:
            (value, length) = (UInt32(lead & 0x0F), 3)
        case 0xF0...0xF4:
            (value, length) = (UInt32(lead & 0x07), 4)
        default:
            return nil
        }
        guard index + length <= bytes.count else { return nil }
        for byte in bytes[(index + 1)..<(index + length)] {
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        self.scalar = scalar
        self.range = index..<(index + length)
    }

    /// Reads the scalar whose last byte is just before `end`, or returns `nil` when no
    /// well-formed scalar ends there.
    init?(_ bytes: [UInt8], before end: Int) {
        var start = end - 1
        while start > 0, end - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let read = UTF8Scalar(bytes, at: start), read.range.upperBound == end else {
            return nil
        }
        self = read
    }

    /// Whether the scalar is a letter, a combining mark or a decimal digit, of any script:
    /// what words, and the labels of internationalised domain names, are made of.
    var isWordCharacter: Bool {
        self.isLetterOrMark || self.scalar.properties.generalCategory == .decimalNumber
    }

    /// Whether the scalar is a letter or a combining mark, of any script.
    var isLetterOrMark: Bool {
        switch self.scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark:
            true
        default:
            false
        }
    }

    /// Whether the scalar belongs to a script written without spaces between words: Chinese
    /// characters, Japanese kana, Thai, Lao, Khmer and Myanmar.
    ///
    /// In these scripts a word glued to an address in ASCII (`メールはjane@example.com`) is
    /// the sentence, not part of the address.
    var isOfUnspacedScript: Bool {
        switch self.scalar.value {
        case 0x0E00...0x0EFF,  // Thai, Lao
            0x1000...0x109F,  // Myanmar
            0x1780...0x17FF,  // Khmer
            0x2E80...0x2FDF,  // CJK and Kangxi radicals
            0x3005...0x3007, 0x3021...0x3029, 0x3038...0x303C,  // ideographic marks, numerals
            0x3040...0x30FF, 0x31F0...0x31FF,  // Hiragana, Katakana
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,  // CJK ideographs
            0xFF66...0xFF9F,  // halfwidth Katakana
            0x20000...0x3134F:  // CJK ideographs, supplementary planes
            true
        default:
            false
        }
    }

    /// Whether every scalar of `range` of `bytes` is of a script written without spaces
    /// (true for an empty range).
    static func isUnspacedScript(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            guard let scalar = UTF8Scalar(bytes, at: index), scalar.isOfUnspacedScript else {
                return false
            }
            index = scalar.range.upperBound
        }
        return true
    }
}
