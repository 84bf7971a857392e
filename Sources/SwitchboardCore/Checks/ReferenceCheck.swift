/// Checks that every name a definition uses is defined: flows, states, slots, entities, queues
/// and the slots named in placeholders and conditions.
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
        func placeholders(
            _ messages: [MessageTemplate], at origin: Origin,
            allowing builtins: Set<Placeholder.BuiltinPlaceholder> = []
        ) {
            for message in messages {
                for placeholder in message.placeholders {
                    switch placeholder {
                    case .slot(let id) where !slotIDs.contains(id):
                        diagnostics.append(
                            .error(
                                "unknown-slot", "placeholder {\(id)} names no slot", at: origin,
                                suggestion: Suggestion.closest(to: id, among: slotIDs)))
                    case .builtin(let builtin) where builtin != .bot && !builtins.contains(builtin):
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

        let settings = definition.settings
        require(settings.fallback.handoff.queue, in: queueIDs, "queue")
        placeholders(
            settings.greeting.flatMap { $0 } + settings.fallback.messages.flatMap { $0 }
                + [
                    settings.fallback.offerHuman, settings.fallback.declined,
                    settings.csat.question,
                    settings.csat.thanks, settings.messages.cancelled, settings.messages.restarted,
                    settings.messages.clarify, settings.messages.confirmRetry,
                    settings.messages.kbNotFound, settings.messages.ended,
                    settings.messages.handoffFailed, settings.messages.csatRetry,
                    settings.messages.kbFeedback, settings.messages.kbHelped,
                    settings.messages.kbNext,
                ],
            at: settings.origin)
        placeholders(
            [settings.handoffMessage], at: settings.origin,
            allowing: [.ticket, .queue, .due, .priority])
        placeholders([settings.messages.resume], at: settings.origin, allowing: [.flow])
        placeholders(
            [settings.messages.handedOff], at: settings.origin,
            allowing: [.ticket, .queue, .due, .priority])
        placeholders(
            [settings.messages.kbAnswer], at: settings.origin, allowing: [.title, .summary, .url])

        for intent in definition.intents {
            require(intent.flow, in: flowIDs, "flow")
            placeholders(intent.responses.flatMap { $0 }, at: intent.origin)
        }
        for slot in definition.slots {
            require(slot.entity, in: entityIDs, "entity")
            placeholders(
                slot.prompts + [slot.invalid, slot.validation?.message].compactMap { $0 },
                at: slot.origin)
        }
        for flow in definition.flows {
            let stateIDs = flow.states.map(\.id)
            require(flow.start, in: stateIDs, "state")
            require(flow.queue, in: queueIDs, "queue")
            for state in flow.states {
                let isHandoff = state.step.typeName == "handoff"
                placeholders(
                    state.say, at: state.origin,
                    allowing: isHandoff ? [.ticket, .queue, .due, .priority] : [])
                for assignment in state.assignments {
                    require(assignment.slot, in: slotIDs, "slot")
                    require(assignment.source, in: slotIDs, "slot")
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
                case .answer(let query, _, _):
                    if let query {
                        placeholders([MessageTemplate(text: query)], at: state.origin)
                    }
                case .action(let spec):
                    for argument in spec.arguments {
                        switch argument.source {
                        case .slot(let slot):
                            require(slot, in: slotIDs, "slot")
                        case .template(let template):
                            placeholders([MessageTemplate(text: template)], at: argument.origin)
                        case .context, .literal:
                            break
                        }
                    }
                    for field in spec.results {
                        require(field.slot, in: slotIDs, "slot")
                    }
                case .say, .confirm, .end:
                    break
                }
            }
        }
        return diagnostics
    }

    /// Where an engine placeholder has a value, for the error message.
    static func home(of builtin: Placeholder.BuiltinPlaceholder) -> String {
        switch builtin {
        case .ticket, .queue, .due, .priority: return "bot.handoffMessage and handoff states"
        case .flow: return "bot.messages.resume"
        case .title, .summary, .url: return "bot.messages.kbAnswer"
        case .bot: return "any message"
        }
    }
}
