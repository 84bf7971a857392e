extension Condition: CustomStringConvertible {
    /// The condition written out in the expression language, with only the parentheses it needs.
    ///
    /// Parsing the description gives back an equal condition, such as `not (a or b) and c > 1`.
    public var description: String {
        switch self {
        case .literal(let literal):
            return literal.description
        case .slot(let name):
            return name
        case .context(let key):
            return "context.\(key)"
        case .filled(let name):
            return "filled(\(name))"
        case .empty(let name):
            return "empty(\(name))"
        case .daysSince(let name):
            return "days_since(\(name))"
        case .not(let operand):
            return "not " + operand.grouped(if: operand.isJunction)
        case .and(let operands):
            return operands.map { $0.grouped(if: $0.isJunction) }.joined(separator: " and ")
        case .or(let operands):
            return operands.map { $0.grouped(if: $0.isOr) }.joined(separator: " or ")
        case .comparison(let left, let comparator, let right):
            return "\(left.grouped(if: !left.isAtom)) \(comparator.symbol) "
                + right.grouped(if: !right.isAtom)
        case .membership(let operand, let list, let negated):
            let members = list.map(\.description).joined(separator: ", ")
            let keyword = negated ? "not in" : "in"
            return "\(operand.grouped(if: !operand.isAtom)) \(keyword) [\(members)]"
        }
    }

    /// The description, in parentheses when `condition` is true.
    private func grouped(if condition: Bool) -> String {
        condition ? "(\(self.description))" : self.description
    }

    /// Whether this is a literal, a reference or a call: an operand that needs no parentheses.
    private var isAtom: Bool {
        switch self {
        case .literal, .slot, .context, .filled, .empty, .daysSince:
            return true
        case .not, .and, .or, .comparison, .membership:
            return false
        }
    }

    /// Whether this is an `and` or an `or`.
    private var isJunction: Bool {
        switch self {
        case .and, .or:
            return true
        default:
            return false
        }
    }

    /// Whether this is an `or`.
    private var isOr: Bool {
        if case .or = self {
            return true
        }
        return false
    }
}
