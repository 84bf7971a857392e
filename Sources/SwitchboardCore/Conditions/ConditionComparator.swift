/// An operator that compares two operands of a condition.
///
/// Membership (`in`, `not in`) is not a comparator: it is ``Condition/membership(_:_:negated:)``
/// because its right side is always a list literal.
public enum ConditionComparator: Sendable, Hashable, CaseIterable {
    /// `==`: the operands are equal (text ignores ASCII case; `null == null` is true).
    case equal
    /// `!=`: the exact negation of `==`.
    case notEqual
    /// `<`: the left operand orders before the right one.
    case less
    /// `<=`: the left operand orders before the right one or is the same.
    case lessOrEqual
    /// `>`: the left operand orders after the right one.
    case greater
    /// `>=`: the left operand orders after the right one or is the same.
    case greaterOrEqual
    /// `contains`: the left text contains the right text, ignoring ASCII case.
    case contains

    /// The operator as written in an expression, such as `"<="`.
    public var symbol: String {
        switch self {
        case .equal:
            return "=="
        case .notEqual:
            return "!="
        case .less:
            return "<"
        case .lessOrEqual:
            return "<="
        case .greater:
            return ">"
        case .greaterOrEqual:
            return ">="
        case .contains:
            return "contains"
        }
    }
}
