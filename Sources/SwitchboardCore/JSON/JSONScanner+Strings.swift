extension JSONScanner {
    // MARK: - Strings

    /// Parses the string whose opening quote is at the cursor and returns its decoded text.
    mutating func parseString() throws(JSONParseError) -> String {
        let quote = self.index
        self.index += 1
        let start = self.index
        while self.index < self.end {
            let byte = self.input[self.index]
            if byte == ASCII.quote {
                let string = self.string(from: start, to: self.index)
                self.index += 1
                return string
            } else if byte == ASCII.backslash {
                return try self.parseEscapedString(quote: quote, start: start)
            } else if byte < 0x20 {
                throw self.controlCharacterError(byte, at: self.index)
            } else if byte >= 0x80 {
                try self.skipMultiByteScalar()
            } else {
                self.index += 1
            }
        }
        throw self.error("unterminated string", at: quote)
    }

    /// Finishes a string that contains escapes, starting at the first backslash.
    mutating func parseEscapedString(
        quote: Int,
        start: Int
    ) throws(JSONParseError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(self.index - start + 32)
        var runStart = start
        while self.index < self.end {
            let byte = self.input[self.index]
            if byte == ASCII.quote {
                decoded.append(contentsOf: self.bytes(from: runStart, to: self.index))
                self.index += 1
                return String(decoding: decoded, as: UTF8.self)
            } else if byte == ASCII.backslash {
                decoded.append(contentsOf: self.bytes(from: runStart, to: self.index))
                try self.parseEscape(into: &decoded, quote: quote)
                runStart = self.index
            } else if byte < 0x20 {
                throw self.controlCharacterError(byte, at: self.index)
            } else if byte >= 0x80 {
                try self.skipMultiByteScalar()
            } else {
                self.index += 1
            }
        }
        throw self.error("unterminated string", at: quote)
    }

    /// Decodes the escape sequence whose backslash is at the cursor and appends its UTF-8.
    mutating func parseEscape(
        into decoded: inout [UInt8],
        quote: Int
    ) throws(JSONParseError) {
        let backslash = self.index
        guard backslash + 1 < self.end else {
            throw self.error("unterminated string", at: quote)
        }
        let letter = self.input[backslash + 1]
        switch letter {
        case ASCII.quote, ASCII.backslash, ASCII.slash:
            decoded.append(letter)
        case ASCII.letterB:
            decoded.append(0x08)
        case ASCII.letterF:
            decoded.append(0x0C)
        case ASCII.letterN:
            decoded.append(0x0A)
        case ASCII.letterR:
            decoded.append(0x0D)
        case ASCII.letterT:
            decoded.append(0x09)
        case ASCII.letterU:
            let scalar = try self.parseUnicodeEscape()
            Self.appendUTF8(scalar, to: &decoded)
            return
        default:
            if letter >= 0x21 && letter <= 0x7E {
                throw self.error(
                    "invalid escape '\\\(Character(Unicode.Scalar(letter)))'", at: backslash
                )
            }
            throw self.error(
                "invalid escape: '\\' followed by \(self.describe(at: backslash + 1))",
                at: backslash
            )
        }
        self.index += 2
    }

    /// Decodes `\uXXXX`, or a surrogate pair `\uXXXX\uXXXX`, at the cursor.
    mutating func parseUnicodeEscape() throws(JSONParseError) -> UInt32 {
        let backslash = self.index
        guard let unit = self.hex4(at: backslash + 2) else {
            throw self.error(
                "invalid unicode escape: expected 4 hex digits after '\\u'", at: backslash)
        }
        switch unit {
        case 0xD800...0xDBFF:
            let next = backslash + 6
            guard self.byte(at: next) == ASCII.backslash, self.byte(at: next + 1) == ASCII.letterU
            else {
                throw self.error(
                    "lone high surrogate '\(self.text(from: backslash, count: 6))'", at: backslash)
            }
            guard let low = self.hex4(at: next + 2) else {
                throw self.error(
                    "invalid unicode escape: expected 4 hex digits after '\\u'", at: next)
            }
            guard (0xDC00...0xDFFF).contains(low) else {
                throw self.error(
                    "lone high surrogate '\(self.text(from: backslash, count: 6))'", at: backslash)
            }
            self.index += 12
            return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        case 0xDC00...0xDFFF:
            throw self.error(
                "lone low surrogate '\(self.text(from: backslash, count: 6))'", at: backslash)
        default:
            self.index += 6
            return unit
        }
    }

    /// The value of four hex digits at `offset`, or `nil` when they are not all there.
    func hex4(at offset: Int) -> UInt32? {
        guard offset + 4 <= self.end else { return nil }
        var value: UInt32 = 0
        for position in offset..<(offset + 4) {
            let byte = self.input[position]
            let digit: UInt8
            switch byte {
            case ASCII.zero...ASCII.nine:
                digit = byte - ASCII.zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"):
                digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"):
                digit = byte - UInt8(ascii: "A") + 10
            default:
                return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Appends the UTF-8 encoding of a Unicode scalar value.
    static func appendUTF8(_ scalar: UInt32, to bytes: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            bytes.append(UInt8(truncatingIfNeeded: scalar))
        case 0x80..<0x800:
            bytes.append(UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
        default:
            bytes.append(UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
        }
    }

    /// Steps over the multi-byte UTF-8 scalar at the cursor, or throws when it is invalid.
    mutating func skipMultiByteScalar() throws(JSONParseError) {
        let length = self.validUTF8Length(at: self.index)
        guard length > 0 else {
            throw self.error(self.utf8Problem(at: self.index), at: self.index)
        }
        self.index += length
        self.columnBase += length - 1
    }

    /// The length of the well-formed multi-byte UTF-8 sequence at `offset`, or 0.
    ///
    /// Follows table 3-7 of the Unicode standard, which rules out overlong forms,
    /// surrogates and values above U+10FFFF.
    @inline(__always)
    func validUTF8Length(at offset: Int) -> Int {
        let lead = self.input[offset]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF:
            length = 2
        case 0xE0...0xEF:
            length = 3
            if lead == 0xE0 {
                low = 0xA0
            } else if lead == 0xED {
                high = 0x9F
            }
        case 0xF0...0xF4:
            length = 4
            if lead == 0xF0 {
                low = 0x90
            } else if lead == 0xF4 {
                high = 0x8F
            }
        default:
            return 0
        }
        guard offset + length <= self.end else { return 0 }
        let second = self.input[offset + 1]
        guard second >= low && second <= high else { return 0 }
        for position in (offset + 2)..<(offset + length) where self.input[position] & 0xC0 != 0x80 {
            return 0
        }
        return length
    }

    /// Explains why the UTF-8 sequence at `offset` is not well formed.
    func utf8Problem(at offset: Int) -> String {
        let lead = self.input[offset]
        switch lead {
        case 0x80...0xBF:
            return "invalid UTF-8 byte \(Self.hex(lead)) (unexpected continuation byte)"
        case 0xC0, 0xC1:
            return "invalid UTF-8 byte \(Self.hex(lead)) (overlong encoding)"
        case 0xF5...0xFF:
            return "invalid UTF-8 byte \(Self.hex(lead))"
        default:
            break
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var sequence = Self.hex(lead)
        for position in (offset + 1)..<(offset + length) {
            guard position < self.end else {
                return "incomplete UTF-8 sequence \(sequence) at end of input"
            }
            let byte = self.input[position]
            sequence += " \(Self.hex(byte))"
            guard byte & 0xC0 == 0x80 else {
                return "invalid UTF-8 sequence \(sequence) (expected a continuation byte)"
            }
            if position == offset + 1 {
                switch (lead, byte) {
                case (0xE0, ..<0xA0), (0xF0, ..<0x90):
                    return "invalid UTF-8 sequence \(sequence) (overlong encoding)"
                case (0xED, 0xA0...):
                    return "invalid UTF-8 sequence \(sequence) (encoded surrogate)"
                case (0xF4, 0x90...):
                    return "invalid UTF-8 sequence \(sequence) (beyond U+10FFFF)"
                default:
                    break
                }
            }
        }
        return "invalid UTF-8 sequence \(sequence)"
    }

    /// The error for an unescaped control character inside a string.
    func controlCharacterError(_ byte: UInt8, at offset: Int) -> JSONParseError {
        let message =
            switch byte {
            case ASCII.lineFeed, ASCII.carriageReturn:
                "unescaped line break in string (missing closing quote?)"
            case ASCII.tab:
                "unescaped tab in string (write it as \\t)"
            default:
                "unescaped control character \(Self.scalarName(UInt32(byte))) in string"
            }
        return self.error(message, at: offset)
    }
}
