extension DialogueMachine {
    /// Returns the innermost flow to the question answered before the current one: forgets
    /// that answer and asks the question again.
    ///
    /// Only questions of the innermost flow count, and only those answered since it last ran
    /// an action or called another flow (``FlowFrame/answered``): the states between that
    /// question and this one run again once it is answered, and an action or a sub-flow must
    /// not. With nothing to return to, the bot says `messages.backUnavailable` and asks the
    /// current question again. After a handoff the conversation is with a person and this is
    /// never reached.
    ///
    /// - Parameter responses: the back intent's own response, said instead of `messages.back`.
    mutating func goBack(saying responses: [MessageTemplate]?, _ turn: inout TurnRecorder) {
        guard let index = self.state.stack.indices.last else {
            turn.step("no flow in progress: nothing to go back to")
            self.say(self.settings.messages.backUnavailable, &turn)
            return
        }
        let frame = self.state.stack[index]
        guard let question = frame.answered.last,
            let flow = self.definition.flow(frame.flow),
            let flowState = flow.state(question.state), flowState.step.isQuestion
        else {
            turn.step("no earlier question of flow \(frame.flow) to go back to")
            self.say(self.settings.messages.backUnavailable, &turn)
            self.reask(&turn)
            return
        }
        self.state.stack[index].answered.removeLast()
        if let slot = question.slot, self.state.slots.removeValue(forKey: slot) != nil {
            turn.actions.append(.clearSlot(slot))
            turn.explanation.slotChanges.append(
                TurnExplanation.SlotChange(slot: slot, value: nil))
        }
        self.state.stack[index].state = question.state
        self.state.stack[index].attempts = 0
        turn.step("went back to \(flow.id).\(question.state)")
        turn.explanation.visited.append("\(flow.id).\(question.state)")
        self.say(responses ?? [self.settings.messages.back], &turn)
        self.reask(&turn)
    }
}
