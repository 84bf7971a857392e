/// Replays input held in memory, in chunks of a chosen size, for tests.
///
/// ```swift
/// var input = InMemoryLineSource(text: #"{"session":"a","text":"hi"}"# + "\n", maxLineBytes: 1024)
/// input.nextLine()  // .line(...)
/// ```
public struct InMemoryLineSource: LineSource {
    private let bytes: [UInt8]
    private var offset = 0
    private var framer: LineFramer
    private var isAtEnd = false

    /// Creates a source over raw bytes.
    ///
    /// - Parameters:
    ///   - bytes: the whole input.
    ///   - maxLineBytes: the longest line kept.
    ///   - chunkBytes: how many bytes each read returns, to test lines split across reads.
    public init(bytes: [UInt8], maxLineBytes: Int, chunkBytes: Int = 64 * 1024) {
        self.bytes = bytes
        self.framer = LineFramer(maxLineBytes: maxLineBytes, chunkBytes: chunkBytes)
    }

    /// Creates a source over text.
    public init(text: String, maxLineBytes: Int, chunkBytes: Int = 64 * 1024) {
        self.init(bytes: Array(text.utf8), maxLineBytes: maxLineBytes, chunkBytes: chunkBytes)
    }

    /// Whether a complete line is already framed, as it would be in a real pipe's buffer.
    public var hasWaitingLine: Bool { self.framer.hasCompleteLine }

    /// The next line, or `nil` at the end.
    public mutating func nextLine() -> InputLine? {
        if let line = self.framer.nextLine() { return line }
        while !self.isAtEnd {
            let bytes = self.bytes
            let offset = self.offset
            let count = self.framer.refill { buffer in
                let count = min(buffer.count, bytes.count - offset)
                buffer.copyBytes(from: bytes[offset..<(offset + count)])
                return count
            }
            self.offset += count
            if count == 0 {
                self.isAtEnd = true
            } else if let line = self.framer.nextLine() {
                return line
            }
        }
        return self.framer.finish()
    }
}
