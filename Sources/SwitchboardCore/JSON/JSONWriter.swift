/// A streaming JSON writer that places commas, colons and indentation itself.
///
/// Calls must describe one well-formed value: keys only directly inside objects,
/// each key followed by exactly one value, and every container closed. Breaking
/// these rules is a programmer error and stops the program.
///
/// ```swift
/// var writer = JSONWriter(pretty: true)
/// writer.beginObject()
/// writer.key("name")
/// writer.string("Ada")
/// writer.endObject()
/// writer.text  // "{\n  \"name\": \"Ada\"\n}"
/// ```
public struct JSONWriter: Sendable {
    /// An open array or object and how many elements or members it has so far.
    private struct Container {
        var isObject: Bool
        var count: Int
    }

    /// The UTF-8 output so far.
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var containers: [Container] = []
    private var hasPendingKey = false
    private var hasRootValue = false

    /// Creates a writer: compact, or with two-space indentation and one member per line.
    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    /// The output so far as a string.
    public var text: String { String(decoding: self.bytes, as: UTF8.self) }

    /// Opens an object; follow with `key(_:)` and a value per member, then `endObject()`.
    public mutating func beginObject() {
        self.prepareForValue()
        self.bytes.append(UInt8(ascii: "{"))
        self.containers.append(Container(isObject: true, count: 0))
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        self.endContainer(isObject: true, closer: UInt8(ascii: "}"))
    }

    /// Opens an array; follow with its elements, then `endArray()`.
    public mutating func beginArray() {
        self.prepareForValue()
        self.bytes.append(UInt8(ascii: "["))
        self.containers.append(Container(isObject: false, count: 0))
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        self.endContainer(isObject: false, closer: UInt8(ascii: "]"))
    }

    /// Writes the key of the next member of the innermost object.
    public mutating func key(_ key: String) {
        precondition(
            self.containers.last?.isObject == true,
            "JSONWriter: key(_:) outside an object"
        )
        precondition(!self.hasPendingKey, "JSONWriter: two keys without a value between them")
        self.startItem()
        Self.escape(key, into: &self.bytes)
        self.bytes.append(UInt8(ascii: ":"))
        if self.pretty {
            self.bytes.append(UInt8(ascii: " "))
        }
        self.hasPendingKey = true
    }

    /// Writes a string value.
    public mutating func string(_ value: String) {
        self.prepareForValue()
        Self.escape(value, into: &self.bytes)
    }

    /// Writes an integer value.
    public mutating func number(_ value: Int) {
        self.prepareForValue()
        self.bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes a floating-point value in its shortest round-tripping form, or `null` when
    /// it is infinite or NaN (JSON has no such numbers).
    public mutating func number(_ value: Double) {
        self.prepareForValue()
        self.appendDouble(value)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        self.prepareForValue()
        self.bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Writes `null`.
    public mutating func null() {
        self.prepareForValue()
        self.bytes.append(contentsOf: "null".utf8)
    }

    /// Writes a whole value tree, object members in their stored order, duplicates included.
    ///
    /// Numbers are written as their `text` when it is valid JSON, so parsed numbers
    /// come out exactly as they went in; otherwise as their `double`.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null:
            self.null()
        case .bool(let flag):
            self.bool(flag)
        case .number(let number):
            self.prepareForValue()
            if JSONNumber.isValidSyntax(number.text) {
                self.bytes.append(contentsOf: number.text.utf8)
            } else {
                self.appendDouble(number.double)
            }
        case .string(let string):
            self.string(string)
        case .array(let elements):
            self.beginArray()
            for element in elements {
                self.value(element.value)
            }
            self.endArray()
        case .object(let object):
            self.beginObject()
            for member in object.members {
                self.key(member.key)
                self.value(member.value.value)
            }
            self.endObject()
        }
    }

    /// Appends `string` as a quoted JSON string literal.
    ///
    /// Quotes, backslashes and control characters are escaped (`\n`, `\t` and the like
    /// where JSON has a short form, `\u00XX` otherwise); everything else, non-ASCII
    /// included, is copied as UTF-8.
    public static func escape(_ string: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { source in
            var runStart = 0
            for (index, byte) in source.enumerated() {
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                else { continue }
                if runStart < index {
                    bytes.append(
                        contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                }
                runStart = index + 1
                Self.appendEscape(for: byte, into: &bytes)
            }
            if runStart < source.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...]))
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends the escape sequence for a quote, backslash or control character.
    private static func appendEscape(for byte: UInt8, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
            bytes.append(byte)
        case 0x08:
            bytes.append(UInt8(ascii: "b"))
        case 0x09:
            bytes.append(UInt8(ascii: "t"))
        case 0x0A:
            bytes.append(UInt8(ascii: "n"))
        case 0x0C:
            bytes.append(UInt8(ascii: "f"))
        case 0x0D:
            bytes.append(UInt8(ascii: "r"))
        default:
            let hexDigits: StaticString = "0123456789abcdef"
            bytes.append(contentsOf: "u00".utf8)
            hexDigits.withUTF8Buffer { digits in
                bytes.append(digits[Int(byte >> 4)])
                bytes.append(digits[Int(byte & 0x0F)])
            }
        }
    }

    /// Appends a `Double` as JSON: `description` is always valid JSON for finite values.
    private mutating func appendDouble(_ value: Double) {
        if value.isFinite {
            self.bytes.append(contentsOf: value.description.utf8)
        } else {
            self.bytes.append(contentsOf: "null".utf8)
        }
    }

    /// Writes the separator before a value and checks that a value is allowed here.
    private mutating func prepareForValue() {
        if let top = self.containers.last {
            if top.isObject {
                precondition(self.hasPendingKey, "JSONWriter: a value in an object needs a key")
                self.hasPendingKey = false
            } else {
                self.startItem()
            }
        } else {
            precondition(!self.hasRootValue, "JSONWriter: more than one top-level value")
            self.hasRootValue = true
        }
    }

    /// Writes the comma and, when pretty, the line break and indent before an item.
    private mutating func startItem() {
        let top = self.containers.count - 1
        if self.containers[top].count > 0 {
            self.bytes.append(UInt8(ascii: ","))
        }
        self.containers[top].count += 1
        if self.pretty {
            self.newline(depth: self.containers.count)
        }
    }

    /// Closes the innermost container, which must be of the given kind.
    private mutating func endContainer(isObject: Bool, closer: UInt8) {
        guard let top = self.containers.last, top.isObject == isObject else {
            preconditionFailure("JSONWriter: end\(isObject ? "Object" : "Array")() without a match")
        }
        precondition(!self.hasPendingKey, "JSONWriter: a key without a value")
        self.containers.removeLast()
        if self.pretty && top.count > 0 {
            self.newline(depth: self.containers.count)
        }
        self.bytes.append(closer)
    }

    /// Appends a line break and two spaces per level.
    private mutating func newline(depth: Int) {
        self.bytes.append(UInt8(ascii: "\n"))
        self.bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }
}
