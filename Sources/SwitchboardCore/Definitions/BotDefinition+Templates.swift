extension BotDefinition {
    /// The engine placeholders of a handoff: `{ticket}`, `{queue}`, `{due}`, `{priority}`.
    static let handoffPlaceholders: Set<Placeholder.BuiltinPlaceholder> = [
        .ticket, .queue, .due, .priority,
    ]

    /// Every place the definition holds text with placeholders, in definition order: the
    /// settings' messages (greeting, fallback, CSAT, handoff message and each of the engine's
    /// own texts), intent responses, slot prompts and messages, and in flows the states'
    /// messages, `set` values and action arguments rendered as text, confirm options and
    /// answer queries.
    var templateSites: [TemplateSite] {
        var sites: [TemplateSite] = []
        let settings = self.settings
        sites.append(
            TemplateSite(
                messages: settings.greeting.flatMap { $0 }
                    + settings.fallback.messages.flatMap { $0 }
                    + [
                        settings.fallback.offerHuman, settings.fallback.declined,
                        settings.csat.question, settings.csat.thanks,
                    ],
                at: settings.origin))
        sites.append(
            TemplateSite(
                messages: [settings.handoffMessage], at: settings.origin,
                builtins: Self.handoffPlaceholders))
        for name in EngineMessages.Name.allCases {
            sites.append(
                TemplateSite(
                    messages: [settings.messages[name]],
                    at: settings.messages.origins[name] ?? settings.origin,
                    builtins: name.placeholders))
        }
        for intent in self.intents {
            sites.append(TemplateSite(messages: intent.responses.flatMap { $0 }, at: intent.origin))
        }
        for slot in self.slots {
            sites.append(
                TemplateSite(
                    messages: slot.prompts
                        + [slot.invalid, slot.validation?.message].compactMap { $0 },
                    at: slot.origin))
        }
        for flow in self.flows {
            for state in flow.states {
                var isHandoff = false
                if case .handoff = state.step { isHandoff = true }
                sites.append(
                    TemplateSite(
                        messages: state.say, at: state.origin,
                        builtins: isHandoff ? Self.handoffPlaceholders : []))
                for assignment in state.assignments {
                    if case .template(let template) = assignment.source {
                        sites.append(TemplateSite([template], at: assignment.slot.origin))
                    }
                }
                switch state.step {
                case .confirm(let spec):
                    sites.append(TemplateSite(spec.options, at: state.origin))
                    if let retry = spec.retry {
                        sites.append(TemplateSite(messages: [retry], at: state.origin))
                    }
                case .answer(let query?, _, _):
                    sites.append(TemplateSite([query], at: state.origin))
                case .action(let spec):
                    for argument in spec.arguments {
                        if case .template(let template) = argument.source {
                            sites.append(TemplateSite([template], at: argument.origin))
                        }
                    }
                default:
                    break
                }
            }
        }
        return sites
    }
}
