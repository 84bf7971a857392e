extension DialogueMachine {
    /// The slot a yes/no question's yes branch asks for next, if an answer may give it
    /// (see ``SlotAhead``); `nil` when the state turns this off (`"valueMeansYes": false`).
    func slotAhead(of spec: ConfirmSpec, in flow: FlowDefinition) -> SlotAhead? {
        guard spec.valueMeansYes else { return nil }
        var says: [FlowState] = []
        var id = spec.yes.id
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
                    says: says, collect: state, slot: slot, entity: entity, next: next,
                    exhausted: exhausted)
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

    /// Takes a yes/no question's answer that gave the value its yes branch asks for next: a
    /// yes, then the `say` states on the way, then the value as the answer to the `collect`
    /// state's question (checked as any answer is: one that fails `validate` is a failed
    /// attempt there, with the slot's message and its next prompt).
    ///
    /// The `collect` state's own messages introduce its question, which is not asked, so
    /// they are not said, as when its slot is already filled. A sensitive slot's answer is
    /// `[redacted]` in the history and the explanation, as an answer to its question is.
    mutating func takeAnswerAhead(
        _ ahead: SlotAhead, _ match: EntityMatch, saidYes: Bool, _ turn: inout TurnRecorder
    ) {
        guard let frame = self.state.stack.indices.last else { return }
        let flowID = self.state.stack[frame].flow
        let collect = "\(flowID).\(ahead.collect.id)"
        turn.explanation.stage = .confirmation
        turn.step(
            saidYes
                ? "answered yes, with a value for \(ahead.slot.id), which \(collect) asks for next"
                : "no yes or no, but a value for \(ahead.slot.id), which the yes branch asks for "
                    + "next (\(collect)): taken as yes")
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
