/// Checks `action` states: each has a failure path, and each slot its result fills is used
/// somewhere (any message, the engine's own texts included, a condition, an action's
/// arguments, a copy into a slot, or a `collect` state it lets skip its question).
///
/// Unknown slots in arguments and results are reported by ``ReferenceCheck``.
struct ActionCheck: DefinitionCheck {
    func check(_ definition: BotDefinition) -> [Diagnostic] {
        let used = Self.usedSlots(definition)
        var diagnostics: [Diagnostic] = []
        for flow in definition.flows {
            for state in flow.states {
                guard case .action(let spec) = state.step else { continue }
                if spec.failure == nil {
                    diagnostics.append(
                        .error(
                            "missing-failure-path",
                            "action \"\(spec.name)\" has no \"onFailure\" state: a failed, "
                                + "malformed or late result would end the flow",
                            at: state.origin))
                }
                for field in spec.results where !used.contains(field.slot.id) {
                    diagnostics.append(
                        .warning(
                            "unused-result",
                            "the result field \"\(field.field)\" fills slot \"\(field.slot.id)\", "
                                + "which no message, condition, action or collect state uses",
                            at: field.slot.origin))
                }
            }
        }
        return diagnostics
    }

    /// The slots whose values the bot reads: named by a placeholder in any text (the engine's
    /// own texts and action arguments rendered as text included), by a condition, by an
    /// action argument that sends a slot, by a copying `set`, or collected by a `collect` state
    /// that skips its question when the slot is filled.
    static func usedSlots(_ definition: BotDefinition) -> Set<String> {
        var used: Set<String> = []
        for site in definition.templateSites {
            for case .slot(let id) in site.placeholders { used.insert(id) }
        }
        for flow in definition.flows {
            for state in flow.states {
                for assignment in state.assignments {
                    if let source = assignment.copiedSlot { used.insert(source.id) }
                }
                switch state.step {
                case .branch(let branches, _):
                    for branch in branches { used.formUnion(branch.condition.referencedSlots) }
                case .collect(let slot, _, _, let alwaysAsk) where !alwaysAsk:
                    used.insert(slot.id)
                case .action(let spec):
                    for argument in spec.arguments {
                        if case .slot(let slot) = argument.source { used.insert(slot.id) }
                    }
                default:
                    break
                }
            }
        }
        return used
    }
}
