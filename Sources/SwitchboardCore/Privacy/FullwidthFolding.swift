/// A text's fullwidth forms of ASCII folded to ASCII, with the way back to the text's own byte
/// offsets.
///
/// East Asian input methods type `４１１１ １１１１ １１１１ １１１１`, `ＰＩＮ：４８２１` or
/// `ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ`; the scanners read ASCII, so they found nothing there and
/// the text reached the logs as typed. The fullwidth forms (U+FF01 through U+FF5E) become the
/// ASCII characters they stand for and the ideographic space (U+3000) a space, so the scanners
/// see `4111 1111 1111 1111`; a range found in the folded bytes is mapped back to the original
/// text's bytes with ``originalRange(_:)``.
///
/// ```swift
/// let text = Array("PIN ４８２１".utf8)
/// let folding = FullwidthFolding(text)  // nil when the text has no fullwidth form
/// folding?.bytes  // the bytes of "PIN 4821"
/// folding?.originalRange(4..<8)  // 4..<16, the four fullwidth digits
/// ```
struct FullwidthFolding: Sendable {
    /// The folded bytes.
    let bytes: [UInt8]
    /// Where each folded byte starts in the original text, and the original's length last.
    private let offsets: [Int]

    /// Folds `original`, or returns `nil` when it has no fullwidth form or ideographic space
    /// (the text is then scanned as it is).
    init?(_ original: [UInt8]) {
        guard original.contains(where: { $0 == 0xEF || $0 == 0xE3 }) else { return nil }
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        bytes.reserveCapacity(original.count)
        offsets.reserveCapacity(original.count + 1)
        var folded = false
        var index = 0
        while index < original.count {
            if let ascii = Self.ascii(original, at: index) {
                bytes.append(ascii)
                offsets.append(index)
                index += 3
                folded = true
            } else {
                bytes.append(original[index])
                offsets.append(index)
                index += 1
            }
        }
        guard folded else { return nil }
        offsets.append(original.count)
        self.bytes = bytes
        self.offsets = offsets
    }

    /// The range of the original text's bytes that `range` of the folded bytes came from.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        self.offsets[range.lowerBound]..<self.offsets[range.upperBound]
    }

    /// The ASCII byte the three bytes at `index` stand for: a fullwidth form (`EF BC 81` to
    /// `EF BD 9E`, U+FF01 to U+FF5E) or the ideographic space (`E3 80 80`).
    private static func ascii(_ bytes: [UInt8], at index: Int) -> UInt8? {
        guard index + 2 < bytes.count else { return nil }
        let (first, second, third) = (bytes[index], bytes[index + 1], bytes[index + 2])
        if first == 0xE3, second == 0x80, third == 0x80 { return 0x20 }
        guard first == 0xEF else { return nil }
        // U+FF01...U+FF3F is EF BC 81...BF; U+FF40...U+FF5E is EF BD 80...9E. The ASCII
        // character is the scalar minus 0xFEE0.
        if second == 0xBC, (0x81...0xBF).contains(third) { return 0x20 + (third - 0x80) }
        if second == 0xBD, (0x80...0x9E).contains(third) { return 0x20 + (third - 0x40) }
        return nil
    }
}
