/// The state of one parse: a cursor over UTF-8 bytes and the bookkeeping for locations.
///
/// Node locations come from two counters updated as the cursor moves: the current
/// line, and `columnBase`, the offset of the line start plus the number of UTF-8
/// continuation bytes already passed on the line. A value at offset `o` is then at
/// column `o - columnBase + 1`, counted in Unicode scalars. Raw line breaks can only
/// occur in whitespace (inside strings they are errors), so only `skipWhitespace`
/// and the multi-byte branch of string scanning touch the counters.
///
/// Arrays and objects are parsed with an explicit stack of open containers rather
/// than recursion, so the depth limit is the only bound on nesting. Their children
/// wait on scratch stacks until the container closes and are then moved into an
/// array of the exact size.
struct JSONScanner {
    /// An array or object whose closing bracket has not been reached yet.
    private struct Frame {
        var isObject: Bool
        var location: SourceLocation
        /// Where the container's children start on the node or member stack.
        var start: Int
        /// The key of the member whose value is being parsed (objects only).
        var key = ""
        /// Whether the next key is being read (so ``key`` is the previous member's).
        var isReadingKey = false
        var keyLocation = SourceLocation.start
    }

    /// What came just before a value, for error messages.
    private enum ValueContext {
        case topLevel
        case arrayStart
        case afterComma
        case afterColon
    }

    private let input: UnsafeBufferPointer<UInt8>
    private let end: Int
    private let maxDepth: Int
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var columnBase = 0

    /// Creates a scanner at the start of `input`.
    init(input: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.input = input
        self.end = input.count
        self.maxDepth = maxDepth
    }

    // MARK: - Document

    /// Parses the whole input as one JSON value surrounded by optional whitespace.
    mutating func parseDocument() throws(JSONParseError) -> JSONNode {
        if self.hasByteOrderMark {
            self.index = 3
            self.lineStart = 3
            self.columnBase = 3
        }
        self.skipWhitespace()
        guard self.index < self.end else {
            throw self.error("empty document", at: self.index)
        }
        let root = try self.parseValue()
        self.skipWhitespace()
        guard self.index == self.end else {
            throw self.unexpected("expected end of input after top-level value", at: self.index)
        }
        return root
    }

    /// Whether the input starts with the UTF-8 byte order mark EF BB BF.
    private var hasByteOrderMark: Bool {
        self.end >= 3 && self.input[0] == 0xEF && self.input[1] == 0xBB && self.input[2] == 0xBF
    }

    // MARK: - Values

    /// Parses the value at the cursor, including everything nested in it.
    private mutating func parseValue() throws(JSONParseError) -> JSONNode {
        var frames: [Frame] = []
        var elements = JSONScratchStack<JSONNode>()
        do {
            return try self.parseValue(frames: &frames, elements: &elements)
        } catch {
            var located = error
            located.path = Self.path(of: frames, elementCount: elements.count)
            throw located
        }
    }

    /// The JSON path of the value being read inside the open containers.
    private static func path(of frames: [Frame], elementCount: Int) -> String {
        var path = ""
        for (position, frame) in frames.enumerated() {
            if frame.isObject {
                if frame.isReadingKey { break }
                path += path.isEmpty ? frame.key : "." + frame.key
            } else {
                let nextStart =
                    frames[(position + 1)...].first { !$0.isObject }?.start ?? elementCount
                path += "[\(nextStart - frame.start)]"
            }
        }
        return path
    }

    /// Parses a value with an explicit stack of open containers.
    private mutating func parseValue(
        frames: inout [Frame], elements: inout JSONScratchStack<JSONNode>
    ) throws(JSONParseError) -> JSONNode {
        var members = JSONScratchStack<JSONMember>()
        var context = ValueContext.topLevel
        valueLoop: while true {
            let start = self.index
            let location = self.location(at: start)
            var node: JSONNode
            switch self.byte(at: start) {
            case ASCII.quote:
                node = JSONNode(value: .string(try self.parseString()), location: location)
            case ASCII.openBrace:
                try self.checkDepth(frames.count + 1, at: start)
                self.index += 1
                self.skipWhitespace()
                if self.byte(at: self.index) == ASCII.closeBrace {
                    self.index += 1
                    node = JSONNode(value: .object(JSONObject()), location: location)
                } else {
                    frames.append(Frame(isObject: true, location: location, start: members.count))
                    try self.parseKey(
                        into: &frames[frames.count - 1], expected: "string key or '}'")
                    context = .afterColon
                    continue valueLoop
                }
            case ASCII.openBracket:
                try self.checkDepth(frames.count + 1, at: start)
                self.index += 1
                self.skipWhitespace()
                if self.byte(at: self.index) == ASCII.closeBracket {
                    self.index += 1
                    node = JSONNode(value: .array([]), location: location)
                } else {
                    frames.append(Frame(isObject: false, location: location, start: elements.count))
                    context = .arrayStart
                    continue valueLoop
                }
            case ASCII.letterT:
                try self.parseLiteral(ASCII.trueTail, context: context)
                node = JSONNode(value: .bool(true), location: location)
            case ASCII.letterF:
                try self.parseLiteral(ASCII.falseTail, context: context)
                node = JSONNode(value: .bool(false), location: location)
            case ASCII.letterN:
                try self.parseLiteral(ASCII.nullTail, context: context)
                node = JSONNode(value: .null, location: location)
            case ASCII.minus, ASCII.zero...ASCII.nine:
                node = JSONNode(value: .number(try self.parseNumber()), location: location)
            default:
                throw self.unexpectedValue(at: start, context: context)
            }

            // Hand the finished node to its container, closing containers as they end.
            while let top = frames.indices.last {
                self.skipWhitespace()
                if frames[top].isObject {
                    members.push(
                        JSONMember(
                            key: frames[top].key,
                            keyLocation: frames[top].keyLocation,
                            value: consume node
                        )
                    )
                    switch self.byte(at: self.index) {
                    case ASCII.comma:
                        self.index += 1
                        self.skipWhitespace()
                        try self.parseKey(into: &frames[top], expected: "string key after ','")
                        context = .afterColon
                        continue valueLoop
                    case ASCII.closeBrace:
                        self.index += 1
                        let frame = frames.removeLast()
                        let object = JSONObject(members: members.popArray(from: frame.start))
                        node = JSONNode(value: .object(object), location: frame.location)
                    default:
                        throw self.unexpected(
                            "expected ',' or '}' after object member", at: self.index
                        )
                    }
                } else {
                    elements.push(consume node)
                    switch self.byte(at: self.index) {
                    case ASCII.comma:
                        self.index += 1
                        self.skipWhitespace()
                        context = .afterComma
                        continue valueLoop
                    case ASCII.closeBracket:
                        self.index += 1
                        let frame = frames.removeLast()
                        let array = elements.popArray(from: frame.start)
                        node = JSONNode(value: .array(array), location: frame.location)
                    default:
                        throw self.unexpected(
                            "expected ',' or ']' after array element", at: self.index
                        )
                    }
                }
            }
            return node
        }
    }

    /// Parses `"key"`, whitespace and `:` and the whitespace after it into `frame`.
    private mutating func parseKey(
        into frame: inout Frame,
        expected: String
    ) throws(JSONParseError) {
        frame.isReadingKey = true
        let start = self.index
        let found = self.byte(at: start)
        guard found == ASCII.quote else {
            var message = "expected \(expected)"
            if found == ASCII.closeBrace {
                message += ", found '}' (trailing commas are not allowed)"
                throw self.error(message, at: start)
            }
            throw self.unexpected(message, at: start, isValuePosition: true)
        }
        frame.keyLocation = self.location(at: start)
        frame.key = try self.parseString()
        self.skipWhitespace()
        guard self.byte(at: self.index) == ASCII.colon else {
            throw self.unexpected("expected ':' after object key", at: self.index)
        }
        self.index += 1
        self.skipWhitespace()
        frame.isReadingKey = false
    }

    /// Throws when opening a container would nest deeper than allowed.
    private func checkDepth(_ depth: Int, at offset: Int) throws(JSONParseError) {
        if depth > self.maxDepth {
            throw self.error(
                "nesting exceeds the maximum depth of \(self.maxDepth) arrays and objects",
                at: offset
            )
        }
    }

    /// Consumes `true`, `false` or `null`, whose first letter is at the cursor.
    private mutating func parseLiteral(
        _ tail: (UInt8, UInt8, UInt8, UInt8?),
        context: ValueContext
    ) throws(JSONParseError) {
        let start = self.index
        let length = tail.3 == nil ? 4 : 5
        guard self.byte(at: start + 1) == tail.0, self.byte(at: start + 2) == tail.1,
            self.byte(at: start + 3) == tail.2,
            tail.3.map({ self.byte(at: start + 4) == $0 }) ?? true,
            !ASCII.isWordByte(self.byte(at: start + length))
        else {
            throw self.unexpectedValue(at: start, context: context)
        }
        self.index += length
    }

    // MARK: - Numbers

    /// Parses `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` at the cursor.
    private mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
        let start = self.index
        let isNegative = self.input[start] == ASCII.minus
        if isNegative {
            self.index += 1
        }
        // Accumulate the integer part negatively so that Int.min fits.
        var accumulator = 0
        var overflowed = false
        let first = self.byte(at: self.index)
        if first == ASCII.zero {
            self.index += 1
            if ASCII.isDigit(self.byte(at: self.index)) {
                throw self.error("leading zeros are not allowed in numbers", at: self.index - 1)
            }
        } else if ASCII.isDigit(first) {
            while self.index < self.end {
                let digit = self.input[self.index] &- ASCII.zero
                guard digit < 10 else { break }
                let (times10, overflow1) = accumulator.multipliedReportingOverflow(by: 10)
                let (next, overflow2) = times10.subtractingReportingOverflow(Int(digit))
                overflowed = overflowed || overflow1 || overflow2
                accumulator = next
                self.index += 1
            }
        } else {
            throw self.unexpected("expected digit after '-'", at: self.index)
        }
        var isInteger = true
        if self.byte(at: self.index) == ASCII.dot {
            isInteger = false
            self.index += 1
            try self.skipDigits(after: "'.'")
        }
        let exponent = self.byte(at: self.index)
        if exponent == ASCII.letterE || exponent == ASCII.capitalE {
            isInteger = false
            self.index += 1
            let sign = self.byte(at: self.index)
            if sign == ASCII.plus || sign == ASCII.minus {
                self.index += 1
            }
            try self.skipDigits(after: "exponent")
        }
        let text = self.string(from: start, to: self.index)
        if isInteger && !overflowed {
            if isNegative {
                return JSONNumber(
                    text: text, double: Self.double(accumulator, text), integer: accumulator)
            }
            let (value, overflow) = (0).subtractingReportingOverflow(accumulator)
            if !overflow {
                return JSONNumber(text: text, double: Self.double(value, text), integer: value)
            }
        }
        return JSONNumber(text: text, double: Double(text) ?? .nan, integer: nil)
    }

    /// Consumes one or more digits, or throws `expected digit after <what>`.
    private mutating func skipDigits(after what: String) throws(JSONParseError) {
        guard ASCII.isDigit(self.byte(at: self.index)) else {
            throw self.unexpected("expected digit after \(what)", at: self.index)
        }
        self.index += 1
        while self.index < self.end, ASCII.isDigit(self.input[self.index]) {
            self.index += 1
        }
    }

    /// The `Double` for an integer literal: exact conversion when possible, else the stdlib parser.
    private static func double(_ value: Int, _ text: String) -> Double {
        if value == 0 {
            return text.utf8.first == ASCII.minus ? -0.0 : 0.0
        }
        if value.magnitude <= 1 << 53 {
            return Double(value)
        }
        return Double(text) ?? Double(value)
    }

    // MARK: - Strings

    /// Parses the string whose opening quote is at the cursor and returns its decoded text.
    private mutating func parseString() throws(JSONParseError) -> String {
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
    private mutating func parseEscapedString(
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
    private mutating func parseEscape(
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
    private mutating func parseUnicodeEscape() throws(JSONParseError) -> UInt32 {
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
    private func hex4(at offset: Int) -> UInt32? {
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
    private static func appendUTF8(_ scalar: UInt32, to bytes: inout [UInt8]) {
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
    private mutating func skipMultiByteScalar() throws(JSONParseError) {
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
    private func validUTF8Length(at offset: Int) -> Int {
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
    private func utf8Problem(at offset: Int) -> String {
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
    private func controlCharacterError(_ byte: UInt8, at offset: Int) -> JSONParseError {
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

    // MARK: - Whitespace and bytes

    /// Skips spaces, tabs and line breaks, counting lines as it goes.
    @inline(__always)
    private mutating func skipWhitespace() {
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
    private mutating func startLine() {
        self.line += 1
        self.lineStart = self.index
        self.columnBase = self.index
    }

    /// The byte at `offset`, or 0 past the end (0 never starts or continues valid JSON).
    @inline(__always)
    private func byte(at offset: Int) -> UInt8 {
        offset < self.end ? self.input[offset] : 0
    }

    /// The bytes from `start` up to, not including, `end`.
    @inline(__always)
    private func bytes(from start: Int, to end: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: self.input[start..<end])
    }

    /// A string from already validated UTF-8 bytes.
    @inline(__always)
    private func string(from start: Int, to end: Int) -> String {
        String(decoding: self.bytes(from: start, to: end), as: UTF8.self)
    }

    /// Up to `count` bytes of source text from `start`, for messages.
    private func text(from start: Int, count: Int) -> String {
        self.string(from: start, to: min(start + count, self.end))
    }

    // MARK: - Locations and errors

    /// The location of `offset`, which must be on the current line at or after the cursor's
    /// last multi-byte scalar.
    @inline(__always)
    private func location(at offset: Int) -> SourceLocation {
        SourceLocation(line: self.line, column: offset - self.columnBase + 1, offset: offset)
    }

    /// The location of an error at `offset`, with the column counted afresh.
    ///
    /// No token spans a line break, and every error points into the token being read,
    /// so errors are always on the current line. The column counts the bytes from the
    /// line start that are not UTF-8 continuation bytes; all bytes before an error
    /// are valid UTF-8, so this is the number of Unicode scalars.
    private func errorLocation(at offset: Int) -> SourceLocation {
        precondition(offset >= self.lineStart, "JSONScanner: error before the current line")
        var column = 1
        for position in self.lineStart..<offset where self.input[position] & 0xC0 != 0x80 {
            column += 1
        }
        return SourceLocation(line: self.line, column: column, offset: offset)
    }

    /// An error with `message` at `offset`.
    private func error(_ message: String, at offset: Int) -> JSONParseError {
        JSONParseError(message: message, location: self.errorLocation(at: offset))
    }

    /// An `expected …, found …` error at `offset`, with hints for common mistakes.
    private func unexpected(
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
    private func unexpectedValue(at offset: Int, context: ValueContext) -> JSONParseError {
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
    private func describe(at offset: Int) -> String {
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
    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return byte < 0x10 ? "0x0\(digits)" : "0x\(digits)"
    }

    /// `U+00AB`.
    private static func scalarName(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// Byte values of the ASCII characters the parser looks for.
private enum ASCII {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote = UInt8(ascii: "\"")
    static let plus = UInt8(ascii: "+")
    static let comma = UInt8(ascii: ",")
    static let minus = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let slash = UInt8(ascii: "/")
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
    static let colon = UInt8(ascii: ":")
    static let capitalE = UInt8(ascii: "E")
    static let openBracket = UInt8(ascii: "[")
    static let backslash = UInt8(ascii: "\\")
    static let closeBracket = UInt8(ascii: "]")
    static let letterB = UInt8(ascii: "b")
    static let letterE = UInt8(ascii: "e")
    static let letterF = UInt8(ascii: "f")
    static let letterN = UInt8(ascii: "n")
    static let letterR = UInt8(ascii: "r")
    static let letterT = UInt8(ascii: "t")
    static let letterU = UInt8(ascii: "u")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")

    /// The letters after the first of `true`, `false` and `null`.
    static let trueTail: (UInt8, UInt8, UInt8, UInt8?) = (0x72, 0x75, 0x65, nil)
    static let falseTail: (UInt8, UInt8, UInt8, UInt8?) = (0x61, 0x6C, 0x73, 0x65)
    static let nullTail: (UInt8, UInt8, UInt8, UInt8?) = (0x75, 0x6C, 0x6C, nil)

    /// Whether `byte` is an ASCII digit.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- zero < 10
    }

    /// Whether `byte` is an ASCII letter, digit or underscore.
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case zero...nine, UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }
}
