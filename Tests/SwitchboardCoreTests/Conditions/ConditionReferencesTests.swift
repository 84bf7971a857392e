import Testing

@testable import SwitchboardCore

@Suite("Condition: referenced slots and context keys")
struct ConditionReferencesTests {
    @Test("slots include function arguments, once each, in order of appearance")
    func slots() throws {
        let condition = try ConditionParser.parse(
            "amount > 100 and (filled(order_id) or empty(amount)) and days_since(ordered) < 30"
                + " and context.plan == 'pro' and not refund_reason in ['x'] and order_id != limit"
        )
        #expect(
            condition.referencedSlots == [
                "amount", "order_id", "ordered", "refund_reason", "limit",
            ])
        #expect(condition.referencedContextKeys == ["plan"])
    }

    @Test("context keys, once each, in order of appearance")
    func contextKeys() throws {
        let condition = try ConditionParser.parse(
            "context.region in ['eu'] or (context.plan == 'pro' and context.region != 'us')"
                + " or context.tier > plan"
        )
        #expect(condition.referencedContextKeys == ["region", "plan", "tier"])
        #expect(condition.referencedSlots == ["plan"])
    }

    @Test("left operands come before right operands")
    func order() throws {
        let condition = try ConditionParser.parse("b == a and a == c or (d) == not_e")
        #expect(condition.referencedSlots == ["b", "a", "c", "d", "not_e"])
    }

    @Test("literals reference nothing")
    func literalsOnly() throws {
        let condition = try ConditionParser.parse("true and 1 in [1, 'two'] or 'x' contains 'y'")
        #expect(condition.referencedSlots.isEmpty)
        #expect(condition.referencedContextKeys.isEmpty)
    }

    @Test("slots and context keys are separate namespaces")
    func separateNamespaces() throws {
        let condition = try ConditionParser.parse("plan == context.plan and filled(plan)")
        #expect(condition.referencedSlots == ["plan"])
        #expect(condition.referencedContextKeys == ["plan"])
    }
}
