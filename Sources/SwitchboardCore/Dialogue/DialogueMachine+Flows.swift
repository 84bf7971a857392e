extension DialogueMachine {
    /// The most states one turn may pass through; a guard against loops in unchecked definitions.
    static let maximumStepsPerTurn = 200

    /// Runs the innermost flow from a state until it waits for the user, ends or hands off.
    mutating func run(from start: String, _ turn: inout TurnRecorder) {
        var next: String? = start
        var steps = 0
        while let stateID = next {
            next = nil
            steps += 1
            guard steps <= Self.maximumStepsPerTurn, let frameIndex = self.state.stack.indices.last,
                let flow = self.definition.flow(self.state.stack[frameIndex].flow),
                let flowState = flow.state(stateID)
            else {
                turn.step(
                    "stopped: the flow did not reach a question or an end within \(Self.maximumStepsPerTurn) steps"
                )
                self.abandonFlows(&turn)
                if let first = self.settings.fallback.messages.first { self.say(first, &turn) }
                return
            }
            self.state.stack[frameIndex].state = stateID
            self.state.stack[frameIndex].attempts = 0
            turn.step("entered \(flow.id).\(stateID)")
            turn.explanation.visited.append("\(flow.id).\(stateID)")
            for assignment in flowState.assignments {
                switch assignment.source {
                case .value(let value):
                    self.setSlot(assignment.slot.id, value, &turn)
                case .slot(let source):
                    guard let value = self.state.slots[source.id] else { break }
                    if self.isSensitive(source.id), !self.isSensitive(assignment.slot.id) {
                        // `check` refuses this copy; a definition that skipped the checks
                        // gets what text naming the slot would: never the value itself.
                        turn.step(
                            "slot \(source.id) is sensitive and \(assignment.slot.id) is not: "
                                + "assigned [redacted]")
                        self.setSlot(assignment.slot.id, .text("[redacted]"), &turn)
                    } else {
                        self.setSlot(assignment.slot.id, value, &turn)
                    }
                case .context(let key):
                    // The frontend's values are screened as when a message shows them: a
                    // slot must never keep a card number or credential (PSD2).
                    if let value = self.state.context[key] {
                        self.setSlot(assignment.slot.id, Self.screenedValue(value), &turn)
                    }
                case .template(let template):
                    // Rendered as a message is, so screened as a whole: values that are
                    // harmless apart ("4111 1111" and "1111 1111", or "PIN " and "4821") can
                    // make a card number or a credential together.
                    let text = self.render(template, RenderValues())
                    self.setSlot(assignment.slot.id, .text(text), &turn)
                }
            }
            switch flowState.step {
            case .say(let target):
                self.say(flowState.say, &turn)
                next = target.id
            case .collect(let slot, let target, _, let alwaysAsk):
                if !alwaysAsk, self.state.slots[slot.id] != nil {
                    turn.step("slot \(slot.id) is already filled")
                    next = target.id
                } else {
                    self.say(flowState.say, &turn)
                    self.askSlot(slot.id, attempt: 0, &turn)
                    return
                }
            case .confirm(let spec):
                self.askConfirmation(flowState, options: spec.options, &turn)
                return
            case .branch(let branches, let otherwise):
                self.say(flowState.say, &turn)
                let environment = ConditionEnvironment(
                    today: turn.now.date, slots: self.state.slots, context: self.state.context)
                if let branch = branches.first(where: { $0.condition.evaluate(in: environment) }) {
                    turn.step("condition \"\(branch.source)\" holds")
                    next = branch.target.id
                } else {
                    turn.step("no condition holds: else")
                    next = otherwise.id
                }
            case .answer(let query, let target, let notFound):
                self.say(flowState.say, &turn)
                let text = query.map { self.render($0, RenderValues()) } ?? turn.input
                if self.answerFromKnowledgeBase(
                    self.bot.analyzer.analyze(text), explainsMessage: query == nil, &turn)
                {
                    next = target.id
                } else if let notFound {
                    next = notFound.id
                } else {
                    self.say(self.settings.messages.kbNotFound, &turn)
                    next = target.id
                }
            case .call(let callee, let target):
                self.say(flowState.say, &turn)
                guard let called = self.definition.flow(callee.id) else {
                    next = target.id
                    continue
                }
                // The called flow runs to its end before the caller goes on; going back past
                // the call would run it again.
                self.state.stack[frameIndex].answered = []
                self.state.stack.append(
                    FlowFrame(flow: called.id, state: called.start.id, returnTo: target.id))
                turn.step("called flow \(called.id)")
                next = called.start.id
            case .action(let spec):
                self.say(flowState.say, &turn)
                // An action may change something outside the conversation: going back past it
                // would run it again on the way forward.
                self.state.stack[frameIndex].answered = []
                self.requestAction(spec, &turn)
                return
            case .handoff(let spec):
                self.handOff(spec, saying: flowState.say, &turn)
                return
            case .end(let csat, let close):
                self.say(flowState.say, &turn)
                let finished = self.state.stack.removeLast()
                turn.step("finished flow \(finished.flow)")
                if !self.state.stack.isEmpty {
                    if let returnTo = finished.returnTo {
                        next = returnTo
                    } else {
                        self.resume(&turn)
                        return
                    }
                } else if close {
                    self.endConversation(&turn)
                    return
                } else if csat {
                    self.say(self.settings.csat.question, &turn)
                    turn.actions.append(.askRating)
                    self.state.pending = .csat
                    return
                } else {
                    return
                }
            }
        }
    }

    /// Asks for a slot with the prompt for an attempt.
    ///
    /// A prompt whose filled-in placeholders make it ask for a card number, a code or a
    /// password is never said: the load-time check cannot see those words, so this guard
    /// hands the conversation to a person instead (PSD2).
    mutating func askSlot(_ slotID: String, attempt: Int, _ turn: inout TurnRecorder) {
        guard let slot = self.definition.slot(slotID), let prompt = slot.prompt(forAttempt: attempt)
        else { return }
        if !prompt.text.placeholders.isEmpty,
            let credential = PaymentDataCheck.requestedCredential(
                in: self.render(prompt.text, RenderValues()))
        {
            turn.step(
                "the prompt for slot \(slotID) would ask for a payment credential (\"\(credential)\"); handed off instead (PSD2)"
            )
            self.handOff(
                HandoffSpec(queue: nil, priority: .high, reason: .paymentAuthentication), &turn)
            return
        }
        self.say(prompt, &turn)
    }

    /// Asks a confirm state's question: its messages, the last one with the options.
    mutating func askConfirmation(
        _ flowState: FlowState, options: [Template], _ turn: inout TurnRecorder
    ) {
        var messages = flowState.say
        if var question = messages.popLast() {
            if question.options.isEmpty { question.options = options }
            messages.append(question)
        }
        self.say(messages, &turn)
    }

    /// Asks again whatever the innermost flow is waiting for.
    mutating func reask(_ turn: inout TurnRecorder) {
        guard let frame = self.state.stack.last, let flow = self.definition.flow(frame.flow),
            let flowState = flow.state(frame.state)
        else { return }
        switch flowState.step {
        case .collect(let slot, _, _, _):
            self.askSlot(slot.id, attempt: frame.attempts, &turn)
        case .confirm(let spec):
            var question = flowState.say.last ?? self.settings.messages.confirmRetry
            if question.options.isEmpty { question.options = spec.options }
            self.say(question, &turn)
        default:
            break
        }
    }

    /// Returns to the interrupted flow: says so, and asks its question again.
    mutating func resume(_ turn: inout TurnRecorder) {
        guard let frame = self.state.stack.last, let flow = self.definition.flow(frame.flow) else {
            return
        }
        turn.step("resumed flow \(flow.id) at \(frame.state)")
        var values = RenderValues()
        values.flow = flow.title
        self.say([self.settings.messages.resume], values, &turn)
        self.reask(&turn)
    }

    /// Records a handoff and tells the user; the conversation ends.
    ///
    /// A handoff state's messages that use `{ticket}`, `{queue}`, `{due}` or `{priority}` tell
    /// the user about the handoff: they replace `bot.handoffMessage` and, like it, are said only
    /// once the record is stored. Its other messages are guidance (a crisis line, "don't share
    /// card details") and are said first, whatever happens to the record.
    mutating func handOff(
        _ spec: HandoffSpec, saying messages: [MessageTemplate] = [], _ turn: inout TurnRecorder
    ) {
        let notices = messages.filter(\.mentionsHandoff)
        self.say(messages.filter { !$0.mentionsHandoff }, &turn)
        let queueID = spec.queue?.id ?? self.settings.defaultQueue
        let queue = self.settings.queue(queueID)
        let due =
            queue?.due(for: spec.priority, handedOffAt: turn.now)
            ?? turn.now.adding(minutes: 24 * 60)
        let ticket = Self.ticket(from: turn.entropy)
        let frame = self.state.stack.last
        var interrupted: String?
        if let frame, frame.isDigression, self.state.stack.count >= 2 {
            let below = self.state.stack[self.state.stack.count - 2]
            interrupted = "\(below.flow).\(below.state)"
        }
        var slots: [String: String] = [:]
        for (id, value) in self.state.slots {
            slots[id] = self.maskedDisplay(id, value)
        }
        var context: [String: String] = [:]
        for (key, value) in self.state.context {
            context[key] = self.bot.mask(value.displayText)
        }
        let record = HandoffRecord(
            ticket: ticket, time: turn.now, session: self.state.session, user: self.state.user,
            bot: self.definition.botID, botHash: self.definition.contentHash, queue: queueID,
            priority: spec.priority, reason: spec.reason, due: due, intent: self.state.lastIntent,
            flow: frame?.flow, state: frame?.state, interrupted: interrupted,
            sop: frame.flatMap { self.definition.flow($0.flow)?.sop },
            slots: slots, context: context, articles: self.state.articlesTried,
            transcript: self.state.history.map {
                HistoryEntry(
                    speaker: $0.speaker,
                    text: $0.isSensitive ? "[redacted]" : self.bot.mask($0.text))
            })
        turn.actions.append(.handOff(record))
        turn.step(
            "handed off to \(queueID) (\(spec.priority.rawValue), \(spec.reason.rawValue)), ticket \(ticket)"
        )
        var values = RenderValues()
        values.ticket = ticket
        values.queue = queue?.title ?? queueID
        values.due = due.displayText
        values.priority = spec.priority.rawValue
        self.say(
            notices.isEmpty ? [self.settings.handoffMessage] : notices, values,
            isHandoffNotice: true, &turn)
        self.state.stack = []
        self.state.pending = nil
        self.state.pendingAction = nil
        self.state.handoff = OpenHandoff(
            ticket: ticket, queue: queueID, due: due, priority: spec.priority,
            position: frame.map { "\($0.flow).\($0.state)" })
        self.endConversation(&turn)
    }

    /// Marks the conversation ended.
    mutating func endConversation(_ turn: inout TurnRecorder) {
        self.state.isEnded = true
        self.state.pending = nil
        self.state.pendingAction = nil
        turn.actions.append(.endConversation)
        turn.step("conversation ended")
    }

    /// Drops every flow in progress and any pending question.
    mutating func abandonFlows(_ turn: inout TurnRecorder) {
        if let frame = self.state.stack.last { turn.step("abandoned flow \(frame.flow)") }
        self.state.stack = []
        self.state.pending = nil
        self.state.pendingAction = nil
    }

    /// A ticket id from entropy: `TKT-` and 8 Crockford base-32 digits.
    static func ticket(from entropy: UInt64) -> String {
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)
        var value = entropy
        var digits: [UInt8] = []
        for _ in 0..<8 {
            digits.append(alphabet[Int(value & 31)])
            value >>= 5
        }
        return "TKT-" + String(decoding: digits, as: UTF8.self)
    }

    /// Forgets the slots a flow collects, so starting it again asks afresh.
    mutating func clearSlots(collectedBy flow: FlowDefinition, _ turn: inout TurnRecorder) {
        for state in flow.states {
            if case .collect(let slot, _, _, _) = state.step,
                self.state.slots.removeValue(forKey: slot.id) != nil
            {
                turn.actions.append(.clearSlot(slot.id))
                turn.explanation.slotChanges.append(
                    TurnExplanation.SlotChange(slot: slot.id, value: nil))
            }
        }
    }

    /// Fills a flow's slots from the message that started it ("refund for TP-12345678").
    mutating func prefillSlots(
        of flow: FlowDefinition, from message: AnalyzedText, _ turn: inout TurnRecorder
    ) {
        let context = self.extractionContext(turn.now)
        for state in flow.states {
            guard case .collect(let slotRef, _, _, _) = state.step,
                self.state.slots[slotRef.id] == nil,
                let slot = self.definition.slot(slotRef.id),
                let entity = self.definition.entity(slot.entity.id)
            else { continue }
            guard let found = self.unpromptedMatches(of: entity, in: message, context) else {
                continue
            }
            if let match = found.first(where: {
                slot.validation?.accepts($0.value, today: turn.now.date) ?? true
            }) {
                self.setSlot(slot.id, match.value, &turn)
                turn.step("slot \(slot.id) filled from the opening message")
                if slot.isSensitive { self.markInputSensitive(&turn) }
            }
        }
    }

    /// The values of an entity in a message that did not answer its slot's question.
    ///
    /// Such a message started a flow, or answered a yes/no question before the slot's. `nil`
    /// for entities any message would give a value (`text`, `yes_no`, `number`), which only
    /// an answer to the slot's own question may fill. Bare numbers are no money here: "500
    /// coins" is not an amount unless it answers the amount question.
    func unpromptedMatches(
        of entity: EntityDefinition, in message: AnalyzedText, _ context: ExtractionContext
    ) -> [EntityMatch]? {
        switch entity.kind {
        case .text, .yesNo, .number:
            return nil
        case .money(acceptsBareNumbers: true):
            return MoneyExtractor(acceptsBareNumbers: false).extract(
                from: message.original, in: context)
        default:
            return self.bot.extractors.extract(entity.id, from: message, in: context)
        }
    }

    /// The user's message of this turn gave a sensitive slot its value, though it did not
    /// answer that slot's question ("renew for LIB-12345"): from now on it is `[redacted]` in
    /// the history (the handoff transcript, saved sessions) and the explanation, as an answer
    /// to the question is.
    mutating func markInputSensitive(_ turn: inout TurnRecorder) {
        if let last = self.state.history.lastIndex(where: { $0.speaker == .user }) {
            self.state.history[last].isSensitive = true
        }
        turn.explanation.inputIsSensitive = true
        if self.explainsTurns {
            turn.explanation.input = "[redacted]"
            turn.explanation.normalized = "[redacted]"
        }
    }

    func extractionContext(_ now: Timestamp) -> ExtractionContext {
        ExtractionContext(today: now.date, defaultCurrency: self.settings.currency)
    }
}
