/// Text split into tokens, keeping the UTF-8 bytes the tokens point into.
///
/// Extractors that read words and numbers (numbers, money, dates) work on tokens;
/// the rest scan the bytes directly.
struct EntityText: Sendable {
    /// The text's UTF-8 bytes.
    let bytes: [UInt8]
    /// The tokens, in order; whitespace belongs to no token.
    let tokens: [EntityToken]

    /// Bytes that may join the numbers of a numeric chain.
    static let chainJoiners: [UInt8] = Array(",.-/:".utf8)

    /// Splits `text` into tokens.
    ///
    /// With `germanLetters`, `ä` `ö` `ü` `ß` (and the capital umlauts) are letters of words,
    /// and a word's key folds them (`März` has the key `marz`, `dreißig` `dreissig`), as the
    /// text normalizer does.
    init(_ text: String, germanLetters: Bool = false) {
        let bytes = Array(text.utf8)
        self.bytes = bytes
        var tokens: [EntityToken] = []
        var index = 0
        var spaced = true
        while index < bytes.count {
            let byte = bytes[index]
            let width = Self.whitespaceWidth(bytes, index)
            if width > 0 {
                spaced = true
                index += width
                continue
            }
            let start = index
            let kind: EntityToken.Kind
            if ASCIIByte.isLetter(byte)
                || (germanLetters && Self.germanLetterFold(bytes, index) != nil)
            {
                kind = .word
                while index < bytes.count {
                    if ASCIIByte.isLetter(bytes[index]) {
                        index += 1
                    } else if germanLetters, Self.germanLetterFold(bytes, index) != nil {
                        index += 2
                    } else {
                        break
                    }
                }
            } else if ASCIIByte.isDigit(byte) {
                kind = .number
                while index < bytes.count, ASCIIByte.isDigit(bytes[index]) { index += 1 }
            } else {
                kind = .symbol
                index += 1
                if byte >= 0xC0 {
                    while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                }
            }
            var key = ""
            if kind == .word && germanLetters {
                key = Self.foldedKey(bytes, start..<index)
            } else if kind == .word {
                key = String(
                    decoding: bytes[start..<index].map(ASCIIByte.lowercased), as: UTF8.self)
            }
            tokens.append(EntityToken(kind: kind, range: start..<index, isSpaced: spaced, key: key))
            spaced = false
        }
        self.tokens = tokens
    }

    /// What the German letter whose two bytes start at `index` folds to, or `nil`.
    static func germanLetterFold(_ bytes: [UInt8], _ index: Int) -> StaticString? {
        guard bytes[index] == 0xC3, let second = ASCIIByte.at(bytes, index + 1) else {
            return nil
        }
        switch second {
        case 0xA4, 0x84: return "a"
        case 0xB6, 0x96: return "o"
        case 0xBC, 0x9C: return "u"
        case 0x9F: return "ss"
        default: return nil
        }
    }

    /// The lower-case key of a word with German letters folded.
    private static func foldedKey(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            if let fold = Self.germanLetterFold(bytes, index) {
                key.append(
                    contentsOf: UnsafeBufferPointer(
                        start: fold.utf8Start, count: fold.utf8CodeUnitCount))
                index += 2
            } else {
                key.append(ASCIIByte.lowercased(bytes[index]))
                index += 1
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// The number of bytes of whitespace at `index` (ASCII or no-break spaces), or 0.
    static func whitespaceWidth(_ bytes: [UInt8], _ index: Int) -> Int {
        let byte = bytes[index]
        if ASCIIByte.isSpace(byte) { return 1 }
        // U+00A0 no-break space.
        if byte == 0xC2, ASCIIByte.at(bytes, index + 1) == 0xA0 { return 2 }
        // U+2009 thin space and U+202F narrow no-break space.
        if byte == 0xE2, ASCIIByte.at(bytes, index + 1) == 0x80,
            let third = ASCIIByte.at(bytes, index + 2), third == 0x89 || third == 0xAF
        {
            return 3
        }
        return 0
    }

    /// The number of tokens.
    var count: Int { self.tokens.count }

    /// Whether token `index` exists and touches the token before it.
    func isAdjacent(_ index: Int) -> Bool {
        index > 0 && index < self.tokens.count && !self.tokens[index].isSpaced
    }

    /// Whether token `index` exists and is of `kind`.
    func isKind(_ index: Int, _ kind: EntityToken.Kind) -> Bool {
        index >= 0 && index < self.tokens.count && self.tokens[index].kind == kind
    }

    /// Whether token `index` is a word or a number.
    func isAlphanumeric(_ index: Int) -> Bool {
        self.isKind(index, .word) || self.isKind(index, .number)
    }

    /// Whether token `index` is the word `key` (lower case), ignoring case.
    func isWord(_ index: Int, _ key: String) -> Bool {
        self.isKind(index, .word) && self.tokens[index].key == key
    }

    /// The lower-cased word at `index`, or `nil` when it is not a word.
    func word(_ index: Int) -> String? {
        self.isKind(index, .word) ? self.tokens[index].key : nil
    }

    /// Whether token `index` is the one-byte symbol `byte`.
    func isSymbol(_ index: Int, _ byte: UInt8) -> Bool {
        guard self.isKind(index, .symbol) else { return false }
        let range = self.tokens[index].range
        return range.count == 1 && self.bytes[range.lowerBound] == byte
    }

    /// The bytes of token `index`.
    func bytes(of index: Int) -> ArraySlice<UInt8> {
        self.bytes[self.tokens[index].range]
    }

    /// Whether the word at `index` is written entirely in upper case.
    func isUpperCase(_ index: Int) -> Bool {
        self.bytes(of: index).allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// Whether the word at `index` starts with an upper-case letter.
    func isCapitalized(_ index: Int) -> Bool {
        guard let first = self.bytes(of: index).first else { return false }
        return first >= 0x41 && first <= 0x5A
    }

    /// The number of digits of the number token at `index`.
    func digitCount(_ index: Int) -> Int {
        self.tokens[index].range.count
    }

    /// The value of the number token at `index`, or `nil` past 18 digits.
    func integer(_ index: Int) -> Int? {
        guard self.isKind(index, .number), self.digitCount(index) <= 18 else { return nil }
        var value = 0
        for byte in self.bytes(of: index) {
            value = value * 10 + Int(ASCIIByte.digitValue(byte))
        }
        return value
    }

    /// Whether token `index` is stuck to a word or number before it, directly or through
    /// a connector (`TP-123`, `A_1`, `v.2`): then it is part of an identifier.
    func isGluedBefore(_ index: Int) -> Bool {
        guard self.isAdjacent(index) else { return false }
        if self.isAlphanumeric(index - 1) { return true }
        return self.isConnector(index - 1) && self.isAdjacent(index - 1)
            && self.isAlphanumeric(index - 2)
    }

    /// Whether token `index` is stuck to a word or number after it, directly or through
    /// a connector (`4g`, `123-AB`, `3.txt`).
    func isGluedAfter(_ index: Int) -> Bool {
        guard self.isAdjacent(index + 1) else { return false }
        if self.isAlphanumeric(index + 1) { return true }
        return self.isConnector(index + 1) && self.isAdjacent(index + 2)
            && self.isAlphanumeric(index + 2)
    }

    /// Whether token `index` is a byte that joins the parts of identifiers.
    private func isConnector(_ index: Int) -> Bool {
        for byte in Array("-_./:@".utf8) where self.isSymbol(index, byte) {
            return true
        }
        return false
    }

    /// The numeric chain starting at the number token `index`.
    ///
    /// The chain is maximal to the right; a chain that starts in the middle of a longer
    /// one is not looked for (callers check `continuesChain` first). Besides punctuation,
    /// single spaces join thousands: `1 200 000` (a head of one to three digits, then
    /// groups of exactly three), recorded as a space separator.
    func numericChain(at index: Int) -> NumericChain? {
        guard self.isKind(index, .number) else { return nil }
        var chain = NumericChain(numbers: [index], separators: [])
        var last = index
        while true {
            if self.isAdjacent(last + 1), self.isKind(last + 1, .symbol),
                self.isAdjacent(last + 2), self.isKind(last + 2, .number)
            {
                let range = self.tokens[last + 1].range
                let joiner = self.bytes[range.lowerBound]
                guard range.count == 1, Self.chainJoiners.contains(joiner) else { break }
                chain.separators.append(joiner)
                chain.numbers.append(last + 2)
                last += 2
            } else if chain.separators.allSatisfy({ $0 == Self.space }),
                self.digitCount(last) <= 3, self.isThousandsGroup(after: last)
            {
                chain.separators.append(Self.space)
                chain.numbers.append(last + 1)
                last += 1
            } else {
                break
            }
        }
        return chain
    }

    /// The separator recorded for thousands grouped with spaces.
    static let space = UInt8(ascii: " ")

    /// Whether the token after the number `index` is a group of three digits separated
    /// from it by exactly one whitespace character.
    private func isThousandsGroup(after index: Int) -> Bool {
        let next = index + 1
        guard self.isKind(next, .number), self.digitCount(next) == 3 else { return false }
        let gap = self.tokens[index].range.upperBound
        let width = Self.whitespaceWidth(self.bytes, gap)
        return width > 0 && gap + width == self.tokens[next].range.lowerBound
    }

    /// Whether the number token `index` continues a numeric chain that starts earlier.
    func continuesChain(_ index: Int) -> Bool {
        if self.isKind(index - 1, .number), self.digitCount(index - 1) <= 3,
            self.isThousandsGroup(after: index - 1)
        {
            return true
        }
        guard self.isAdjacent(index), self.isAdjacent(index - 1), self.isKind(index - 2, .number)
        else { return false }
        for joiner in Self.chainJoiners where self.isSymbol(index - 1, joiner) {
            return true
        }
        return false
    }

    /// The byte range from the start of token `first` to the end of token `last`.
    func range(_ first: Int, _ last: Int) -> Range<Int> {
        self.tokens[first].range.lowerBound..<self.tokens[last].range.upperBound
    }

    /// A match of `value` over tokens `first` through `last`.
    func match(_ value: SlotValue, _ first: Int, _ last: Int) -> EntityMatch {
        EntityMatch(value: value, range: self.range(first, last), in: self.bytes)
    }
}
