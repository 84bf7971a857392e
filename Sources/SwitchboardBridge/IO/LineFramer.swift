/// Cuts a stream of bytes into lines of at most a given size, holding at most one line.
///
/// Bytes arrive in chunks through ``refill(_:)``; ``nextLine()`` returns the complete lines
/// they hold. A line that grows past ``maxLineBytes`` is dropped as it streams in (only its
/// length is counted) and reported as ``InputLine/tooLong(byteCount:)`` at its newline, so an
/// endless line costs no memory. At the end of the input, ``finish()`` reports bytes left
/// after the last newline.
///
/// ```swift
/// var framer = LineFramer(maxLineBytes: 65_536)
/// framer.refill { buffer in read(0, buffer.baseAddress, buffer.count) }
/// while let line = framer.nextLine() { handle(line) }
/// ```
public struct LineFramer: Sendable {
    /// The longest line kept, in bytes, without its newline.
    public let maxLineBytes: Int
    private var chunk: [UInt8]
    private var start = 0
    private var end = 0
    private var partial: [UInt8] = []
    private var skipped: Int?

    /// Creates a framer.
    ///
    /// - Parameters:
    ///   - maxLineBytes: the longest line kept (at least 1).
    ///   - chunkBytes: how many bytes one ``refill(_:)`` may add.
    public init(maxLineBytes: Int, chunkBytes: Int = 64 * 1024) {
        precondition(maxLineBytes >= 1, "LineFramer: maxLineBytes must be at least 1")
        precondition(chunkBytes >= 1, "LineFramer: chunkBytes must be at least 1")
        self.maxLineBytes = maxLineBytes
        self.chunk = [UInt8](repeating: 0, count: chunkBytes)
    }

    /// Whether every byte read so far has been framed, so the next line needs a refill.
    public var needsInput: Bool { self.start == self.end }

    /// Whether the bytes read so far hold a complete line not yet taken, so ``nextLine()``
    /// returns one without a refill.
    public var hasCompleteLine: Bool {
        self.chunk.withUnsafeBufferPointer { buffer in
            buffer[self.start..<self.end].contains(0x0A)
        }
    }

    /// Reads more bytes: `read` fills the buffer it is given and returns how many bytes it
    /// wrote (0 at the end of the input, negative on an error, both passed back).
    ///
    /// Call only when ``needsInput`` is true.
    public mutating func refill(
        _ read: (UnsafeMutableRawBufferPointer) -> Int
    ) -> Int {
        precondition(self.needsInput, "LineFramer: refill before the buffered lines were taken")
        let count = self.chunk.withUnsafeMutableBytes { read($0) }
        self.start = 0
        self.end = max(0, min(count, self.chunk.count))
        return count
    }

    /// The next complete line among the bytes read so far, or `nil` when more are needed.
    public mutating func nextLine() -> InputLine? {
        while self.start < self.end {
            let newline = self.chunk.withUnsafeBufferPointer { buffer -> Int? in
                var index = self.start
                while index < self.end {
                    if buffer[index] == 0x0A { return index }
                    index += 1
                }
                return nil
            }
            guard let newline else {
                self.keep(upTo: self.end)
                self.start = self.end
                return nil
            }
            self.keep(upTo: newline)
            self.start = newline + 1
            return self.takeLine()
        }
        return nil
    }

    /// What is left at the end of the input: an unterminated line, or `nil` when none.
    public mutating func finish() -> InputLine? {
        if let skipped = self.skipped {
            self.skipped = nil
            return .tooLong(byteCount: skipped)
        }
        guard !self.partial.isEmpty else { return nil }
        let count = self.partial.count
        self.partial = []
        return .incomplete(byteCount: count)
    }

    /// Adds the bytes from the cursor up to `stop` to the line being framed, or counts them
    /// when the line is already over the limit.
    private mutating func keep(upTo stop: Int) {
        let count = stop - self.start
        if let skipped = self.skipped {
            self.skipped = skipped + count
        } else if self.partial.count + count > self.maxLineBytes {
            self.skipped = self.partial.count + count
            self.partial = []
        } else if count > 0 {
            self.partial.append(contentsOf: self.chunk[self.start..<stop])
        }
    }

    /// Ends the line being framed at a newline.
    private mutating func takeLine() -> InputLine {
        if let skipped = self.skipped {
            self.skipped = nil
            return .tooLong(byteCount: skipped)
        }
        let line = self.partial
        self.partial = []
        return .line(line)
    }
}
