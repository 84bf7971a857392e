/// A JSON value: one of the six kinds RFC 8259 defines, with child values as located nodes.
public enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, with its source text.
    case number(JSONNumber)
    /// A string, with escapes decoded.
    case string(String)
    /// An array of located elements.
    case array([JSONNode])
    /// An object: members in source order, duplicates kept.
    case object(JSONObject)

    /// The kind of value as a message would name it: `"null"`, `"boolean"`, `"number"`,
    /// `"string"`, `"array"` or `"object"`.
    public var typeName: String {
        switch self {
        case .null:
            return "null"
        case .bool:
            return "boolean"
        case .number:
            return "number"
        case .string:
            return "string"
        case .array:
            return "array"
        case .object:
            return "object"
        }
    }

    /// ``typeName`` with its article, as a message would say what it found: `"null"`,
    /// `"a number"`, `"an array"`.
    public var typeNameWithArticle: String {
        switch self {
        case .null: "null"
        case .array, .object: "an \(self.typeName)"
        case .bool, .number, .string: "a \(self.typeName)"
        }
    }

    /// Whether the value is `null`.
    public var isNull: Bool {
        if case .null = self {
            return true
        }
        return false
    }

    /// The string, when the value is one.
    public var stringValue: String? {
        if case .string(let string) = self {
            return string
        }
        return nil
    }

    /// The boolean, when the value is one.
    public var boolValue: Bool? {
        if case .bool(let flag) = self {
            return flag
        }
        return nil
    }

    /// The number, when the value is one.
    public var numberValue: JSONNumber? {
        if case .number(let number) = self {
            return number
        }
        return nil
    }

    /// The elements, when the value is an array.
    public var arrayValue: [JSONNode]? {
        if case .array(let elements) = self {
            return elements
        }
        return nil
    }

    /// The object, when the value is one.
    public var objectValue: JSONObject? {
        if case .object(let object) = self {
            return object
        }
        return nil
    }

    /// Whether two values are equal when the source locations of all nested nodes are ignored.
    ///
    /// Numbers compare by all their parts, so `1` and `1.0` differ; objects compare
    /// member by member in order, keys included.
    public func hasSameContent(as other: JSONValue) -> Bool {
        switch (self, other) {
        case (.null, .null):
            return true
        case (.bool(let lhs), .bool(let rhs)):
            return lhs == rhs
        case (.number(let lhs), .number(let rhs)):
            return lhs == rhs
        case (.string(let lhs), .string(let rhs)):
            return lhs == rhs
        case (.array(let lhs), .array(let rhs)):
            guard lhs.count == rhs.count else { return false }
            for (left, right) in zip(lhs, rhs) where !left.value.hasSameContent(as: right.value) {
                return false
            }
            return true
        case (.object(let lhs), .object(let rhs)):
            guard lhs.members.count == rhs.members.count else { return false }
            for (left, right) in zip(lhs.members, rhs.members) {
                guard left.key == right.key, left.value.value.hasSameContent(as: right.value.value)
                else { return false }
            }
            return true
        default:
            return false
        }
    }

    /// The value as JSON text: compact, or indented by two spaces per level when `pretty`.
    public func serialized(pretty: Bool = false) -> String {
        var writer = JSONWriter(pretty: pretty)
        writer.value(self)
        return writer.text
    }
}
