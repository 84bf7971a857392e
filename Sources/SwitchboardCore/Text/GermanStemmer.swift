/// The Snowball German stemmer, over lower-case UTF-8 bytes.
///
/// This follows the published algorithm (snowballstem.org/algorithms/german/stemmer.html) as
/// Snowball 3 generates it: the prelude (`u` and `y` between vowels kept as consonants, `ß` to
/// `ss`, `ae` `oe` `ue` to `ä` `ö` `ü` except after `q`), R1 (at least three letters) and R2,
/// steps 1 to 3 of the standard suffixes (with the `-nisse`, `-system`, `-erin`/`-erinnen`,
/// `-ln` and `-et` rules), the trailing apostrophe forms, and the postlude that drops umlauts.
/// It gives the same stems as the reference implementation that Snowball 3.1.1 generates on
/// all 356,006 words of a German spelling dictionary, except the few that hold letters other
/// than ASCII and `ä` `ö` `ü` `ß` (`séparée`), which it leaves unchanged.
///
/// Input is lower-case; `ä` `ö` `ü` `ß` may come as their UTF-8 bytes (and `Ä` `Ö` `Ü` are
/// lower-cased). Stems are ASCII. A word that holds any other non-ASCII letter is returned
/// unchanged. Inside a ``TextAnalyzer`` the stemmer sees normalized text, where umlauts are
/// already folded (`ä` to `a`, `ß` to `ss`); the stems agree, since the algorithm drops umlauts
/// itself and `ae`, `ä` and `a` all end as `a`: `März`, `Maerz` and `Marz` stem alike.
///
/// ```swift
/// let stemmer = GermanStemmer()
/// stemmer.stem("erstattungen")  // "erstatt"
/// stemmer.stem("häuser")  // "haus"
/// ```
public struct GermanStemmer: Sendable {
    /// Creates a stemmer; stemmers hold no state.
    public init() {}

    /// Appends the stem of `word` (lower-case UTF-8 bytes) to `output`.
    public func stem(_ word: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        let count = word.count
        guard count > 0, let source = word.baseAddress else { return }
        // The working form holds one byte per letter (`ä` as 0xE4, `ß` as `ss`), so it is
        // never longer than the word's bytes.
        let done = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            guard let start = buffer.baseAddress,
                let letters = Self.letters(of: source, count: count, into: start)
            else { return false }
            var stemming = Stemming(start: start, count: letters)
            stemming.run()
            output.append(
                contentsOf: UnsafeBufferPointer(start: stemming.start, count: stemming.count))
            return true
        }
        if !done {
            output.append(contentsOf: word)
        }
    }

    /// Returns the stem of `word`; a convenience for tests and tools.
    public func stem(_ word: String) -> String {
        var word = word
        var output: [UInt8] = []
        word.withUTF8 { stem($0, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Writes the one-byte-per-letter form of a word and returns its length, or `nil` when the
    /// word holds a non-ASCII letter other than the umlauts and `ß`.
    private static func letters(
        of source: UnsafePointer<UInt8>, count: Int, into target: UnsafeMutablePointer<UInt8>
    ) -> Int? {
        var index = 0
        var written = 0
        while index < count {
            let byte = source[index]
            if byte < 0x80 {
                target[written] = byte
                written += 1
                index += 1
                continue
            }
            guard byte == 0xC3, index + 1 < count else { return nil }
            switch source[index + 1] {
            case 0xA4, 0x84: target[written] = Stemming.aUmlaut
            case 0xB6, 0x96: target[written] = Stemming.oUmlaut
            case 0xBC, 0x9C: target[written] = Stemming.uUmlaut
            case 0x9F:
                target[written] = UInt8(ascii: "s")
                written += 1
                target[written] = UInt8(ascii: "s")
            default: return nil
            }
            written += 1
            index += 2
        }
        return written
    }
}
