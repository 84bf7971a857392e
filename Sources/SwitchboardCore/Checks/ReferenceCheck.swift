/// Checks that every name a definition uses is defined: flows, states, slots, entities, queues
/// and the slots named in placeholders and conditions; and that engine placeholders such as
/// `{ticket}` appear only where they have a value.
///
/// Placeholders are checked in every text ``BotDefinition/templateSites`` lists, the engine's
/// own texts (`bot.messages`) included.
struct ReferenceCheck: DefinitionCheck {
    func check(_ definition: BotDefinition) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let flowIDs = definition.flows.map(\.id)
        let slotIDs = definition.slots.map(\.id)
        let entityIDs = definition.entities.map(\.id)
        let queueIDs = definition.settings.queues.map(\.id)

        func require(_ reference: Reference?, in ids: [String], _ kind: String) {
            guard let reference, !ids.contains(reference.id) else { return }
            diagnostics.append(
                .error(
                    "unknown-\(kind)", "unknown \(kind) \"\(reference.id)\"", at: reference.origin,
                    suggestion: Suggestion.closest(to: reference.id, among: ids)))
        }
        // Every text with placeholders, the engine's own texts included, reported at the
        // text itself (`say[1]`, `prompts[0]`, `options[1]`) when it was read from a file.
        for site in definition.templateSites {
            let builtinNames = ([.bot] + site.builtins).map(\.rawValue).sorted()
            for template in site.templates {
                let origin = template.origin ?? site.origin
                for placeholder in template.placeholders {
                    switch placeholder {
                    case .slot(let id) where !slotIDs.contains(id):
                        diagnostics.append(
                            .error(
                                "unknown-slot", "placeholder {\(id)} names no slot", at: origin,
                                suggestion: Suggestion.closest(
                                    to: id, among: slotIDs + builtinNames)))
                    case .builtin(let builtin)
                    where builtin != .bot && !site.builtins.contains(builtin):
                        diagnostics.append(
                            .error(
                                "misplaced-placeholder",
                                "{\(builtin.rawValue)} has no value here; it is filled only in "
                                    + Self.home(of: builtin),
                                at: origin))
                    default:
                        break
                    }
                }
            }
        }

        require(definition.settings.fallback.handoff.queue, in: queueIDs, "queue")
        for intent in definition.intents {
            require(intent.flow, in: flowIDs, "flow")
        }
        for slot in definition.slots {
            require(slot.entity, in: entityIDs, "entity")
        }
        for flow in definition.flows {
            let stateIDs = flow.states.map(\.id)
            require(flow.start, in: stateIDs, "state")
            require(flow.queue, in: queueIDs, "queue")
            for state in flow.states {
                for assignment in state.assignments {
                    require(assignment.slot, in: slotIDs, "slot")
                    require(assignment.copiedSlot, in: slotIDs, "slot")
                }
                for successor in state.step.successors {
                    require(successor, in: stateIDs, "state")
                }
                switch state.step {
                case .collect(let slot, _, _, _):
                    require(slot, in: slotIDs, "slot")
                    if let defined = definition.slot(slot.id), defined.prompts.isEmpty {
                        diagnostics.append(
                            .error(
                                "missing-field",
                                "slot \"\(slot.id)\" has no \"prompts\", so a collect state "
                                    + "cannot ask for it", at: slot.origin))
                    }
                case .call(let called, _):
                    require(called, in: flowIDs, "flow")
                case .handoff(let spec):
                    require(spec.queue, in: queueIDs, "queue")
                case .branch(let branches, _):
                    for branch in branches {
                        for id in branch.condition.referencedSlots where !slotIDs.contains(id) {
                            diagnostics.append(
                                .error(
                                    "unknown-slot",
                                    "condition \"\(branch.source)\" names no slot \"\(id)\"",
                                    at: branch.origin,
                                    suggestion: Suggestion.closest(to: id, among: slotIDs)))
                        }
                    }
                case .action(let spec):
                    for argument in spec.arguments {
                        if case .slot(let slot) = argument.source {
                            require(slot, in: slotIDs, "slot")
                        }
                    }
                    for field in spec.results {
                        require(field.slot, in: slotIDs, "slot")
                    }
                case .say, .confirm, .answer, .end:
                    break
                }
            }
        }
        return diagnostics
    }

    /// Where an engine placeholder has a value, for the error message.
    static func home(of builtin: Placeholder.BuiltinPlaceholder) -> String {
        switch builtin {
        case .ticket, .queue, .due, .priority:
            return "bot.handoffMessage, bot.messages.handedOff and handoff states"
        case .flow: return "bot.messages.resume"
        case .title, .summary, .url: return "bot.messages.kbAnswer"
        case .bot: return "any message"
        }
    }
}
