extension DialogueMachine {
    /// Handles a message while a flow waits for an answer: fills the slot or takes the
    /// yes/no, treats a clear other request as a digression, else counts a failed attempt.
    mutating func answerFlowQuestion(_ interpretation: Interpretation, _ turn: inout TurnRecorder) {
        guard let frame = self.state.stack.last, let flow = self.definition.flow(frame.flow),
            let flowState = flow.state(frame.state)
        else {
            self.abandonFlows(&turn)
            return
        }
        switch flowState.step {
        case .collect(let slotRef, let next, let exhausted, _):
            guard let slot = self.definition.slot(slotRef.id),
                let entity = self.definition.entity(slot.entity.id)
            else {
                self.run(from: next.id, &turn)
                return
            }
            let context = self.extractionContext(turn.now)
            // The message, or the option it chose by number; the message's own analysis
            // serves extractors that read stems.
            let found =
                if let option = self.chosenOption(
                    turn.input, prompt: slot.prompt(forAttempt: frame.attempts))
                {
                    self.bot.extractors.extract(entity.id, from: option, in: context)
                } else {
                    self.bot.extractors.extract(
                        entity.id, from: interpretation.analyzed, in: context)
                }
            if let match = found.first {
                turn.explanation.stage = .slot
                self.takeSlotAnswer(slot, match, next: next, exhausted: exhausted, &turn)
                return
            }
            if let intent = self.digressionIntent(interpretation) {
                self.digress(to: intent, interpretation, &turn)
                return
            }
            if Self.looksLikeQuestion(interpretation.analyzed),
                self.answerFromKnowledgeBase(interpretation.analyzed, &turn)
            {
                turn.explanation.stage = .digression
                self.resume(&turn)
                return
            }
            turn.explanation.stage = .slot
            turn.step("no value for \(slot.id) in the answer (entity \(entity.id))")
            // "No" or "I don't know" is not a wrong value: the slot's invalid text ("that
            // doesn't look like an order number") would answer something the user never said.
            let declined = self.bot.yesNo.declines(turn.input)
            if declined { turn.step("the answer says no or don't know: asking again") }
            self.failAttempt(
                slot, message: declined ? nil : slot.invalid, next: next, exhausted: exhausted,
                &turn)
        case .confirm(let spec):
            var answer = self.yesOrNo(turn.input, options: self.optionTexts(spec.options))
            // An answer that gives the value a branch asks for next takes that branch with
            // the value: "Do you have the link?" answered with the link is a yes, "Is your email
            // still ana@example.org?" answered "no, it's ana@example.com" a no.
            if let (ahead, match) = self.answerAhead(
                of: spec, in: flow, said: answer, interpretation.analyzed, at: turn.now)
            {
                guard answer == nil, !ahead.isYes, self.state.slots[ahead.slot.id] == match.value
                else {
                    self.takeAnswerAhead(ahead, match, said: answer != nil, &turn)
                    return
                }
                // The value the question asks about, given again, confirms it.
                if ahead.slot.isSensitive { self.markInputSensitive(&turn) }
                turn.step(
                    "no yes or no, but \(ahead.slot.id)'s own value, which the no branch "
                        + "would replace: taken as yes")
                answer = true
            }
            if let answer {
                turn.explanation.stage = .confirmation
                turn.step(answer ? "answered yes" : "answered no")
                self.state.consecutiveFallbacks = 0
                self.state.stack[self.state.stack.count - 1].noteAnswer(slot: nil)
                self.run(from: answer ? spec.yes.id : spec.no.id, &turn)
                return
            }
            if let intent = self.digressionIntent(interpretation) {
                self.digress(to: intent, interpretation, &turn)
                return
            }
            if Self.looksLikeQuestion(interpretation.analyzed),
                self.answerFromKnowledgeBase(interpretation.analyzed, &turn)
            {
                turn.explanation.stage = .digression
                self.resume(&turn)
                return
            }
            turn.explanation.stage = .confirmation
            let index = self.state.stack.count - 1
            self.state.stack[index].attempts = ConversationState.counting(
                self.state.stack[index].attempts)
            let attempts = self.state.stack[index].attempts
            guard attempts >= spec.maxAttempts else {
                self.say(spec.retry ?? self.settings.messages.confirmRetry, &turn)
                self.reask(&turn)
                return
            }
            turn.step(
                "no yes or no: \(attempts) of \(Plural.count(spec.maxAttempts, "attempt")) used")
            // Same policy as a slot's; with no value to go on without, `skip` (which the
            // loader refuses here) cancels.
            self.exhaust(to: spec.exhausted, policy: spec.onExhausted, next: nil, &turn)
        default:
            // Frames only rest at questions; anything else means the state was edited by hand.
            self.abandonFlows(&turn)
            self.fallbackToIdle(interpretation, &turn)
        }
    }

    /// Counts a failed answer to a slot; re-prompts, or applies the slot's exhaustion policy.
    private mutating func failAttempt(
        _ slot: SlotDefinition, message: MessageTemplate?, next: Reference, exhausted: Reference?,
        _ turn: inout TurnRecorder
    ) {
        let index = self.state.stack.count - 1
        self.state.stack[index].attempts = ConversationState.counting(
            self.state.stack[index].attempts)
        let attempts = self.state.stack[index].attempts
        guard attempts >= slot.maxAttempts else {
            if let message { self.say(message, &turn) }
            self.askSlot(slot.id, attempt: attempts, &turn)
            return
        }
        turn.step(
            "\(slot.id): \(attempts) of \(Plural.count(slot.maxAttempts, "attempt")) used")
        self.exhaust(to: exhausted, policy: slot.onExhausted, next: next, &turn)
    }

    /// Ends a question whose attempts are used up: goes to the state's `exhausted` target when
    /// it names one, or else applies the exhaustion policy: a handoff to the owning queue
    /// (reason `slot_attempts_exhausted`), going on at `next` without an answer, or cancelling
    /// the flows.
    private mutating func exhaust(
        to exhausted: Reference?, policy: ExhaustionPolicy, next: Reference?,
        _ turn: inout TurnRecorder
    ) {
        if let exhausted {
            self.run(from: exhausted.id, &turn)
            return
        }
        switch (policy, next) {
        case (.handoff, _):
            self.handOff(
                HandoffSpec(
                    queue: self.owningQueue, priority: .normal, reason: .slotAttemptsExhausted),
                &turn)
        case (.skip, let next?):
            self.run(from: next.id, &turn)
        case (.skip, nil), (.cancel, _):
            self.abandonFlows(&turn)
            self.say(self.settings.messages.cancelled, &turn)
        }
    }

    /// Takes a value found for a slot whose question the flow rests at: checks it, fills the
    /// slot and goes on, or counts a failed attempt.
    mutating func takeSlotAnswer(
        _ slot: SlotDefinition, _ match: EntityMatch, next: Reference, exhausted: Reference?,
        _ turn: inout TurnRecorder
    ) {
        if let validation = slot.validation,
            !validation.accepts(match.value, today: turn.now.date)
        {
            turn.step("\(slot.id): \(self.maskedDisplay(slot.id, match.value)) failed validation")
            self.failAttempt(
                slot, message: validation.message ?? slot.invalid, next: next,
                exhausted: exhausted, &turn)
            return
        }
        self.setSlot(slot.id, match.value, &turn)
        self.state.consecutiveFallbacks = 0
        self.state.stack[self.state.stack.count - 1].noteAnswer(slot: slot.id)
        self.run(from: next.id, &turn)
    }

    /// An intent clear enough to interrupt a question, other than a flow already in progress:
    /// a rule, or a similarity halfway between the intent threshold and 1.
    ///
    /// A free-text slot is never interrupted this way (any answer fills it); safety and global
    /// intents still interrupt it, earlier in the turn.
    private func digressionIntent(_ interpretation: Interpretation) -> Int? {
        guard let intent = interpretation.clearIntent else { return nil }
        let definition = self.definition.intents[intent]
        if let flow = definition.flow?.id, self.state.stack.contains(where: { $0.flow == flow }) {
            return nil
        }
        return self.isStrongEnough(interpretation, toInterrupt: true) ? intent : nil
    }

    /// The queue of the innermost flow in progress that names one.
    var owningQueue: Reference? {
        self.state.stack.reversed().lazy.compactMap { self.definition.flow($0.flow)?.queue }.first
    }

    /// Words that open a question, so a help-center answer mid-flow is only given for questions.
    static let questionWords: Set<String> = [
        "how", "what", "when", "where", "why", "who", "which", "can", "could", "do", "does", "did",
        "is", "are", "will", "would", "should", "may", "whats", "hows", "wheres", "whens",
    ]

    /// Whether a message is a question: it ends with `?` or starts with a question word.
    static func looksLikeQuestion(_ text: AnalyzedText) -> Bool {
        if text.original.trimmingCharacters().hasSuffix("?") { return true }
        let first = text.normalizedText.prefix { $0 != " " }
        return Self.questionWords.contains(String(first))
    }

    private mutating func digress(
        to intent: Int, _ interpretation: Interpretation, _ turn: inout TurnRecorder
    ) {
        turn.explanation.stage = .digression
        self.runIntent(intent, interpretation, &turn)
    }

    /// Handles the answer to a question asked outside a flow; `false` when the message is not one.
    mutating func answer(
        _ pending: PendingQuestion, _ interpretation: Interpretation, _ turn: inout TurnRecorder
    ) -> Bool {
        switch pending {
        case .articleFeedback(let article, let next):
            let options = self.optionTexts(self.settings.messages.kbFeedback)
            guard let helped = self.yesOrNo(turn.input, options: options) else { return false }
            turn.explanation.stage = .knowledgeBase
            turn.actions.append(.articleFeedback(article: article, helpful: helped))
            turn.step("article \(article) \(helped ? "helped" : "did not help")")
            if helped {
                self.say(self.settings.messages.kbHelped, &turn)
            } else if let next,
                let position = self.bot.knowledgeBase.articles.firstIndex(where: { $0.id == next })
            {
                self.say(self.settings.messages.kbNext, &turn)
                self.present(article: position, &turn)
                self.askArticleFeedback(next: nil, &turn)
            } else {
                turn.step("no other article: offering a human")
                self.say(self.settings.fallback.offerHuman, &turn)
                self.state.pending = .offerHuman
            }
            return true
        case .offerHuman:
            let options = self.optionTexts(self.settings.fallback.offerHuman)
            guard let accepted = self.yesOrNo(turn.input, options: options) else { return false }
            turn.explanation.stage = .offerHuman
            if accepted {
                turn.step("accepted the offer of a human")
                self.handOff(self.settings.fallback.handoff, &turn)
            } else {
                turn.step("declined the offer of a human")
                self.say(self.settings.fallback.declined, &turn)
            }
            return true
        case .choice(let ids):
            let indices = ids.compactMap { id in self.definition.intents.firstIndex { $0.id == id }
            }
            guard let chosen = self.choose(among: indices, interpretation) else { return false }
            turn.explanation.stage = .choice
            turn.step("chose \(self.definition.intents[chosen].id)")
            self.runIntent(chosen, interpretation, &turn)
            return true
        case .csat:
            if let rating = self.rating(in: turn.input) {
                turn.explanation.stage = .csat
                turn.actions.append(.rate(rating))
                turn.step("rated the conversation \(rating) of 5")
                self.say(self.settings.csat.thanks, &turn)
                return true
            }
            if TextNormalizer().normalize(turn.input).split(separator: UInt8(ascii: " ")).count
                <= 3, self.bot.yesNo.answer(in: turn.input) == false
            {
                // "No thanks" turns the rating down (read as a message it met "You're welcome!");
                // a longer message ("no, my coins still haven't come") is read as one.
                turn.explanation.stage = .csat
                turn.actions.append(.declineRating)
                turn.step("declined to rate the conversation")
                self.say(self.settings.messages.csatDeclined, &turn)
                return true
            }
            // A number out of range ("6", "0") was meant as a rating: ask again.
            guard Self.isBareNumber(turn.input) else { return false }
            turn.explanation.stage = .csat
            turn.step("a rating out of range: asking again")
            self.say(self.settings.messages.csatRetry, &turn)
            self.state.pending = .csat
            return true
        }
    }

    /// The option picked by number, by title, or by the message's best intent among the options.
    private func choose(among options: [Int], _ interpretation: Interpretation) -> Int? {
        let text = interpretation.analyzed.normalizedText
        if let number = OptionPick.number(
            in: text, count: options.count, language: self.settings.language)
        {
            return options[number - 1]
        }
        let normalizer = TextNormalizer()
        for option in options {
            let title = String(
                decoding: normalizer.normalize(self.definition.intents[option].title), as: UTF8.self
            )
            if !title.isEmpty, text == title { return option }
        }
        if let intent = interpretation.intent, options.contains(intent) { return intent }
        return nil
    }

    /// The text of the option a message picks by its number ("2", "the second one"), when the
    /// prompt offered options.
    func chosenOption(_ text: String, prompt: MessageTemplate?) -> String? {
        guard let options = prompt?.options, !options.isEmpty,
            let number = OptionPick.number(
                in: String(decoding: TextNormalizer().normalize(text), as: UTF8.self),
                count: options.count, language: self.settings.language)
        else { return nil }
        return self.render(options[number - 1], RenderValues())
    }

    /// The texts of a question's options, as the user sees them.
    func optionTexts(_ options: [Template]) -> [String] {
        options.map { self.render($0, RenderValues()) }
    }

    /// The texts of a message's options, as the user sees them.
    func optionTexts(_ message: MessageTemplate) -> [String] {
        self.optionTexts(message.options)
    }

    /// Yes or no from the message, or by the option chosen (the first option means yes).
    func yesOrNo(_ text: String, options: [String]) -> Bool? {
        let normalizer = TextNormalizer()
        let normalized = normalizer.normalize(text)
        if options.count == 2 {
            // "1", "2", "the first one", "the second": the first option means yes.
            if let pick = OptionPick.number(
                in: String(decoding: normalized, as: UTF8.self), count: 2,
                language: self.settings.language)
            {
                return pick == 1
            }
            for (index, option) in options.enumerated()
            where normalizer.normalize(option) == normalized {
                return index == 0
            }
        }
        return self.bot.yesNo.answer(in: text)
    }

    /// Whether a message is only a number, such as `6` or `-1`.
    static func isBareNumber(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters()
        return !trimmed.isEmpty && Double(trimmed) != nil
    }

    /// A rating from 1 to 5, in digits or words, when that is all the message says.
    private func rating(in text: String) -> Int? {
        let words = String(decoding: TextNormalizer().normalize(text), as: UTF8.self).split(
            separator: " ")
        let names = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5]
        guard let first = words.first, words.count <= 3 else { return nil }
        let value = Int(first) ?? names[String(first)]
        guard let value, (1...5).contains(value) else { return nil }
        return value
    }

    private mutating func fallbackToIdle(
        _ interpretation: Interpretation, _ turn: inout TurnRecorder
    ) {
        if let intent = interpretation.intent {
            turn.explanation.stage = .intent
            self.runIntent(intent, interpretation, &turn)
        } else if let first = self.settings.fallback.messages.first {
            turn.explanation.stage = .fallback
            self.say(first, &turn)
        }
    }
}
