extension DialogueMachine {
    /// The slot a yes/no question's yes branch (`isYes`) or no branch asks for next, if an
    /// answer may give it (see ``SlotAhead``); `nil` when the state turns this off
    /// (`"valueMeansYes": false`, `"valueMeansNo": false`).
    func slotAhead(of spec: ConfirmSpec, isYes: Bool, in flow: FlowDefinition) -> SlotAhead? {
        guard isYes ? spec.valueMeansYes : spec.valueMeansNo else { return nil }
        var says: [FlowState] = []
        var id = isYes ? spec.yes.id : spec.no.id
        // Bounded by the flow's size, so a loop of `say` states ends.
        while says.count < flow.states.count, let state = flow.state(id),
            state.assignments.isEmpty
        {
            switch state.step {
            case .say(let next):
                says.append(state)
                id = next.id
            case .collect(let slotRef, let next, let exhausted, let alwaysAsk):
                guard alwaysAsk || self.state.slots[slotRef.id] == nil,
                    let slot = self.definition.slot(slotRef.id),
                    let entity = self.definition.entity(slot.entity.id)
                else { return nil }
                return SlotAhead(
                    isYes: isYes, says: says, collect: state, slot: slot, entity: entity,
                    next: next, exhausted: exhausted)
            default:
                return nil
            }
        }
        return nil
    }

    /// The first value of the slot ahead in a message, for entities that a message not
    /// answering their own question may fill (not `text`, `yes_no`, `number` or bare money).
    func valueAhead(
        for ahead: SlotAhead, in message: AnalyzedText, at now: Timestamp
    ) -> EntityMatch? {
        self.unpromptedMatches(of: ahead.entity, in: message, self.extractionContext(now))?.first
    }

    /// The slot ahead of a yes/no question whose value a message gives, and the value.
    ///
    /// The yes branch's slot is looked for unless the message says no, the no branch's unless
    /// it says yes. When neither says, and both slots have a value in the message, the answer
    /// is ambiguous and neither is taken (`nil`).
    func answerAhead(
        of spec: ConfirmSpec, in flow: FlowDefinition, said answer: Bool?, _ message: AnalyzedText,
        at now: Timestamp
    ) -> (ahead: SlotAhead, match: EntityMatch)? {
        let found = [true, false].compactMap { isYes -> (ahead: SlotAhead, match: EntityMatch)? in
            guard answer != !isYes, let ahead = self.slotAhead(of: spec, isYes: isYes, in: flow),
                let match = self.valueAhead(for: ahead, in: message, at: now)
            else { return nil }
            return (ahead, match)
        }
        return found.count == 1 ? found.first : nil
    }

    /// Takes a yes/no question's answer that gave the value one of its branches asks for
    /// next: that branch, then the `say` states on the way, then the value as the answer to
    /// the `collect` state's question (checked as any answer is: one that fails `validate` is a
    /// failed attempt there, with the slot's message and its next prompt).
    ///
    /// The `collect` state's own messages introduce its question, which is not asked, so
    /// they are not said, as when its slot is already filled. A sensitive slot's answer is
    /// `[redacted]` in the history and the explanation, as an answer to its question is.
    ///
    /// - Parameter said: whether the message also said yes or no (it said the branch's answer
    ///   when it said one).
    mutating func takeAnswerAhead(
        _ ahead: SlotAhead, _ match: EntityMatch, said: Bool, _ turn: inout TurnRecorder
    ) {
        guard let frame = self.state.stack.indices.last else { return }
        let flowID = self.state.stack[frame].flow
        let collect = "\(flowID).\(ahead.collect.id)"
        turn.explanation.stage = .confirmation
        turn.step(
            said
                ? "answered \(ahead.branchName), with a value for \(ahead.slot.id), which "
                    + "\(collect) asks for next"
                : "no yes or no, but a value for \(ahead.slot.id), which the "
                    + "\(ahead.branchName) branch asks for next (\(collect)): taken as "
                    + ahead.branchName)
        if ahead.slot.isSensitive { self.markInputSensitive(&turn) }
        self.state.consecutiveFallbacks = 0
        self.state.stack[frame].noteAnswer(slot: nil)
        for (position, state) in (ahead.says + [ahead.collect]).enumerated() {
            self.state.stack[frame].state = state.id
            self.state.stack[frame].attempts = 0
            turn.step("entered \(flowID).\(state.id)")
            turn.explanation.visited.append("\(flowID).\(state.id)")
            if position < ahead.says.count { self.say(state.say, &turn) }
        }
        self.takeSlotAnswer(
            ahead.slot, match, next: ahead.next, exhausted: ahead.exhausted, &turn)
    }
}
