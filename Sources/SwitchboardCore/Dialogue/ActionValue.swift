/// A scalar value in an action's arguments or result data.
///
/// Results are data, never code: the engine reads values of these four kinds from a result
/// and nothing else (nested objects are flattened to dotted keys; arrays are not read).
public enum ActionValue: Sendable, Hashable, Codable {
    /// A string.
    case string(String)
    /// A number.
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// The value for a slot value, keeping its type where JSON has one.
    public init(_ value: SlotValue) {
        switch value {
        case .text(let text): self = .string(text)
        case .number(let number): self = .number(number)
        case .bool(let flag): self = .bool(flag)
        case .money, .date: self = .string(value.displayText)
        }
    }

    /// The JSON type name, for error messages.
    public var typeName: String {
        switch self {
        case .string: "string"
        case .number: "number"
        case .bool: "boolean"
        case .null: "null"
        }
    }

    /// Writes the value as JSON.
    public func write(to writer: inout JSONWriter) {
        switch self {
        case .string(let text): writer.string(text)
        case .number(let number): writer.number(number)
        case .bool(let flag): writer.bool(flag)
        case .null: writer.null()
        }
    }
}
