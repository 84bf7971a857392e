/// Checks intents: something to recognise them by, something to do, safety intents with rules,
/// and no example claimed by two intents.
struct IntentCheck: DefinitionCheck {
    func check(_ definition: BotDefinition) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let normalizer = TextNormalizer()
        var owners: [[UInt8]: (intent: String, origin: Origin)] = [:]
        for intent in definition.intents {
            if intent.examples.isEmpty, intent.rules.isEmpty {
                diagnostics.append(
                    .error(
                        "empty-examples",
                        "intent \"\(intent.id)\" has no examples and no rules, so nothing can match it",
                        at: intent.origin))
            }
            if intent.responses.isEmpty, intent.flow == nil, intent.effect == .none {
                diagnostics.append(
                    .error(
                        "nothing-to-do",
                        "intent \"\(intent.id)\" has no responses, flow or effect",
                        at: intent.origin))
            }
            if intent.isSafety, intent.rules.isEmpty {
                diagnostics.append(
                    .error(
                        "safety-without-rules",
                        "safety intent \"\(intent.id)\" needs rules: safety is decided by rules before similarity",
                        at: intent.origin))
            }
            if intent.isSafety, let flowID = intent.flow?.id, let flow = definition.flow(flowID),
                !Self.reachesHandoff(flow, in: definition)
            {
                diagnostics.append(
                    .warning(
                        "safety-without-handoff",
                        "safety intent \"\(intent.id)\" starts flow \"\(flowID)\", which never hands off to a person",
                        at: intent.origin))
            }
            var seenHere: Set<[UInt8]> = []
            for (index, example) in intent.examples.enumerated() {
                let key = normalizer.normalize(example)
                let origin = Origin(
                    file: intent.origin.file, location: intent.origin.location,
                    path: "\(intent.origin.path).examples[\(index)]")
                if key.isEmpty {
                    diagnostics.append(
                        .error("empty-value", "the example has no words", at: origin))
                    continue
                }
                if !seenHere.insert(key).inserted {
                    diagnostics.append(
                        .warning(
                            "duplicate-example", "\"\(example)\" appears twice in this intent",
                            at: origin))
                    continue
                }
                if let owner = owners[key], owner.intent != intent.id {
                    diagnostics.append(
                        .error(
                            "overlapping-examples",
                            "\"\(example)\" is also an example of intent \"\(owner.intent)\"",
                            at: origin))
                } else {
                    owners[key] = (intent.id, origin)
                }
            }
        }
        return diagnostics
    }

    /// Whether a flow, or a flow it calls, has a handoff state.
    static func reachesHandoff(_ flow: FlowDefinition, in definition: BotDefinition) -> Bool {
        var seen: Set<String> = [flow.id]
        var stack = [flow]
        while let current = stack.popLast() {
            for state in current.states {
                switch state.step {
                case .handoff:
                    return true
                case .call(let callee, _):
                    if let called = definition.flow(callee.id), seen.insert(called.id).inserted {
                        stack.append(called)
                    }
                default:
                    break
                }
            }
        }
        return false
    }
}
