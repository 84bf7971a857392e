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
}
