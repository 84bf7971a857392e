import SwitchboardCore

extension SavedSessionCoding {
    /// What a decoding error says about a state file that is valid JSON, in the words and
    /// places of the other JSON inputs: the field's path (`session.state.turn`), what it must
    /// be and what it is, and the line and column of its value (of the object missing a key).
    ///
    /// - Parameters:
    ///   - error: the decoder's error.
    ///   - root: the file's JSON, parsed by the project's parser for its positions.
    static func problem(
        _ error: DecodingError, in root: JSONNode
    ) -> (location: SourceLocation?, reason: String) {
        switch error {
        case .typeMismatch(let type, let context):
            let found = Self.node(at: context.codingPath, in: root)
            let actual = found.map { " not \(Self.article($0.value))" } ?? ""
            return (
                found?.location,
                "\(Self.path(context.codingPath)) must be \(Self.kind(type)),\(actual)"
            )
        case .valueNotFound(let type, let context):
            let found = Self.node(at: context.codingPath, in: root)
            return (
                found?.location,
                "\(Self.path(context.codingPath)) must be \(Self.kind(type)), not null"
            )
        case .keyNotFound(let key, let context):
            let parent = Self.node(at: context.codingPath, in: root)
            return (parent?.location, "\(Self.path(context.codingPath + [key])) is missing")
        case .dataCorrupted(let context):
            let found = Self.node(at: context.codingPath, in: root)
            return (
                found?.location, "\(Self.path(context.codingPath)): \(context.debugDescription)"
            )
        @unknown default:
            return (nil, "\(error)")
        }
    }

    /// The value at a coding path, if the JSON has one there.
    static func node(at path: [any CodingKey], in root: JSONNode) -> JSONNode? {
        var current = root
        for key in path {
            switch current.value {
            case .array(let items):
                guard let index = key.intValue, items.indices.contains(index) else { return nil }
                current = items[index]
            case .object(let object):
                guard let next = object[key.stringValue] else { return nil }
                current = next
            default:
                return nil
            }
        }
        return current
    }

    /// A coding path as the documentation writes fields: `session.state.stack[0].attempts`.
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue,
                key.stringValue == "Index \(index)" || Int(key.stringValue) == index
            {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "the file" : text
    }

    /// What a decoded type is, in JSON's words.
    private static func kind(_ type: Any.Type) -> String {
        if type == String.self { return "a string" }
        if type == Bool.self { return "true or false" }
        if type is any BinaryInteger.Type { return "a whole number" }
        if type is any BinaryFloatingPoint.Type { return "a number" }
        let name = "\(type)"
        if name.hasPrefix("Array") { return "an array" }
        if name.hasPrefix("Dictionary") { return "an object" }
        return "\(name)"
    }

    /// A JSON value's kind with its article: `a string`, `an object`, `null`.
    private static func article(_ value: JSONValue) -> String {
        switch value {
        case .array, .object: "an \(value.typeName)"
        case .null: "null"
        default: "a \(value.typeName)"
        }
    }
}
