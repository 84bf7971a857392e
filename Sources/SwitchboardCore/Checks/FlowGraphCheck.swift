/// Checks the shape of every flow: each state reachable from the start, each state able to
/// reach an end or a handoff, and no flow that calls itself, directly or through others.
struct FlowGraphCheck: DefinitionCheck {
    func check(_ definition: BotDefinition) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for flow in definition.flows {
            diagnostics += self.checkStates(of: flow)
        }
        diagnostics += self.checkCalls(definition)
        return diagnostics
    }

    private func checkStates(of flow: FlowDefinition) -> [Diagnostic] {
        // A start or transition naming no state is reported by ReferenceCheck. Until it is
        // fixed the graph is missing an edge, and every state behind it would be reported as
        // unreachable or as having no way out: one typo, a screenful of errors.
        let namesUnknownState = flow.states.contains { state in
            state.step.successors.contains { flow.state($0.id) == nil }
        }
        guard flow.state(flow.start.id) != nil, !namesUnknownState else { return [] }
        var successors: [String: [String]] = [:]
        for state in flow.states {
            successors[state.id] = state.step.successors.map(\.id)
        }
        // Reachable from the start.
        var reachable: Set<String> = [flow.start.id]
        var stack = [flow.start.id]
        while let id = stack.popLast() {
            for next in successors[id, default: []] where reachable.insert(next).inserted {
                stack.append(next)
            }
        }
        // Able to finish: reverse reachability from terminal states.
        var predecessors: [String: [String]] = [:]
        for (id, nexts) in successors {
            for next in nexts { predecessors[next, default: []].append(id) }
        }
        var finishing = Set(flow.states.filter(\.step.isTerminal).map(\.id))
        stack = Array(finishing)
        while let id = stack.popLast() {
            for previous in predecessors[id, default: []] where finishing.insert(previous).inserted
            {
                stack.append(previous)
            }
        }
        var diagnostics: [Diagnostic] = []
        for state in flow.states {
            if !reachable.contains(state.id) {
                diagnostics.append(
                    .error(
                        "unreachable-state",
                        "state \"\(state.id)\" cannot be reached from the start (\"\(flow.start.id)\")",
                        at: state.origin))
            } else if !finishing.contains(state.id) {
                diagnostics.append(
                    .error(
                        "no-way-out",
                        "state \"\(state.id)\" has no way out: no path from it reaches an end or a handoff",
                        at: state.origin))
            }
        }
        return diagnostics
    }

    private func checkCalls(_ definition: BotDefinition) -> [Diagnostic] {
        var calls: [String: [(callee: String, origin: Origin)]] = [:]
        for flow in definition.flows {
            for state in flow.states {
                if case .call(let callee, _) = state.step, definition.flow(callee.id) != nil {
                    calls[flow.id, default: []].append((callee.id, callee.origin))
                }
            }
        }
        var diagnostics: [Diagnostic] = []
        for flow in definition.flows {
            for call in calls[flow.id, default: []] {
                // Does the callee lead back to this flow?
                var seen: Set<String> = [call.callee]
                var stack = [call.callee]
                var cycle = false
                while let current = stack.popLast() {
                    if current == flow.id {
                        cycle = true
                        break
                    }
                    for next in calls[current, default: []] where seen.insert(next.callee).inserted
                    {
                        stack.append(next.callee)
                    }
                }
                if cycle {
                    diagnostics.append(
                        .error(
                            "call-cycle",
                            "flow \"\(flow.id)\" calls \"\(call.callee)\", which leads back to \"\(flow.id)\"",
                            at: call.origin))
                }
            }
        }
        return diagnostics
    }
}
