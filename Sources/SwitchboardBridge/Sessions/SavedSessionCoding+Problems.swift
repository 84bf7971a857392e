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

    /// The number that makes JSONDecoder refuse a file without naming a field, with its place
    /// and what is wrong with it, or `nil` when no number does.
    ///
    /// JSONDecoder calls a number it cannot convert (a fraction or an exponent where a whole
    /// number goes, a number beyond the type's range) "not valid JSON", with no coding path.
    /// Every number that is not a plain `Int` is a suspect; replacing suspects by `0` from the
    /// end of the file backwards, the first one whose replacement ends that refusal is the
    /// first culprit in the file. Replacing more only removes culprits, so a binary search
    /// finds it in a few decodes.
    ///
    /// - Parameters:
    ///   - bytes: the file.
    ///   - root: the file's JSON, parsed by the project's parser.
    ///   - isRefused: whether JSONDecoder refuses some bytes without naming a field.
    static func unreadableNumber(
        in bytes: [UInt8], root: JSONNode, isRefused: ([UInt8]) -> Bool
    ) -> (location: SourceLocation, reason: String)? {
        var suspects: [(path: String, node: JSONNode, number: JSONNumber)] = []
        Self.collectNumbers(in: root, path: "", into: &suspects)
        suspects.sort { $0.node.location.offset < $1.node.location.offset }
        /// The file with the suspects from `first` on replaced by `0`.
        func replacing(from first: Int) -> [UInt8] {
            var patched = bytes
            for suspect in suspects[first...].reversed() {
                let start = suspect.node.location.offset
                let end = start + suspect.number.text.utf8.count
                guard start >= 0, end <= patched.count else { continue }
                patched.replaceSubrange(start..<end, with: [UInt8(ascii: "0")])
            }
            return patched
        }
        guard !suspects.isEmpty, !isRefused(replacing(from: 0)) else { return nil }
        // Invariant: replacing from `low` clears the refusal; replacing from `high` does not.
        var low = 0
        var high = suspects.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if isRefused(replacing(from: middle)) { high = middle } else { low = middle }
        }
        let culprit = suspects[low]
        let value = culprit.number.double
        let reason: String
        if !value.isFinite {
            reason = "\(culprit.path) is \(culprit.number.text), too large a number"
        } else if value.rounded(.towardZero) != value {
            reason = "\(culprit.path) must be a whole number, not \(culprit.number.text)"
        } else {
            reason = "\(culprit.path) is \(culprit.number.text), too large for a whole number"
        }
        return (culprit.node.location, reason)
    }

    /// The numbers under `node` that are not a plain `Int` (a fraction, an exponent, or beyond
    /// `Int`'s range), each with its path as the messages write it.
    private static func collectNumbers(
        in node: JSONNode, path: String,
        into suspects: inout [(path: String, node: JSONNode, number: JSONNumber)]
    ) {
        switch node.value {
        case .number(let number) where number.integer == nil:
            suspects.append((path.isEmpty ? "the file" : path, node, number))
        case .array(let items):
            for (index, item) in items.enumerated() {
                Self.collectNumbers(in: item, path: path + "[\(index)]", into: &suspects)
            }
        case .object(let object):
            for member in object.members {
                let next = path.isEmpty ? member.key : path + "." + member.key
                Self.collectNumbers(in: member.value, path: next, into: &suspects)
            }
        default:
            break
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
