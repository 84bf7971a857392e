extension JSONScanner {
    // MARK: - Whitespace and bytes

    /// Skips spaces, tabs and line breaks, counting lines as it goes.
    @inline(__always)
    mutating func skipWhitespace() {
        while self.index < self.end {
            switch self.input[self.index] {
            case ASCII.space, ASCII.tab:
                self.index += 1
            case ASCII.lineFeed:
                self.index += 1
                self.startLine()
            case ASCII.carriageReturn:
                self.index += 1
                // CR LF counts once, at the LF.
                if self.byte(at: self.index) != ASCII.lineFeed {
                    self.startLine()
                }
            default:
                return
            }
        }
    }

    /// Records that a new line starts at the cursor.
    @inline(__always)
    mutating func startLine() {
        self.line += 1
        self.lineStart = self.index
        self.columnBase = self.index
    }

    /// The byte at `offset`, or 0 past the end (0 never starts or continues valid JSON).
    @inline(__always)
    func byte(at offset: Int) -> UInt8 {
        offset < self.end ? self.input[offset] : 0
    }

    /// The bytes from `start` up to, not including, `end`.
    @inline(__always)
    func bytes(from start: Int, to end: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: self.input[start..<end])
    }

    /// A string from already validated UTF-8 bytes.
    @inline(__always)
    func string(from start: Int, to end: Int) -> String {
        String(decoding: self.bytes(from: start, to: end), as: UTF8.self)
    }

    /// Up to `count` bytes of source text from `start`, for messages.
    func text(from start: Int, count: Int) -> String {
        self.string(from: start, to: min(start + count, self.end))
    }
}
