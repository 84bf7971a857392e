/// A constant written in a condition: a number, a quoted string, `true`, `false` or `null`.
///
/// Literals appear as comparison operands (`amount > 100`) and as the members of
/// a list after `in` (`reason in ['damaged', 'never_arrived']`).
public enum ConditionLiteral: Sendable, Hashable, CustomStringConvertible {
    /// A number such as `123`, `12.5` or `-3`.
    case number(Double)
    /// A string written in single or double quotes, with its escapes resolved.
    case text(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`: the absence of a value, equal only to a missing slot or context value.
    case null

    /// The literal as it would be written in a condition, such as `12.5` or `'it\'s'`.
    ///
    /// Strings are written in single quotes, with a backslash before `'` and `\`.
    public var description: String {
        switch self {
        case .number(let number):
            return SlotValue.format(number)
        case .text(let text):
            var quoted = "'"
            for character in text {
                if character == "'" || character == "\\" {
                    quoted.append("\\")
                }
                quoted.append(character)
            }
            return quoted + "'"
        case .bool(let flag):
            return flag ? "true" : "false"
        case .null:
            return "null"
        }
    }

    /// The literal as a slot value, or `nil` for `null`.
    var slotValue: SlotValue? {
        switch self {
        case .number(let number):
            return .number(number)
        case .text(let text):
            return .text(text)
        case .bool(let flag):
            return .bool(flag)
        case .null:
            return nil
        }
    }
}
