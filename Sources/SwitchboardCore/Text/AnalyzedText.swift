/// A message analysed once per turn: its normalised bytes and the stems of its words.
///
/// Rules, similarity, entity lists and the knowledge base all read the same analysis, so
/// normalising and stemming happen once per message.
public struct AnalyzedText: Sendable {
    /// The message as the user wrote it.
    public let original: String
    /// The normalised message: lower case, no diacritics, words separated by single spaces.
    public let normalized: [UInt8]
    /// The stems of the words, back to back.
    let stemBytes: [UInt8]
    /// The range of each word's stem in ``stemBytes``, in word order.
    let stemRanges: [Range<Int>]

    /// The number of words.
    public var wordCount: Int { self.stemRanges.count }

    /// The normalised message as a string.
    public var normalizedText: String { String(decoding: self.normalized, as: UTF8.self) }

    /// The stems as strings, for explanations and tests.
    public var stems: [String] {
        self.stemRanges.map { String(decoding: self.stemBytes[$0], as: UTF8.self) }
    }

    /// Calls `body` with each stem's bytes in word order.
    func forEachStem(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        self.stemBytes.withUnsafeBufferPointer { buffer in
            for range in self.stemRanges {
                body(UnsafeBufferPointer(rebasing: buffer[range]))
            }
        }
    }

    init(original: String, normalized: [UInt8], stemBytes: [UInt8], stemRanges: [Range<Int>]) {
        self.original = original
        self.normalized = normalized
        self.stemBytes = stemBytes
        self.stemRanges = stemRanges
    }
}
