/// Reads typed fields from one JSON Lines record, throwing a ``LogFieldError`` that names the
/// field when one is missing or of the wrong type: how the conversation log and the handoff
/// log read their lines back.
///
/// ```swift
/// let fields = try LogFields(node)
/// let session = try fields.string("session")
/// let user = try fields.optionalString("user")
/// ```
public struct LogFields: Sendable {
    /// The record.
    public let object: JSONObject
    /// The path of the object inside the line, such as `intent`; empty for the line itself.
    public let prefix: String

    /// Reads the fields of a line, which must be a JSON object.
    ///
    /// - Throws: ``LogFieldError`` when the line is not an object.
    public init(_ node: JSONNode, prefix: String = "") throws(LogFieldError) {
        guard case .object(let object) = node.value else {
            throw LogFieldError(
                field: prefix.isEmpty ? nil : prefix,
                reason: "expected an object, found \(node.value.typeName)")
        }
        self.object = object
        self.prefix = prefix
    }

    /// Reads the fields of a complete line of a JSON Lines file.
    public init(_ line: JSONLine) {
        self.object = line.object
        self.prefix = ""
    }

    /// The full name of a field, such as `intent.name`.
    public func name(_ key: String) -> String {
        self.prefix.isEmpty ? key : self.prefix + "." + key
    }

    /// Whether a field is present and not `null`.
    public func has(_ key: String) -> Bool {
        guard let node = self.object[key] else { return false }
        return !node.value.isNull
    }

    /// A required string.
    public func string(_ key: String) throws(LogFieldError) -> String {
        try self.required(key, "a string") { $0.stringValue }
    }

    /// A required string that is not empty: an id the line is found by (a ticket, a session).
    public func nonEmptyString(_ key: String) throws(LogFieldError) -> String {
        let text = try self.string(key)
        guard !text.isEmpty else {
            throw LogFieldError(field: self.name(key), reason: "expected a string, found \"\"")
        }
        return text
    }

    /// A string, or `nil` when absent or `null`.
    public func optionalString(_ key: String) throws(LogFieldError) -> String? {
        try self.optional(key, "a string") { $0.stringValue }
    }

    /// A required ISO 8601 UTC time.
    public func time(_ key: String) throws(LogFieldError) -> Timestamp {
        let text = try self.string(key)
        guard let time = Timestamp(iso: text) else {
            throw LogFieldError(
                field: self.name(key), reason: "expected an ISO 8601 UTC time, found \"\(text)\"")
        }
        return time
    }

    /// A required whole number.
    public func integer(_ key: String) throws(LogFieldError) -> Int {
        try self.required(key, "a whole number") { $0.numberValue?.integer }
    }

    /// A required number.
    public func number(_ key: String) throws(LogFieldError) -> Double {
        try self.required(key, "a number") { $0.numberValue?.double }
    }

    /// A required `true` or `false`.
    public func bool(_ key: String) throws(LogFieldError) -> Bool {
        try self.required(key, "true or false") { $0.boolValue }
    }

    /// A nested object, or `nil` when absent or `null`.
    public func optionalObject(_ key: String) throws(LogFieldError) -> LogFields? {
        guard let node = self.object[key], !node.value.isNull else { return nil }
        return try LogFields(node, prefix: self.name(key))
    }

    /// A required string that must be one of an enumeration's raw values.
    public func choice<Value: RawRepresentable & CaseIterable>(
        _ key: String, as type: Value.Type
    ) throws(LogFieldError) -> Value where Value.RawValue == String {
        let text = try self.string(key)
        guard let value = Value(rawValue: text) else {
            throw LogFieldError(
                field: self.name(key),
                reason: "\"\(text)\" is not one of "
                    + Value.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
        return value
    }

    /// A field `read` turns into a value: `missing` when absent or `null`, `expected
    /// <expected>, found <type>` when `read` gives `nil`.
    private func required<Value>(
        _ key: String, _ expected: String, _ read: (JSONValue) -> Value?
    ) throws(LogFieldError) -> Value {
        guard let value = try self.optional(key, expected, read) else {
            throw LogFieldError(field: self.name(key), reason: "missing")
        }
        return value
    }

    /// Like ``required(_:_:_:)``, but `nil` when the field is absent or `null`.
    private func optional<Value>(
        _ key: String, _ expected: String, _ read: (JSONValue) -> Value?
    ) throws(LogFieldError) -> Value? {
        guard let node = self.object[key], !node.value.isNull else { return nil }
        guard let value = read(node.value) else {
            throw LogFieldError(
                field: self.name(key), reason: "expected \(expected), found \(node.value.typeName)")
        }
        return value
    }
}
