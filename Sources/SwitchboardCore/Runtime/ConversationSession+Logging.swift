import Logging

extension ConversationSession {
    /// Whether a conversation has begun and not ended.
    var isInProgress: Bool {
        let state = self.machine.state
        return !state.isEnded && (state.turn > 0 || !state.history.isEmpty)
    }

    /// An event of this conversation at `time`.
    func event(_ kind: ConversationEvent.Kind, at time: Timestamp) -> ConversationEvent {
        let state = self.machine.state
        return ConversationEvent(
            time: time, session: state.session, user: state.user,
            bot: self.botID, kind: kind)
    }

    /// The events of a turn that delivered an action's result: no user message, so no turn
    /// event; its handoff, the satisfaction question (`csat_asked`, as there is no turn line
    /// to mark) and its end.
    func events(ofActionTurn turn: Turn, at time: Timestamp) -> [ConversationEvent] {
        let after = self.machine.state
        var events: [ConversationEvent] = []
        if let record = turn.handoff {
            events.append(self.event(.handoff(LoggedHandoff(record)), at: time))
        }
        if turn.asksRating {
            events.append(self.event(.csatAsked, at: time))
        }
        if turn.endsConversation {
            events.append(
                self.event(
                    .ended(
                        reason: turn.handoff != nil || after.handoff != nil ? .handoff : .closed,
                        contained: after.handoff == nil, turns: after.turn),
                    at: time))
        }
        return events
    }

    /// The events of a turn: started (when the message began a conversation), the turn, the
    /// handoff, the rating, and ended, in that order.
    func events(
        of turn: Turn, text: String, before: ConversationState, at time: Timestamp
    ) -> [ConversationEvent] {
        let after = self.machine.state
        var events: [ConversationEvent] = []
        // A message begins a conversation when none had begun, or when the last one had
        // ended and the machine started a new one (the turn count starts again).
        let beginsConversation =
            (before.turn == 0 && before.history.isEmpty)
            || (before.isEnded && after.turn == 1 && after.turn <= before.turn)
        if beginsConversation {
            events.append(self.event(.started(botHash: self.bot.definition.contentHash), at: time))
        }
        let explanation = turn.explanation
        let article = turn.messages.lazy.compactMap(\.article).first
        let match: LoggedTurn.Match? = explanation.intentSource.map {
            $0 == .similarity ? .similarity : .rule
        }
        events.append(
            self.event(
                .turn(
                    LoggedTurn(
                        number: after.turn == before.turn ? before.turn + 1 : after.turn,
                        text: self.maskedInput(text, of: turn), intent: explanation.intent,
                        match: match, stage: explanation.stage, article: article,
                        stateBefore: explanation.stateBefore, state: after.position,
                        csat: turn.declinesRating ? .declined : turn.asksRating ? .asked : nil)),
                at: time))
        if let record = turn.handoff {
            events.append(self.event(.handoff(LoggedHandoff(record)), at: time))
        }
        if let score = turn.rating {
            events.append(self.event(.csat(score: score), at: time))
        }
        if turn.endsConversation {
            let handedOff = turn.handoff != nil || after.handoff != nil
            events.append(
                self.event(
                    .ended(
                        reason: handedOff ? .handoff : .closed, contained: !handedOff,
                        turns: after.turn),
                    at: time))
        }
        return events
    }

    /// The message as it may be written: `[redacted]` when it answered or filled a sensitive
    /// slot, else with personal data masked (see ``maskedText(_:)``).
    func maskedInput(_ text: String, of turn: Turn) -> String {
        self.isSensitiveInput(of: turn) ? "[redacted]" : self.maskedText(text)
    }

    /// Whether the user's message of `turn` answered or filled a sensitive slot, so that it is
    /// written only as `[redacted]`, if at all.
    public func isSensitiveInput(of turn: Turn) -> Bool {
        if turn.explanation.inputIsSensitive { return true }
        let definition = self.bot.definition
        for case .setSlot(let id, _) in turn.actions where definition.slot(id)?.isSensitive ?? false
        {
            return true
        }
        return false
    }

    /// A user's text as it may reach a file, cut to the length the engine reads: the personal
    /// data in `bot.pii.mask` masked, and card numbers and credentials whatever that says (see
    /// ``Bot/masker``).
    public func maskedText(_ text: String) -> String {
        self.bot.mask(DialogueMachine.clip(text))
    }

    /// Appends events to the conversation log; a failure is logged (once per run of
    /// failures) and otherwise ignored.
    mutating func record(_ events: [ConversationEvent]) async {
        guard let log = self.conversationLog, !events.isEmpty else { return }
        await self.reportingFailure { () async throws(ConversationLogError) -> Bool in
            try await log.append(events)
        }
    }

    /// Writes the events the conversation log holds back.
    ///
    /// A front end that sends replies in batches calls it before they go out (see
    /// ``ConversationLogStore/flush()``). A failure is logged as an append's is.
    public mutating func flushConversationLog() async {
        guard let log = self.conversationLog else { return }
        await self.reportingFailure { () async throws(ConversationLogError) -> Bool in
            try await log.flush()
        }
    }

    /// Runs a conversation log operation; a failure is logged (once per run of failures)
    /// and otherwise ignored.
    ///
    /// The log works again only when an operation wrote something: an append that was just
    /// held back, or a flush with nothing held, says nothing about the file.
    private mutating func reportingFailure(
        _ operation: () async throws(ConversationLogError) -> Bool
    ) async {
        do {
            let wrote = try await operation()
            if wrote, self.conversationLogFailing {
                self.conversationLogFailing = false
                self.logger.notice("the conversation log works again")
            }
        } catch {
            if !self.conversationLogFailing {
                self.conversationLogFailing = true
                self.logger.error(
                    """
                    the conversation log failed (further failures are not reported until it \
                    works again)
                    """,
                    metadata: ["error": "\(error)"])
            }
        }
    }
}
