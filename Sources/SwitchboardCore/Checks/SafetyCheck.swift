/// Checks what a trust & safety team relies on in the procedures its safety intents start:
/// that a person is reached at every hour, and that each procedure says whose it is and which
/// policy it implements.
///
/// A safety procedure is the flow a safety intent starts, with the flows it calls. Every
/// problem is a warning (`check --strict` fails on it):
/// - `safety-without-handoff`: a safety intent with no flow (it answers with `responses` or an
///   `effect` only), so no person ever sees the case (a flow that never hands off is reported
///   by ``IntentCheck``);
/// - `safety-queue-hours`: a handoff in a safety procedure, or any handoff with reason
///   `safety`, to a queue with business hours: a case raised on Friday night would wait for
///   Monday's opening;
/// - `safety-sop`: a safety procedure's flow without an `sop` naming its `owner`, `policy` and
///   `reviewed` date.
struct SafetyCheck: DefinitionCheck {
    func check(_ definition: BotDefinition) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var procedures: [String: String] = [:]  // flow id: the safety intent that starts it
        var order: [String] = []
        for intent in definition.intents where intent.isSafety {
            guard let flowID = intent.flow?.id else {
                diagnostics.append(
                    .warning(
                        "safety-without-handoff",
                        "safety intent \"\(intent.id)\" has no flow, so it never hands off to a person: "
                            + "start a flow that ends in a handoff to the safety team",
                        at: intent.origin))
                continue
            }
            for flow in Self.flows(from: flowID, in: definition)
            where procedures[flow.id] == nil {
                procedures[flow.id] = intent.id
                order.append(flow.id)
            }
        }
        for flow in definition.flows {
            for state in flow.states {
                guard case .handoff(let spec) = state.step else { continue }
                let queueID = spec.queue?.id ?? definition.settings.defaultQueue
                guard let queue = definition.settings.queue(queueID),
                    queue.businessHours != nil,
                    spec.reason == .safety || procedures[flow.id] != nil
                else { continue }
                let why =
                    procedures[flow.id].map { "safety intent \"\($0)\" leads here" }
                    ?? "its reason is safety"
                diagnostics.append(
                    .warning(
                        "safety-queue-hours",
                        "this handoff goes to queue \"\(queue.id)\", which works business hours only, "
                            + "but \(why): a case raised out of hours waits for the next opening; "
                            + "give the queue \"businessHours\": false, or hand off to one that works "
                            + "around the clock",
                        at: state.origin))
            }
        }
        for flowID in order {
            guard let flow = definition.flow(flowID), let intent = procedures[flowID] else {
                continue
            }
            var missing: [String] = []
            if flow.sop?.owner?.isEmpty ?? true { missing.append("owner") }
            if flow.sop?.policy?.isEmpty ?? true { missing.append("policy") }
            if flow.sop?.reviewed?.isEmpty ?? true { missing.append("reviewed") }
            guard !missing.isEmpty else { continue }
            diagnostics.append(
                .warning(
                    "safety-sop",
                    "flow \"\(flow.id)\" is a safety procedure (intent \"\(intent)\") but its sop "
                        + "has no \(missing.joined(separator: ", ")): the safety team and auditors "
                        + "read whose procedure it is, the policy it implements and when it was "
                        + "last reviewed in every handoff",
                    at: flow.origin))
        }
        return diagnostics
    }

    /// A flow and every flow it calls, directly or not, each once.
    static func flows(from id: String, in definition: BotDefinition) -> [FlowDefinition] {
        guard let first = definition.flow(id) else { return [] }
        var seen: Set<String> = [first.id]
        var result = [first]
        var index = 0
        while index < result.count {
            for state in result[index].states {
                if case .call(let callee, _) = state.step, let called = definition.flow(callee.id),
                    seen.insert(called.id).inserted
                {
                    result.append(called)
                }
            }
            index += 1
        }
        return result
    }
}
