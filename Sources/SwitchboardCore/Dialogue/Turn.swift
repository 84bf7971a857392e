/// What one turn produced: the actions to carry out and why.
public struct Turn: Sendable, Hashable {
    /// The actions, in order.
    public var actions: [DialogueAction]
    /// Why the bot did what it did.
    public var explanation: TurnExplanation

    /// The messages to show, in order.
    public var messages: [OutgoingMessage] {
        self.actions.compactMap {
            if case .say(let message) = $0 { return message }
            return nil
        }
    }

    /// The handoff recorded in this turn, if any.
    public var handoff: HandoffRecord? {
        for case .handOff(let record) in self.actions { return record }
        return nil
    }

    /// The action the host must perform for this turn, if any (the last one asked for, when
    /// turns were joined with ``followed(by:)``).
    public var actionRequest: ActionRequest? {
        for case .perform(let request) in self.actions.reversed() { return request }
        return nil
    }

    /// This turn followed by the turn an action's result made, as one turn: all the actions
    /// in order, and the explanation of both, ending where the second ends.
    public func followed(by next: Turn) -> Turn {
        var explanation = self.explanation
        explanation.steps += next.explanation.steps
        explanation.visited += next.explanation.visited
        explanation.slotChanges += next.explanation.slotChanges
        explanation.stateAfter = next.explanation.stateAfter
        return Turn(actions: self.actions + next.actions, explanation: explanation)
    }

    /// Whether the conversation ended in this turn.
    public var endsConversation: Bool {
        self.actions.contains(.endConversation)
    }

    /// Whether the bot asked the satisfaction question in this turn (not counting asking
    /// again after a rating out of range).
    public var asksRating: Bool {
        self.actions.contains(.askRating)
    }

    /// Whether the user turned the satisfaction question down in this turn.
    public var declinesRating: Bool {
        self.actions.contains(.declineRating)
    }

    /// The rating given in this turn, if any.
    public var rating: Int? {
        for case .rate(let score) in self.actions { return score }
        return nil
    }
}
