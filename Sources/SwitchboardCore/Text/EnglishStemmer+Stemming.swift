extension EnglishStemmer {
    /// One word being stemmed in place.
    ///
    /// `Y` (0x59) marks a `y` that acts as a consonant.
    struct Stemming: SnowballWord {
        /// First byte of the word; moves forward when a leading apostrophe is removed.
        var start: UnsafeMutablePointer<UInt8>
        /// Length of the word; never more than the room it started with.
        var count: Int
        /// Start of region R1.
        var r1 = 0
        /// Start of region R2.
        var r2 = 0
        /// Some `y` was marked as `Y` by the prelude.
        var foundY = false

        init(start: UnsafeMutablePointer<UInt8>, count: Int) {
            self.start = start
            self.count = count
        }

        mutating func run() {
            if exceptionalForm() {
                return
            }
            prelude()
            markRegions()
            step1a()
            step1b()
            step1c()
            step2()
            step3()
            step4()
            step5()
            if foundY {
                for index in 0..<count where start[index] == UInt8(ascii: "Y") {
                    start[index] = UInt8(ascii: "y")
                }
            }
        }

        // MARK: Character classes

        /// `a e i o u y`, as bits over `a` through `z`.
        static let vowels: UInt32 = 1 << 0 | 1 << 4 | 1 << 8 | 1 << 14 | 1 << 20 | 1 << 24
        /// Vowels plus `w` and `x` (and `Y`, tested separately).
        static let vowelsWXY: UInt32 = vowels | 1 << 22 | 1 << 23
        /// Letters that may come before a deletable `li`: `c d e g h k m n r t`.
        static let validLI: UInt32 =
            1 << 2 | 1 << 3 | 1 << 4 | 1 << 6 | 1 << 7 | 1 << 10 | 1 << 12 | 1 << 13 | 1 << 17
            | 1 << 19

        @inline(__always)
        static func isIn(_ set: UInt32, _ byte: UInt8) -> Bool {
            let offset = UInt32(byte) &- 0x61
            return offset < 26 && (set >> offset) & 1 != 0
        }

        @inline(__always)
        func isVowel(_ index: Int) -> Bool {
            Self.isIn(Self.vowels, start[index])
        }

        /// Whether `start[from..<to]` contains a vowel.
        @inline(__always)
        func hasVowel(from: Int, to: Int) -> Bool {
            var index = from
            while index < to {
                if isVowel(index) {
                    return true
                }
                index += 1
            }
            return false
        }

        /// The position just past the first non-vowel that follows a vowel, at or after `from`.
        func pastVowelAndNonVowel(from: Int) -> Int? {
            var index = from
            while index < count && !isVowel(index) {
                index += 1
            }
            while index < count && isVowel(index) {
                index += 1
            }
            return index < count ? index + 1 : nil
        }

        /// Whether the word ends in a short syllable just before `end`.
        func endsInShortSyllable(at end: Int) -> Bool {
            if end >= 3 {
                let last = start[end - 1]
                if !Self.isIn(Self.vowelsWXY, last) && last != UInt8(ascii: "Y")
                    && isVowel(end - 2) && !isVowel(end - 3)
                {
                    return true
                }
            } else if end == 2 {
                if !isVowel(1) && isVowel(0) {
                    return true
                }
            }
            return end >= 4 && matches("past", at: end - 4)
        }

        // MARK: Byte matching (more in SnowballWord)

        @inline(__always)
        func equals(_ text: StaticString) -> Bool {
            count == text.utf8CodeUnitCount && matches(text, at: 0)
        }

        /// Replaces the last `length` bytes with `replacement`, which is no longer.
        @inline(__always)
        mutating func replaceSuffix(_ length: Int, with replacement: StaticString) {
            count -= length
            let bytes = replacement.utf8Start
            for index in 0..<replacement.utf8CodeUnitCount {
                start[count] = bytes[index]
                count += 1
            }
        }

        /// Whether a suffix of `length` bytes lies in R1.
        @inline(__always)
        func inR1(_ length: Int) -> Bool {
            count - length >= r1
        }

        /// Whether a suffix of `length` bytes lies in R2.
        @inline(__always)
        func inR2(_ length: Int) -> Bool {
            count - length >= r2
        }
    }
}
