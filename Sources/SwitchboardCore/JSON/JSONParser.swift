/// A strict RFC 8259 JSON parser that records the source location of every value and key.
///
/// The parser reads UTF-8 bytes directly. It rejects everything the RFC does not
/// allow (comments, trailing commas, `NaN`, leading zeros, invalid UTF-8, lone
/// surrogates) and reports the first problem with its line and column. Nesting is
/// handled without recursion, so hostile input cannot exhaust the stack.
///
/// ```swift
/// let node = try JSONParser().parse(#"{"greeting": "hello"}"#)
/// node.value.objectValue?["greeting"]?.location  // 1:14
/// ```
public struct JSONParser: Sendable {
    /// The deepest nesting of arrays and objects that is accepted.
    public var maxDepth: Int

    /// Creates a parser that accepts at most `maxDepth` nested arrays and objects.
    public init(maxDepth: Int = 256) {
        precondition(maxDepth >= 0, "JSONParser: maxDepth must not be negative")
        self.maxDepth = maxDepth
    }

    /// Parses a UTF-8 document held in an array.
    public func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONNode {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) -> JSONNode in try self.parse(buffer) }
        }
        return try result.get()
    }

    /// Parses a UTF-8 document held in memory the caller owns.
    public func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> JSONNode {
        var scanner = JSONScanner(input: bytes, maxDepth: self.maxDepth)
        return try scanner.parseDocument()
    }

    /// Parses a document held in a string.
    public func parse(_ text: String) throws(JSONParseError) -> JSONNode {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(JSONParseError) -> JSONNode in try self.parse(buffer) }
        }
        return try result.get()
    }
}
