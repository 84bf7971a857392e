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
    struct Frame {
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
    enum ValueContext {
        case topLevel
        case arrayStart
        case afterComma
        case afterColon
    }

    let input: UnsafeBufferPointer<UInt8>
    let end: Int
    let maxDepth: Int
    var index = 0
    var line = 1
    var lineStart = 0
    var columnBase = 0

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
    mutating func parseValue() throws(JSONParseError) -> JSONNode {
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
    static func path(of frames: [Frame], elementCount: Int) -> String {
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
    mutating func parseValue(
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
    mutating func parseKey(
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
    func checkDepth(_ depth: Int, at offset: Int) throws(JSONParseError) {
        if depth > self.maxDepth {
            throw self.error(
                "nesting exceeds the maximum depth of \(self.maxDepth) arrays and objects",
                at: offset
            )
        }
    }

    /// Consumes `true`, `false` or `null`, whose first letter is at the cursor.
    mutating func parseLiteral(
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
}
