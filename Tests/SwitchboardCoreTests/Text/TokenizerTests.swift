import Testing

@testable import SwitchboardCore

@Suite struct TokenizerTests {
    /// The words of `text`, cut out by the ranges the tokenizer returns.
    func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.words(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test("Ranges cover each word of normalizer output")
    func ranges() {
        let bytes = Array("refund my order".utf8)
        #expect(Tokenizer.words(in: bytes) == [0..<6, 7..<9, 10..<15])
    }

    @Test("Empty input has no words")
    func empty() {
        #expect(Tokenizer.words(in: [UInt8]()).isEmpty)
        #expect(Tokenizer.words(in: UnsafeBufferPointer<UInt8>(start: nil, count: 0)).isEmpty)
    }

    @Test("A single word is one range")
    func singleWord() {
        #expect(Tokenizer.words(in: Array("hello".utf8)) == [0..<5])
        #expect(Tokenizer.words(in: Array("x".utf8)) == [0..<1])
    }

    @Test("Extra spaces produce no empty words")
    func extraSpaces() {
        #expect(Tokenizer.words(in: Array("  a  bc ".utf8)) == [2..<3, 5..<7])
        #expect(Tokenizer.words(in: Array("   ".utf8)).isEmpty)
    }

    @Test("Multi-byte words are whole byte ranges")
    func multiByteWords() {
        let text = "\u{9000}\u{6B3E} ok \u{1F44D}"
        #expect(Tokenizer.words(in: Array(text.utf8)) == [0..<6, 7..<9, 10..<14])
        #expect(words(text) == ["\u{9000}\u{6B3E}", "ok", "\u{1F44D}"])
    }

    @Test("The buffer and array forms agree on normalizer output")
    func formsAgree() {
        let normalized = TextNormalizer().normalize("Hi, I can't log in \u{2014} error #403!")
        let fromBuffer = normalized.withUnsafeBufferPointer { Tokenizer.words(in: $0) }
        #expect(fromBuffer == Tokenizer.words(in: normalized))
        #expect(
            fromBuffer.map { String(decoding: normalized[$0], as: UTF8.self) }
                == ["hi", "i", "cant", "log", "in", "error", "403"])
    }
}
