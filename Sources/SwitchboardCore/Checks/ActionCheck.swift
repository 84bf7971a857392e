/// Checks `action` states: each has a failure path, and each slot its result fills is used
/// somewhere (a message, a condition, another action's arguments or a copy into a slot).
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
                                + "which no message, condition or action uses",
                            at: field.slot.origin))
                }
            }
        }
        return diagnostics
    }

    /// The slots named by a placeholder, a condition, an action argument or a copying `set`.
    static func usedSlots(_ definition: BotDefinition) -> Set<String> {
        var used: Set<String> = []
        func add(_ messages: [MessageTemplate]) {
            for message in messages {
                for case .slot(let id) in message.placeholders { used.insert(id) }
            }
        }
        func add(_ template: Template) {
            for case .slot(let id) in template.placeholders { used.insert(id) }
        }
        for intent in definition.intents { add(intent.responses.flatMap { $0 }) }
        for slot in definition.slots {
            add(slot.prompts + [slot.invalid, slot.validation?.message].compactMap { $0 })
        }
        for flow in definition.flows {
            for state in flow.states {
                add(state.say)
                for assignment in state.assignments {
                    if let source = assignment.source { used.insert(source.id) }
                }
                switch state.step {
                case .branch(let branches, _):
                    for branch in branches { used.formUnion(branch.condition.referencedSlots) }
                case .answer(let query?, _, _):
                    add(query)
                case .confirm(_, _, let options):
                    for option in options { add(option) }
                case .action(let spec):
                    for argument in spec.arguments {
                        switch argument.source {
                        case .slot(let slot): used.insert(slot.id)
                        case .template(let template): add(template)
                        case .context, .literal: break
                        }
                    }
                default:
                    break
                }
            }
        }
        return used
    }
}
