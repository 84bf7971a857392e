/// Splits normalized text into words.
///
/// Words are the runs of bytes between spaces (0x20) in `TextNormalizer` output. Runs of
/// several spaces, and leading or trailing spaces, produce no empty words.
///
/// ```swift
/// let text = TextNormalizer().normalize("Refund my order, please")
/// Tokenizer.words(in: text)  // [0..<6, 7..<9, 10..<15, 16..<22]
/// ```
public enum Tokenizer {
    /// Byte ranges of the words in normalizer output (split on 0x20).
    public static func words(in normalized: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        guard let bytes = normalized.baseAddress else { return ranges }
        let count = normalized.count
        var index = 0
        while index < count {
            while index < count && bytes[index] == 0x20 {
                index += 1
            }
            let start = index
            while index < count && bytes[index] != 0x20 {
                index += 1
            }
            if index > start {
                ranges.append(start..<index)
            }
        }
        return ranges
    }

    /// Byte ranges of the words in normalizer output (split on 0x20).
    public static func words(in normalized: [UInt8]) -> [Range<Int>] {
        normalized.withUnsafeBufferPointer { words(in: $0) }
    }
}
