/// Reads typed fields out of a parsed definitions file, collecting a diagnostic for every
/// problem instead of stopping at the first.
///
/// Each read names the JSON path of what it reads, so a diagnostic says exactly where the
/// problem is. Objects are read with the list of keys they may have, and any other key is
/// reported with a did-you-mean.
struct DefinitionDecoder {
    /// The file being read, as shown in diagnostics.
    let file: String
    /// Problems found so far.
    var diagnostics: [Diagnostic] = []
    /// The fields reported as misspelled (`"slott"`, did you mean `"slot"`), by the path the
    /// suggested field would have (`flows.refund.states.ask.slot`).
    private var misspelledFields: Set<String> = []
    /// The file's bytes, to place errors inside strings that contain escapes.
    let source: [UInt8]?

    init(file: String, source: [UInt8]? = nil) {
        self.file = file
        self.source = source
    }

    /// The place in the file of the scalar at 1-based `column` of a string node's content.
    ///
    /// Escapes such as `\"` or `\u00e9` take more characters in the file than in the string,
    /// so the file's bytes are walked from the opening quote.
    func location(inside node: JSONNode, column: Int) -> SourceLocation {
        var location = node.location
        guard let source = self.source, node.location.offset < source.count,
            source[node.location.offset] == 0x22
        else {
            location.column += column
            location.offset += column
            return location
        }
        var offset = node.location.offset + 1
        location.column += 1
        var scalars = 1
        while scalars < column, offset < source.count, source[offset] != 0x22 {
            if source[offset] == 0x5C, offset + 1 < source.count {
                var width = source[offset + 1] == 0x75 ? 6 : 2
                // A surrogate pair is two \u escapes for one scalar.
                if width == 6, offset + 11 < source.count, source[offset + 2] | 0x20 == 0x64,
                    (0x38...0x62).contains(source[offset + 3] | 0x20), source[offset + 6] == 0x5C
                {
                    width = 12
                }
                offset += width
                location.column += width
            } else {
                let byte = source[offset]
                offset += byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                location.column += 1
            }
            scalars += 1
        }
        location.offset = offset
        return location
    }

    /// The key every object may carry for notes; the loader ignores it.
    static let comment = "$comment"

    // MARK: Places and problems

    func origin(_ node: JSONNode, _ path: String) -> Origin {
        Origin(file: self.file, location: node.location, path: path)
    }

    mutating func error(
        _ code: String, _ message: String, _ node: JSONNode, _ path: String,
        suggestion: String? = nil
    ) {
        self.diagnostics.append(
            .error(code, message, at: self.origin(node, path), suggestion: suggestion))
    }

    mutating func warning(_ code: String, _ message: String, _ node: JSONNode, _ path: String) {
        self.diagnostics.append(.warning(code, message, at: self.origin(node, path)))
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    static func index(_ path: String, _ index: Int) -> String {
        "\(path)[\(index)]"
    }

    private mutating func typeMismatch(_ expected: String, _ node: JSONNode, _ path: String) {
        self.error("wrong-type", "expected \(expected), found \(node.value.typeName)", node, path)
    }

    // MARK: Objects

    /// The node as an object whose keys are all in `allowed`; reports other keys and duplicates.
    mutating func object(_ node: JSONNode, at path: String, allowed: [String]) -> JSONObject? {
        guard case .object(let object) = node.value else {
            self.typeMismatch("an object", node, path)
            return nil
        }
        self.reportDuplicates(in: object, at: path)
        for member in object.members
        where !allowed.contains(member.key) && member.key != Self.comment {
            let keyNode = JSONNode(value: .string(member.key), location: member.keyLocation)
            let suggestion = Suggestion.closest(to: member.key, among: allowed)
            if let suggestion { self.misspelledFields.insert(Self.join(path, suggestion)) }
            self.error(
                "unknown-field", "unknown field \"\(member.key)\"", keyNode,
                Self.join(path, member.key), suggestion: suggestion)
        }
        return object
    }

    /// The node as an object of definitions keyed by id; reports invalid ids and duplicates.
    mutating func keyedObject(_ node: JSONNode, at path: String) -> [JSONMember] {
        guard case .object(let object) = node.value else {
            self.typeMismatch("an object keyed by id", node, path)
            return []
        }
        self.reportDuplicates(in: object, at: path)
        var seen: Set<String> = []
        var members: [JSONMember] = []
        for member in object.members where member.key != Self.comment {
            let memberPath = Self.join(path, member.key)
            guard seen.insert(member.key).inserted else { continue }
            guard Identifier.isValid(member.key) else {
                let keyNode = JSONNode(value: .string(member.key), location: member.keyLocation)
                self.error(
                    "invalid-id",
                    "\"\(member.key)\" is not a valid id (ASCII letters, digits, '_' and '-', "
                        + "starting with a letter)", keyNode, memberPath)
                continue
            }
            members.append(member)
        }
        return members
    }

    private mutating func reportDuplicates(in object: JSONObject, at path: String) {
        for (first, again) in object.duplicateKeys() {
            let keyNode = JSONNode(value: .string(again.key), location: again.keyLocation)
            self.error(
                "duplicate-key",
                "duplicate key \"\(again.key)\" (first at line \(first.keyLocation.line))",
                keyNode, Self.join(path, again.key))
        }
    }

    /// Reports a missing required field at the object that lacks it.
    ///
    /// Not when the object has a misspelling of it already reported (`"slott"`, did you mean
    /// `"slot"`): one mistake, one error.
    mutating func missing(_ key: String, in node: JSONNode, at path: String) {
        guard !self.misspelledFields.contains(Self.join(path, key)) else { return }
        self.error("missing-field", "missing required field \"\(key)\"", node, path)
    }

    // MARK: Scalars

    mutating func string(
        _ object: JSONObject, _ key: String, in node: JSONNode, at path: String,
        required: Bool = false, allowEmpty: Bool = false
    ) -> String? {
        guard let value = object[key] else {
            if required { self.missing(key, in: node, at: path) }
            return nil
        }
        return self.string(value, at: Self.join(path, key), allowEmpty: allowEmpty)
    }

    mutating func string(_ node: JSONNode, at path: String, allowEmpty: Bool = false) -> String? {
        guard case .string(let text) = node.value else {
            self.typeMismatch("a string", node, path)
            return nil
        }
        if !allowEmpty, text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) {
            self.error("empty-value", "must not be empty", node, path)
            return nil
        }
        return text
    }

    mutating func bool(_ object: JSONObject, _ key: String, at path: String) -> Bool? {
        guard let value = object[key] else { return nil }
        guard case .bool(let flag) = value.value else {
            self.typeMismatch("true or false", value, Self.join(path, key))
            return nil
        }
        return flag
    }

    mutating func number(
        _ object: JSONObject, _ key: String, at path: String, range: ClosedRange<Double>? = nil
    ) -> Double? {
        guard let value = object[key] else { return nil }
        guard case .number(let number) = value.value else {
            self.typeMismatch("a number", value, Self.join(path, key))
            return nil
        }
        if range == nil, self.finite(number, value, Self.join(path, key)) == nil { return nil }
        if let range, !range.contains(number.double) {
            self.error(
                "out-of-range",
                "\(Self.shown(number)) is out of range (\(SlotValue.format(range.lowerBound)) to "
                    + "\(SlotValue.format(range.upperBound)))", value, Self.join(path, key))
            return nil
        }
        return number.double
    }

    mutating func integer(
        _ object: JSONObject, _ key: String, at path: String, range: ClosedRange<Int>
    ) -> Int? {
        guard let value = object[key] else { return nil }
        guard case .number(let number) = value.value else {
            self.typeMismatch("a whole number", value, Self.join(path, key))
            return nil
        }
        guard let integer = number.integer, range.contains(integer) else {
            // Digits alone are a whole number, just too large for an `Int`.
            let isWhole = number.text.utf8.allSatisfy {
                $0 == UInt8(ascii: "-") || ASCIIByte.isDigit($0)
            }
            guard isWhole else {
                self.error(
                    "wrong-type", "expected a whole number, found \(Self.shown(number))", value,
                    Self.join(path, key))
                return nil
            }
            self.error(
                "out-of-range",
                "\(Self.shown(number)) is out of range (\(range.lowerBound) to \(range.upperBound))",
                value, Self.join(path, key))
            return nil
        }
        return integer
    }

    /// A number as a message quotes it: as written, or its start and length when it is long,
    /// so that what is wrong with it still fits in the message (which is cut at 400 characters).
    static func shown(_ number: JSONNumber) -> String {
        let text = number.text
        guard text.count > 24 else { return text }
        return "\(text.prefix(12))… (\(text.count) characters)"
    }

    /// The number's value, or `nil` (reported) when it is too large for a `Double` (`1e400`).
    mutating func finite(_ number: JSONNumber, _ node: JSONNode, _ path: String) -> Double? {
        guard number.double.isFinite else {
            self.error(
                "out-of-range", "\(Self.shown(number)) is too large for a number", node, path)
            return nil
        }
        return number.double
    }

    /// A string field that must be one of `choices`.
    mutating func choice<T: RawRepresentable>(
        _ object: JSONObject, _ key: String, at path: String, as type: T.Type
    ) -> T? where T.RawValue == String, T: CaseIterable {
        guard let node = object[key] else { return nil }
        let fieldPath = Self.join(path, key)
        guard let text = self.string(node, at: fieldPath) else { return nil }
        guard let value = T(rawValue: text) else {
            let choices = T.allCases.map(\.rawValue)
            self.error(
                "invalid-value",
                "\"\(text)\" is not one of \(choices.map { "\"\($0)\"" }.joined(separator: ", "))",
                node, fieldPath, suggestion: Suggestion.closest(to: text, among: choices))
            return nil
        }
        return value
    }

    /// A list of strings; a single string is accepted as a list of one when `acceptsSingle`.
    mutating func strings(
        _ node: JSONNode, at path: String, acceptsSingle: Bool = false, allowEmptyList: Bool = true
    ) -> [String] {
        if acceptsSingle, case .string = node.value {
            return self.string(node, at: path).map { [$0] } ?? []
        }
        guard case .array(let items) = node.value else {
            self.typeMismatch(
                acceptsSingle ? "a string or a list of strings" : "a list of strings", node, path)
            return []
        }
        if items.isEmpty, !allowEmptyList {
            self.error("empty-value", "must not be an empty list", node, path)
        }
        return items.enumerated().compactMap { self.string($1, at: Self.index(path, $0)) }
    }

    /// A reference to another definition, by id.
    mutating func reference(
        _ object: JSONObject, _ key: String, in node: JSONNode, at path: String, required: Bool
    ) -> Reference? {
        guard let value = object[key] else {
            if required { self.missing(key, in: node, at: path) }
            return nil
        }
        let fieldPath = Self.join(path, key)
        guard let id = self.string(value, at: fieldPath) else { return nil }
        return Reference(id, at: self.origin(value, fieldPath))
    }

    // MARK: Messages

    mutating func template(_ node: JSONNode, at path: String) -> Template? {
        guard let text = self.string(node, at: path) else { return nil }
        return self.template(text, node, at: path)
    }

    mutating func template(_ text: String, _ node: JSONNode, at path: String) -> Template? {
        do {
            var template = try Template.parse(text)
            template.origin = self.origin(node, path)
            return template
        } catch {
            let location = self.location(inside: node, column: error.column)
            self.diagnostics.append(
                .error(
                    "invalid-template", error.message,
                    at: Origin(file: self.file, location: location, path: path)))
            return nil
        }
    }

    /// A message: a string, or `{"text", "options"}`.
    mutating func message(_ node: JSONNode, at path: String) -> MessageTemplate? {
        switch node.value {
        case .string:
            return self.template(node, at: path).map { MessageTemplate(text: $0) }
        case .object:
            guard let object = self.object(node, at: path, allowed: ["text", "options"]) else {
                return nil
            }
            guard let textNode = object["text"] else {
                self.missing("text", in: node, at: path)
                return nil
            }
            guard let text = self.template(textNode, at: Self.join(path, "text")) else {
                return nil
            }
            var options: [Template] = []
            if let optionsNode = object["options"] {
                let optionsPath = Self.join(path, "options")
                if case .array(let items) = optionsNode.value {
                    for (index, item) in items.enumerated() {
                        if let option = self.template(item, at: Self.index(optionsPath, index)) {
                            options.append(option)
                        }
                    }
                } else {
                    self.typeMismatch("a list of strings", optionsNode, optionsPath)
                }
            }
            return MessageTemplate(text: text, options: options)
        default:
            self.typeMismatch("a message (a string or an object with \"text\")", node, path)
            return nil
        }
    }

    /// Messages said in order: one message or a list of them.
    mutating func messages(_ node: JSONNode, at path: String) -> [MessageTemplate] {
        if case .array(let items) = node.value {
            if items.isEmpty { self.error("empty-value", "must not be an empty list", node, path) }
            return items.enumerated().compactMap { self.message($1, at: Self.index(path, $0)) }
        }
        return self.message(node, at: path).map { [$0] } ?? []
    }

    /// Response variants: a message, or a list whose items are messages or lists of messages.
    mutating func variants(_ node: JSONNode, at path: String) -> [ResponseVariant] {
        guard case .array(let items) = node.value else {
            return self.message(node, at: path).map { [[$0]] } ?? []
        }
        if items.isEmpty { self.error("empty-value", "must not be an empty list", node, path) }
        var variants: [ResponseVariant] = []
        for (index, item) in items.enumerated() {
            let itemPath = Self.index(path, index)
            if case .array = item.value {
                let messages = self.messages(item, at: itemPath)
                if !messages.isEmpty { variants.append(messages) }
            } else if let message = self.message(item, at: itemPath) {
                variants.append([message])
            }
        }
        return variants
    }

    /// A regular expression, compiled; an invalid one is reported with the parser's reason.
    mutating func pattern(
        _ node: JSONNode, at path: String, ignoresCase: Bool = false
    ) -> CompiledPattern? {
        guard let source = self.string(node, at: path) else { return nil }
        do {
            return try CompiledPattern(
                source, ignoresCase: ignoresCase, inputLimit: CompiledPattern.definitionInputLimit)
        } catch {
            self.error("invalid-regex", "invalid regular expression: \(error)", node, path)
            return nil
        }
    }

    /// A condition, parsed; a syntax error is reported at its column inside the string.
    mutating func condition(_ node: JSONNode, at path: String) -> (Condition, String)? {
        guard let source = self.string(node, at: path) else { return nil }
        do {
            return (try ConditionParser.parse(source), source)
        } catch {
            let location = self.location(inside: node, column: error.column)
            self.diagnostics.append(
                .error(
                    "invalid-condition", "invalid condition: \(error.message)",
                    at: Origin(file: self.file, location: location, path: path)))
            return nil
        }
    }
}
