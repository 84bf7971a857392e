import SwitchboardBridge
import Testing

@Suite struct LineFramerTests {
    /// Every line of `text`, read in chunks of `chunk` bytes.
    private func lines(_ text: String, limit: Int = 8, chunk: Int) -> [InputLine] {
        var source = InMemoryLineSource(text: text, maxLineBytes: limit, chunkBytes: chunk)
        var lines: [InputLine] = []
        while let line = source.nextLine() { lines.append(line) }
        return lines
    }

    private func line(_ text: String) -> InputLine { .line(Array(text.utf8)) }

    @Test(arguments: [1, 2, 3, 5, 8, 64])
    func linesSplitAcrossReadsComeOutWhole(chunk: Int) {
        #expect(
            self.lines("abc\n\nde\r\n12345678\n", chunk: chunk) == [
                self.line("abc"), self.line(""), self.line("de\r"), self.line("12345678"),
            ])
    }

    @Test(arguments: [1, 3, 64])
    func aLineOverTheLimitIsCountedNotKept(chunk: Int) {
        #expect(
            self.lines(
                "ok\n123456789\nfine\n" + String(repeating: "x", count: 1000) + "\nend\n",
                chunk: chunk)
                == [
                    self.line("ok"), .tooLong(byteCount: 9), self.line("fine"),
                    .tooLong(byteCount: 1000), self.line("end"),
                ])
    }

    @Test(arguments: [1, 4, 64])
    func bytesAfterTheLastNewlineAreAnIncompleteLine(chunk: Int) {
        #expect(self.lines("a\nbcd", chunk: chunk) == [self.line("a"), .incomplete(byteCount: 3)])
        #expect(
            self.lines("a\n123456789012", chunk: chunk) == [
                self.line("a"), .tooLong(byteCount: 12),
            ])
        #expect(self.lines("", chunk: chunk) == [])
        #expect(self.lines("a\n", chunk: chunk) == [self.line("a")])
    }

    @Test func anEndlessLineNeverGrowsTheBuffer() {
        var framer = LineFramer(maxLineBytes: 16, chunkBytes: 4096)
        var fed = 0
        while fed < 8_000_000 {
            #expect(framer.nextLine() == nil)
            fed += framer.refill { buffer in
                _ = buffer.initializeMemory(as: UInt8.self, repeating: UInt8(ascii: "x"))
                return buffer.count
            }
        }
        #expect(framer.nextLine() == nil)
        #expect(framer.finish() == .tooLong(byteCount: fed))
    }
}
