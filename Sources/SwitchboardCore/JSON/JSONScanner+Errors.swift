extension JSONScanner {
    // MARK: - Locations and errors

    /// The location of `offset`, which must be on the current line at or after the cursor's
    /// last multi-byte scalar.
    @inline(__always)
    func location(at offset: Int) -> SourceLocation {
        SourceLocation(line: self.line, column: offset - self.columnBase + 1, offset: offset)
    }

    /// The location of an error at `offset`, with the column counted afresh.
    ///
    /// No token spans a line break, and every error points into the token being read,
    /// so errors are always on the current line. The column counts the bytes from the
    /// line start that are not UTF-8 continuation bytes; all bytes before an error
    /// are valid UTF-8, so this is the number of Unicode scalars.
    func errorLocation(at offset: Int) -> SourceLocation {
        precondition(offset >= self.lineStart, "JSONScanner: error before the current line")
        var column = 1
        for position in self.lineStart..<offset where self.input[position] & 0xC0 != 0x80 {
            column += 1
        }
        return SourceLocation(line: self.line, column: column, offset: offset)
    }

    /// An error with `message` at `offset`.
    func error(_ message: String, at offset: Int) -> JSONParseError {
        JSONParseError(message: message, location: self.errorLocation(at: offset))
    }

    /// An `expected …, found …` error at `offset`, with hints for common mistakes.
    func unexpected(
        _ expected: String,
        at offset: Int,
        isValuePosition: Bool = false
    ) -> JSONParseError {
        var message = "\(expected), found \(self.describe(at: offset))"
        switch self.byte(at: offset) {
        case ASCII.slash:
            message += " (comments are not allowed)"
        case UInt8(ascii: "'") where isValuePosition:
            message += " (strings must use double quotes)"
        case ASCII.plus where isValuePosition:
            message += " (numbers must not start with '+')"
        default:
            break
        }
        return self.error(message, at: offset)
    }

    /// The error for something at `offset` that should have started a value.
    func unexpectedValue(at offset: Int, context: ValueContext) -> JSONParseError {
        switch context {
        case .topLevel:
            return self.unexpected("expected value", at: offset, isValuePosition: true)
        case .arrayStart:
            return self.unexpected("expected value or ']'", at: offset, isValuePosition: true)
        case .afterColon:
            return self.unexpected("expected value after ':'", at: offset, isValuePosition: true)
        case .afterComma:
            if self.byte(at: offset) == ASCII.closeBracket {
                return self.error(
                    "expected value after ',', found ']' (trailing commas are not allowed)",
                    at: offset
                )
            }
            return self.unexpected("expected value after ','", at: offset, isValuePosition: true)
        }
    }

    /// Names what is at `offset` for a message: `'x'`, `'true1'`, `U+0001`, `end of input`.
    func describe(at offset: Int) -> String {
        guard offset < self.end else { return "end of input" }
        let byte = self.input[offset]
        if ASCII.isWordByte(byte) {
            var wordEnd = offset + 1
            while wordEnd < self.end, wordEnd - offset < 24, ASCII.isWordByte(self.input[wordEnd]) {
                wordEnd += 1
            }
            let ellipsis = wordEnd < self.end && ASCII.isWordByte(self.input[wordEnd]) ? "..." : ""
            return "'\(self.string(from: offset, to: wordEnd))\(ellipsis)'"
        }
        if byte == UInt8(ascii: "'") {
            return "\"'\""
        }
        if byte >= 0x20 && byte < 0x7F {
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        if byte < 0x80 {
            return Self.scalarName(UInt32(byte))
        }
        let length = self.validUTF8Length(at: offset)
        guard length > 0 else {
            return self.utf8Problem(at: offset)
        }
        let character = self.string(from: offset, to: offset + length)
        let scalar = character.unicodeScalars.first?.value ?? 0
        return "'\(character)' (\(Self.scalarName(scalar)))"
    }

    /// `0xAB`.
    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return byte < 0x10 ? "0x0\(digits)" : "0x\(digits)"
    }

    /// `U+00AB`.
    static func scalarName(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
