extension GermanStemmer {
    /// One word being stemmed in place, one byte per letter.
    ///
    /// `ä` `ö` `ü` are held as their Latin-1 bytes (0xE4, 0xF6, 0xFC); `U` and `Y` mark a `u`
    /// or `y` between vowels, which acts as a consonant.
    struct Stemming: SnowballWord {
        static let aUmlaut: UInt8 = 0xE4
        static let oUmlaut: UInt8 = 0xF6
        static let uUmlaut: UInt8 = 0xFC

        /// First byte of the word.
        let start: UnsafeMutablePointer<UInt8>
        /// Length of the word; never more than the room it started with.
        var count: Int
        /// Start of region R1.
        var r1 = 0
        /// Start of region R2.
        var r2 = 0

        init(start: UnsafeMutablePointer<UInt8>, count: Int) {
            self.start = start
            self.count = count
        }

        mutating func run() {
            prelude()
            markRegions()
            step1()
            step2()
            step3()
            apostrophe()
            postlude()
        }

        // MARK: Character classes

        /// `a e i o u y ä ö ü`.
        @inline(__always)
        static func isVowel(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
                UInt8(ascii: "u"), UInt8(ascii: "y"), aUmlaut, oUmlaut, uUmlaut:
                true
            default:
                false
            }
        }

        /// Letters before which a final `s` is removed: `b d f g h k l m n r t`.
        static func isSEnding(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "g"),
                UInt8(ascii: "h"), UInt8(ascii: "k"), UInt8(ascii: "l"), UInt8(ascii: "m"),
                UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                true
            default:
                false
            }
        }

        /// Letters before which a final `st` is removed: the `s` endings but `r`.
        static func isSTEnding(_ byte: UInt8) -> Bool {
            byte != UInt8(ascii: "r") && isSEnding(byte)
        }

        /// Letters before which a final `et` is removed: `d f g k l m n r s t z ä` and `U`.
        static func isETEnding(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "k"),
                UInt8(ascii: "l"), UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "r"),
                UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "z"), UInt8(ascii: "U"),
                aUmlaut:
                true
            default:
                false
            }
        }

        // MARK: Prelude, regions, postlude

        /// Marks `u` and `y` between vowels, then turns `ae` `oe` `ue` into umlauts.
        ///
        /// A `u` after `q` stays. `ß` became `ss` when the word was read.
        mutating func prelude() {
            var index = 0
            while index + 2 < count {
                if Self.isVowel(start[index]) && Self.isVowel(start[index + 2]) {
                    if start[index + 1] == UInt8(ascii: "u") {
                        start[index + 1] = UInt8(ascii: "U")
                    } else if start[index + 1] == UInt8(ascii: "y") {
                        start[index + 1] = UInt8(ascii: "Y")
                    }
                }
                index += 1
            }
            var read = 0
            var written = 0
            while read < count {
                let byte = start[read]
                if read + 1 < count {
                    let next = start[read + 1]
                    if byte == UInt8(ascii: "q") && next == UInt8(ascii: "u") {
                        start[written] = byte
                        start[written + 1] = next
                        written += 2
                        read += 2
                        continue
                    }
                    if next == UInt8(ascii: "e") {
                        var umlaut: UInt8 = 0
                        switch byte {
                        case UInt8(ascii: "a"): umlaut = Self.aUmlaut
                        case UInt8(ascii: "o"): umlaut = Self.oUmlaut
                        case UInt8(ascii: "u"): umlaut = Self.uUmlaut
                        default: break
                        }
                        if umlaut != 0 {
                            start[written] = umlaut
                            written += 1
                            read += 2
                            continue
                        }
                    }
                }
                start[written] = byte
                written += 1
                read += 1
            }
            count = written
        }

        /// Sets R1 (after the first non-vowel that follows a vowel, and at least three letters
        /// in) and R2 (the same again, after R1's own non-vowel).
        mutating func markRegions() {
            r1 = count
            r2 = count
            guard count >= 3, let first = pastVowelAndNonVowel(from: 0) else { return }
            r1 = max(first, 3)
            guard let second = pastVowelAndNonVowel(from: first) else { return }
            r2 = second
        }

        /// The position just past the first non-vowel that follows a vowel, at or after `from`.
        func pastVowelAndNonVowel(from: Int) -> Int? {
            var index = from
            while index < count && !Self.isVowel(start[index]) {
                index += 1
            }
            while index < count && Self.isVowel(start[index]) {
                index += 1
            }
            return index < count ? index + 1 : nil
        }

        /// Turns the marks and umlauts back into plain letters.
        mutating func postlude() {
            for index in 0..<count {
                switch start[index] {
                case UInt8(ascii: "Y"): start[index] = UInt8(ascii: "y")
                case UInt8(ascii: "U"), Self.uUmlaut: start[index] = UInt8(ascii: "u")
                case Self.aUmlaut: start[index] = UInt8(ascii: "a")
                case Self.oUmlaut: start[index] = UInt8(ascii: "o")
                default: break
                }
            }
        }

        // MARK: Byte matching (more in SnowballWord)

        /// Whether the text ending at `end` ends with `suffix`.
        @inline(__always)
        func ends(with suffix: StaticString, at end: Int) -> Bool {
            matches(suffix, at: end - suffix.utf8CodeUnitCount)
        }

        /// The letter at `index`, or zero outside the word.
        @inline(__always)
        func letter(at index: Int) -> UInt8 {
            index >= 0 && index < count ? start[index] : 0
        }
    }
}
