/// A text as the personal-data scanners read it: fullwidth forms folded to ASCII, unusual
/// spaces to a space, invisible characters left out; with the way back to the text's own byte
/// offsets.
///
/// The scanners read ASCII, so three kinds of characters hid personal data from them, and the
/// text reached the logs as typed:
/// - fullwidth forms, as East Asian input methods type them (`４１１１ １１１１ １１１１ １１１１`,
///   `ＰＩＮ：４８２１`, `ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ`): U+FF01 through U+FF5E become the ASCII
///   characters they stand for;
/// - spaces other than the ASCII one, which text copied from a banking app, a PDF or a
///   French keyboard puts between groups of digits (`DE89 3704 …` with no-break spaces,
///   `06 12 34 56 78` with narrow ones): the no-break space U+00A0, U+2000 through U+200A,
///   the narrow no-break space U+202F, U+205F and the ideographic space U+3000 become a space;
/// - line breaks other than ASCII ones, which a web form or a pasted document can put where
///   the user saw a space or a wrapped line (`4111` U+2028 `1111 1111 1111`): next line
///   U+0085 and the line and paragraph separators U+2028 and U+2029 become a space too (the
///   ASCII line feed, carriage return, vertical tab and form feed are kept as they are, and
///   the card scanner joins a number across one of them only on stricter terms: see
///   ``PaymentCardScanner``);
/// - invisible characters, which copying from web pages or a user hiding digits from a filter
///   put inside a number (`4111` U+200B `1111` …): the soft hyphen U+00AD, the zero-width
///   space, non-joiner and joiner and the direction marks U+200B through U+200F, the direction
///   embeddings U+202A through U+202E, the word joiner and invisible operators U+2060 through
///   U+2064, the direction isolates U+2066 through U+2069 and the byte-order mark U+FEFF are
///   left out.
///
/// A range found in the folded bytes is mapped back to the original text's bytes with
/// ``originalRange(_:)``.
///
/// ```swift
/// let text = Array("PIN ４８２１".utf8)
/// let folded = FoldedText(text)  // nil when the text has nothing to fold
/// folded?.bytes  // the bytes of "PIN 4821"
/// folded?.originalRange(4..<8)  // 4..<16, the four fullwidth digits
/// ```
struct FoldedText: Sendable {
    /// The folded bytes.
    let bytes: [UInt8]
    /// Where each folded byte starts in the original text, and the original's length last.
    private let offsets: [Int]

    /// Folds `original`, or returns `nil` when it has nothing to fold (the text is then
    /// scanned as it is).
    ///
    /// - Parameter invisibleAsSpace: read invisible characters as a space instead of leaving
    ///   them out: where one stood between two words or numbers, leaving it out joins them.
    init?(_ original: [UInt8], invisibleAsSpace: Bool = false) {
        // Every character folded starts with one of four bytes; most texts have none of them,
        // or only in characters kept as they are (`é`, `€`, `’`), and cost one pass.
        var first = 0
        while first < original.count {
            let byte = original[first]
            if byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF,
                Self.folding(original, at: first) != nil
            {
                break
            }
            first += 1
        }
        guard first < original.count else { return nil }
        var bytes = Array(original[..<first])
        var offsets = Array(0..<first)
        bytes.reserveCapacity(original.count)
        offsets.reserveCapacity(original.count + 1)
        var index = first
        while index < original.count {
            if let folding = Self.folding(original, at: index) {
                if let ascii = folding.ascii ?? (invisibleAsSpace ? UInt8(ascii: " ") : nil) {
                    bytes.append(ascii)
                    offsets.append(index)
                }
                index += folding.length
            } else {
                bytes.append(original[index])
                offsets.append(index)
                index += 1
            }
        }
        offsets.append(original.count)
        self.bytes = bytes
        self.offsets = offsets
    }

    /// The range of the original text's bytes that `range` of the folded bytes came from
    /// (with the invisible characters right after it).
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        self.offsets[range.lowerBound]..<self.offsets[range.upperBound]
    }

    /// What the character at `index` folds to: an ASCII byte, or none for an invisible
    /// character, and the character's length in bytes; `nil` when it is kept as it is.
    private static func folding(_ bytes: [UInt8], at index: Int) -> (ascii: UInt8?, length: Int)? {
        let space = UInt8(ascii: " ")
        switch bytes[index] {
        case 0xC2:
            // U+0085 (next line) is C2 85, U+00A0 is C2 A0, U+00AD is C2 AD.
            switch ASCIIByte.at(bytes, index + 1) {
            case 0x85, 0xA0: return (space, 2)
            case 0xAD: return (nil, 2)
            default: return nil
            }
        case 0xE2:
            guard index + 2 < bytes.count else { return nil }
            // U+2000...U+203F is E2 80 80...BF; U+2040...U+207F is E2 81 80...BF.
            switch (bytes[index + 1], bytes[index + 2]) {
            case (0x80, 0x80...0x8A), (0x80, 0xA8...0xA9), (0x80, 0xAF), (0x81, 0x9F):
                return (space, 3)
            case (0x80, 0x8B...0x8F), (0x80, 0xAA...0xAE), (0x81, 0xA0...0xA4),
                (0x81, 0xA6...0xA9):
                return (nil, 3)
            default: return nil
            }
        case 0xE3:
            // U+3000 is E3 80 80.
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80
            else { return nil }
            return (space, 3)
        case 0xEF:
            guard index + 2 < bytes.count else { return nil }
            // U+FF01...U+FF3F is EF BC 81...BF; U+FF40...U+FF5E is EF BD 80...9E. The ASCII
            // character is the scalar minus 0xFEE0. U+FEFF is EF BB BF.
            switch (bytes[index + 1], bytes[index + 2]) {
            case (0xBC, let third) where (0x81...0xBF).contains(third): return (third - 0x60, 3)
            case (0xBD, let third) where (0x80...0x9E).contains(third): return (third - 0x20, 3)
            case (0xBB, 0xBF): return (nil, 3)
            default: return nil
            }
        default:
            return nil
        }
    }
}
