/// Warns about definitions nothing uses: flows no intent starts and no flow calls, and slots
/// no flow collects.
struct UsageCheck: DefinitionCheck {
    func check(_ definition: BotDefinition) -> [Diagnostic] {
        var startedOrCalled = Set(definition.intents.compactMap(\.flow?.id))
        var collected: Set<String> = []
        var assigned: Set<String> = []
        for flow in definition.flows {
            for state in flow.states {
                for assignment in state.assignments { assigned.insert(assignment.slot.id) }
                switch state.step {
                case .call(let callee, _): startedOrCalled.insert(callee.id)
                case .collect(let slot, _, _, _): collected.insert(slot.id)
                case .action(let spec): for field in spec.results { assigned.insert(field.slot.id) }
                default: break
                }
            }
        }
        var diagnostics: [Diagnostic] = []
        for flow in definition.flows where !startedOrCalled.contains(flow.id) {
            diagnostics.append(
                .warning(
                    "unused-flow", "no intent starts flow \"\(flow.id)\" and no flow calls it",
                    at: flow.origin))
        }
        for slot in definition.slots
        where !collected.contains(slot.id) && !assigned.contains(slot.id) {
            diagnostics.append(
                .warning(
                    "unused-slot", "no flow collects or sets slot \"\(slot.id)\"", at: slot.origin))
        }
        return diagnostics
    }
}
