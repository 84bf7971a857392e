extension Condition {
    /// Whether the condition holds for the given slots, context and date.
    ///
    /// `and` and `or` stop at the first operand that decides the result. A reference,
    /// call or literal on its own is true when its value is truthy; see ``Condition`` for
    /// the comparison, null and truthiness rules.
    public func evaluate(in environment: ConditionEnvironment) -> Bool {
        switch self {
        case .not(let operand):
            return !operand.evaluate(in: environment)
        case .and(let operands):
            return operands.allSatisfy { $0.evaluate(in: environment) }
        case .or(let operands):
            return operands.contains { $0.evaluate(in: environment) }
        case .comparison(let left, let comparator, let right):
            return ConditionSemantics.compare(
                left.value(in: environment),
                comparator,
                right.value(in: environment)
            )
        case .membership(let operand, let list, let negated):
            let value = operand.value(in: environment)
            let found = list.contains { ConditionSemantics.equals(value, $0.slotValue) }
            return found != negated
        case .literal, .slot, .context, .filled, .empty, .daysSince:
            return ConditionSemantics.isTruthy(self.value(in: environment))
        }
    }

    /// The value of the condition used as an operand; `nil` is null.
    ///
    /// Boolean sub-expressions, such as a parenthesized comparison, yield `true` or `false`.
    func value(in environment: ConditionEnvironment) -> SlotValue? {
        switch self {
        case .literal(let literal):
            return literal.slotValue
        case .slot(let name):
            return environment.slot(name)
        case .context(let key):
            return environment.context(key)
        case .filled(let name):
            return .bool(environment.slot(name) != nil)
        case .empty(let name):
            return .bool(environment.slot(name) == nil)
        case .daysSince(let name):
            guard case .date(let date)? = environment.slot(name) else { return nil }
            return .number(Double(environment.today.daysSinceEpoch - date.daysSinceEpoch))
        case .not, .and, .or, .comparison, .membership:
            return .bool(self.evaluate(in: environment))
        }
    }
}
