/// Runs one conversation: decides, for each message, what the bot says and does.
///
/// `DialogueMachine` performs no IO. Each call returns a ``Turn`` whose actions the caller
/// carries out (show messages, store a handoff record durably, log a rating). The time and
/// 64 bits of entropy (for ticket ids) are passed in, so the same state, message, time and
/// entropy always give the same turn.
///
/// A turn follows a fixed precedence: safety rules, then global intents, then the answer the
/// bot is waiting for (a slot, a confirmation, an offer, a rating; another clear intent is a
/// digression and the flow resumes after it), then intent matching, then the knowledge base,
/// then fallback, which after `fallback.maxConsecutive` misses in a row offers a human.
///
/// ```swift
/// var machine = DialogueMachine(bot: bot, session: "web-42")
/// let greeting = machine.start(at: clock.now())
/// let turn = machine.receive("I want a refund", at: clock.now(), entropy: random.next())
/// for message in turn.messages { print(message.text) }
/// ```
public struct DialogueMachine: Sendable {
    /// The bot this conversation talks to.
    public let bot: Bot
    /// The conversation's state; save it to resume the conversation later.
    public internal(set) var state: ConversationState

    /// Whether turns carry the whole explanation `why` shows: the masked and normalised
    /// message, the intent candidates and the rule that fired, the terms that counted, the
    /// articles considered and the slot changes.
    ///
    /// Front ends that never show explanations (the JSON Lines bridge) turn it off to save
    /// the work; the intent, stage, states, steps and visited states are recorded either way,
    /// and what the bot says and does is the same.
    public var explainsTurns = true

    /// Finds what a bot must never keep or repeat: card numbers and credentials.
    static let paymentSecrets = PIIMasker(kinds: .paymentSecrets)

    /// The longest message read, in bytes; longer input is cut at a character boundary.
    public static let maximumInputBytes = 4096

    /// Starts a new conversation.
    public init(bot: Bot, session: String, user: String? = nil, context: [String: SlotValue] = [:])
    {
        self.bot = bot
        self.state = ConversationState(session: session, user: user, context: context)
    }

    /// Resumes a saved conversation.
    public init(bot: Bot, state: ConversationState) {
        self.bot = bot
        self.state = state
    }

    /// Replaces the state, such as to undo a turn whose handoff could not be stored.
    public mutating func restore(_ state: ConversationState) {
        self.state = state
    }

    /// Forgets everything but the session, user and context, as if the conversation began now.
    public mutating func reset() {
        self.state = ConversationState(
            session: self.state.session, user: self.state.user, context: self.state.context)
    }

    /// Updates values the frontend knows about the user.
    public mutating func updateContext(_ context: [String: SlotValue]) {
        for (key, value) in context { self.state.context[key] = value }
    }

    /// Opens the conversation with the bot's greeting.
    public mutating func start(at now: Timestamp) -> Turn {
        var turn = TurnRecorder(now: now, entropy: 0, input: "")
        turn.explanation.stage = .greeting
        turn.explanation.stateBefore = self.state.position
        if let greeting = self.pickVariant("greeting", self.settings.greeting) {
            self.say(greeting, &turn)
        }
        turn.explanation.stateAfter = self.state.position
        return turn.finish()
    }

    /// Answers one message from the user.
    ///
    /// - Parameters:
    ///   - text: what the user typed.
    ///   - now: the time of the message (for SLA due times and relative dates).
    ///   - entropy: random bits for ids made in this turn (handoff tickets).
    public mutating func receive(_ text: String, at now: Timestamp, entropy: UInt64) -> Turn {
        // Card numbers and credentials are removed before anything reads the message, so no
        // slot, state file or reply can hold them (PSD2); the user is told why.
        var input = Self.clip(text)
        let secrets = Self.paymentSecrets.findings(in: input)
        // What the bot reads: the message without the secrets. Their placeholders stay out of
        // it, or "[card]" would count as the word "card" and pull the message towards card
        // payment articles and intents.
        var readable = input
        if !secrets.isEmpty {
            readable = Self.paymentSecrets.removing(from: input)
            input = Self.paymentSecrets.mask(input)
        }
        var turn = TurnRecorder(now: now, entropy: entropy, input: input)
        // The warning about the message comes first in the reply, but goes into the history
        // after the message, so the history (and the handoff transcript made from it) reads
        // in the order things happened; remembered at once, it would also be dropped by the
        // reset of a new conversation.
        var warning: OutgoingMessage?
        if !secrets.isEmpty {
            let message = self.outgoing(self.settings.messages.secretRemoved)
            turn.actions.append(.say(message))
            warning = message
            turn.step(
                "removed \(secrets.count == 1 ? "a card number or credential" : "\(secrets.count) card numbers or credentials") from the message (PSD2)"
            )
        }
        let interpretation = self.bot.interpret(readable)
        turn.explanation.stateBefore = self.state.position
        if self.explainsTurns {
            turn.explanation.input = self.bot.mask(input)
            self.explain(interpretation, &turn)
        }
        if self.state.isEnded {
            if let handoff = self.state.handoff, interpretation.safetyHit == nil {
                // The conversation is with a person now: say where the case is, don't start over.
                self.state.turn = ConversationState.counting(self.state.turn)
                self.state.remember(HistoryEntry(speaker: .user, text: input))
                self.remember(warning)
                self.acknowledge(handoff, &turn)
                turn.explanation.stateAfter = self.state.position
                return turn.finish()
            }
            let wasHandedOff = self.state.handoff != nil
            self.reset()
            if !wasHandedOff { self.say(self.settings.messages.ended, &turn) }
            turn.step("the previous conversation had ended; a new one starts")
        }
        self.state.turn = ConversationState.counting(self.state.turn)
        let isSensitive = self.isAwaitingSensitiveSlot
        turn.explanation.inputIsSensitive = isSensitive
        if isSensitive, self.explainsTurns {
            turn.explanation.input = "[redacted]"
            turn.explanation.normalized = "[redacted]"
        }
        self.state.remember(HistoryEntry(speaker: .user, text: input, isSensitive: isSensitive))
        self.remember(warning)
        self.respond(to: interpretation, &turn)
        turn.explanation.stateAfter = self.state.position
        return turn.finish()
    }

    /// Adds a message already said in this turn to the history.
    private mutating func remember(_ message: OutgoingMessage?) {
        guard let message else { return }
        self.state.remember(HistoryEntry(speaker: .bot, text: message.text))
    }

    var settings: BotSettings { self.bot.definition.settings }
    var definition: BotDefinition { self.bot.definition }

    /// The turn precedence.
    private mutating func respond(to interpretation: Interpretation, _ turn: inout TurnRecorder) {
        if self.state.pendingAction != nil, self.answerWhileWaiting(interpretation, &turn) {
            return
        }
        if interpretation.analyzed.normalized.isEmpty
            && interpretation.analyzed.original.allSatisfy(\.isWhitespace)
        {
            turn.explanation.stage = .empty
            if self.state.stack.isEmpty {
                if let first = self.settings.fallback.messages.first { self.say(first, &turn) }
            } else {
                self.reask(&turn)
            }
            return
        }
        if let hit = interpretation.safetyHit {
            turn.explanation.stage = .safety
            self.abandonFlows(&turn)
            self.runIntent(hit.intent, interpretation, &turn)
            return
        }
        if let intent = interpretation.clearIntent, self.definition.intents[intent].isGlobal,
            self.isStrongEnough(interpretation, toInterrupt: !self.state.stack.isEmpty),
            interpretation.decidingRule != nil
                || !self.answersAwaitedQuestion(interpretation.analyzed, at: turn.now)
        {
            turn.explanation.stage = .global
            self.state.pending = nil
            self.runIntent(intent, interpretation, &turn)
            return
        }
        if let pending = self.state.pending {
            self.state.pending = nil
            if self.answer(pending, interpretation, &turn) { return }
        }
        if !self.state.stack.isEmpty {
            self.answerFlowQuestion(interpretation, &turn)
            return
        }
        if let ambiguous = interpretation.ambiguous {
            self.clarify(ambiguous, &turn)
            return
        }
        if let intent = interpretation.intent,
            !self.definition.intents[intent].isSafety
                || self.isStrongEnough(interpretation, toInterrupt: true),
            !self.articleAnswersBetter(interpretation)
        {
            turn.explanation.stage = .intent
            self.runIntent(intent, interpretation, &turn)
            return
        }
        if let next = self.answerFromKnowledgeBase(interpretation.analyzed, offersNext: true, &turn)
        {
            turn.explanation.stage = .knowledgeBase
            self.state.consecutiveFallbacks = 0
            self.askArticleFeedback(next: next, &turn)
            return
        }
        self.fallback(&turn)
    }

    /// Starts what an intent does: its effect, its responses, its flow.
    mutating func runIntent(
        _ index: Int, _ interpretation: Interpretation, _ turn: inout TurnRecorder
    ) {
        let intent = self.definition.intents[index]
        let confidence = interpretation.intent == index ? interpretation.confidence : 1
        turn.explanation.intent = RecognizedIntent(name: intent.id, confidence: confidence)
        turn.explanation.intentSource = interpretation.intent == index ? interpretation.source : nil
        if interpretation.decidingRule == nil, self.explainsTurns {
            turn.explanation.terms = self.bot.classifier.contributingFeatures(
                interpretation.analyzed, to: index
            ).map {
                TurnExplanation.Scored(name: $0.feature, score: $0.weight)
            }
        }
        self.state.lastIntent = intent.id
        self.state.consecutiveFallbacks = 0
        let inFlow = !self.state.stack.isEmpty
        let responses = self.pickVariant("intent.\(intent.id)", intent.responses)
        switch intent.effect {
        case .cancel:
            self.abandonFlows(&turn)
            self.say(responses ?? [self.settings.messages.cancelled], &turn)
            return
        case .restart:
            let history = self.state.history
            self.reset()
            self.state.history = history
            turn.step("restarted: slots and flows forgotten")
            self.say(responses ?? [self.settings.messages.restarted], &turn)
            return
        case .end:
            if let responses { self.say(responses, &turn) }
            self.abandonFlows(&turn)
            self.endConversation(&turn)
            return
        case .back:
            self.goBack(saying: responses, &turn)
            return
        case .none:
            break
        }
        guard let flowID = intent.flow?.id, let flow = self.definition.flow(flowID) else {
            if let responses { self.say(responses, &turn) }
            if inFlow { self.resume(&turn) }
            return
        }
        if self.state.stack.contains(where: { $0.flow == flowID }) {
            turn.step("already in flow \(flowID); asking again")
            self.reask(&turn)
            return
        }
        if !inFlow { self.clearSlots(collectedBy: flow, &turn) }
        self.prefillSlots(of: flow, from: interpretation.analyzed, &turn)
        if let responses { self.say(responses, &turn) }
        self.state.stack.append(FlowFrame(flow: flowID, state: flow.start.id, isDigression: inFlow))
        turn.step(inFlow ? "started flow \(flowID) as a digression" : "started flow \(flowID)")
        self.run(from: flow.start.id, &turn)
    }

    /// Whether an interpretation is sure enough to act on; interrupting a flow that waits for
    /// an answer needs a rule, or a similarity halfway between the intent threshold and 1.
    func isStrongEnough(_ interpretation: Interpretation, toInterrupt interrupting: Bool) -> Bool {
        guard interrupting, interpretation.decidingRule == nil else { return true }
        return interpretation.confidence >= (self.settings.thresholds.intent + 1) / 2
    }

    /// Answers a message sent after a handoff: the handoff state's guidance again (a crisis
    /// line, say), then where the case is.
    private mutating func acknowledge(_ handoff: OpenHandoff, _ turn: inout TurnRecorder) {
        turn.explanation.stage = .handedOff
        turn.step("the conversation is with the \(handoff.queue) team (ticket \(handoff.ticket))")
        if let position = handoff.position {
            let parts = position.split(separator: ".").map(String.init)
            if parts.count == 2, let flowState = self.definition.flow(parts[0])?.state(parts[1]) {
                let repeats: Bool
                if case .handoff(let spec) = flowState.step {
                    repeats = spec.repeatsGuidance
                } else {
                    repeats = true
                }
                if repeats { self.say(flowState.say.filter { !$0.mentionsHandoff }, &turn) }
            }
        }
        var values = RenderValues()
        values.ticket = handoff.ticket
        values.queue = self.settings.queue(handoff.queue)?.title ?? handoff.queue
        values.due = handoff.due.displayText
        values.priority = handoff.priority.rawValue
        self.say([self.settings.messages.handedOff], values, &turn)
    }

    /// Whether a question is better answered by a help article than by the intent similarity
    /// found: the intent came from similarity (not a rule), the message is a question, and the
    /// article the knowledge base would answer with (the best, or one close behind it when the
    /// best has too little of the message's words: see ``offered(among:for:)``) has a match
    /// above the intent's confidence.
    func articleAnswersBetter(_ interpretation: Interpretation) -> Bool {
        guard interpretation.source == .similarity, Self.looksLikeQuestion(interpretation.analyzed)
        else { return false }
        let hits = self.bot.knowledgeBase.search(interpretation.analyzed.original, limit: 3)
        guard let chosen = self.offered(among: hits, for: interpretation.analyzed) else {
            return false
        }
        return hits[chosen].score > interpretation.confidence
    }

    /// Whether a message answers the question the bot waits for, so that a global intent found
    /// by similarity (not by a rule) does not take it: a value for the slot the flow is
    /// waiting for (any text is one, for a free-text slot); at a yes/no question, a short yes
    /// or no ("I don't mind" resembles "never mind", but answers "Would you like a copy?") or a
    /// value for a slot one of its branches asks for next; a short yes or no to the offer of a
    /// human or to "Did that answer your question?".
    ///
    /// A longer message that opens with a yes or a no ("I don't want to continue with this")
    /// says more than the answer, and a global intent it resembles takes it, as before.
    func answersAwaitedQuestion(_ text: AnalyzedText, at now: Timestamp) -> Bool {
        let isShort = self.bot.yesNo.isShort(text.original)
        switch self.state.pending {
        case .offerHuman?:
            let options = self.optionTexts(self.settings.fallback.offerHuman)
            return isShort && self.yesOrNo(text.original, options: options) != nil
        case .articleFeedback?:
            let options = self.optionTexts(self.settings.messages.kbFeedback)
            return isShort && self.yesOrNo(text.original, options: options) != nil
        case .choice?, .csat?, nil:
            break
        }
        guard let frame = self.state.stack.last, let flow = self.definition.flow(frame.flow),
            let step = flow.state(frame.state)?.step
        else { return false }
        switch step {
        case .collect(let slotRef, _, _, _):
            guard let slot = self.definition.slot(slotRef.id) else { return false }
            return !self.bot.extractors.extract(
                slot.entity.id, from: text, in: self.extractionContext(now)
            ).isEmpty
        case .confirm(let spec):
            let answer = self.yesOrNo(text.original, options: self.optionTexts(spec.options))
            return (isShort && answer != nil)
                || self.answerAhead(of: spec, in: flow, said: nil, text, at: now) != nil
        default:
            return false
        }
    }

    /// Says that the bot did not understand; after too many misses in a row, offers a human.
    private mutating func fallback(_ turn: inout TurnRecorder) {
        turn.explanation.stage = .fallback
        self.state.consecutiveFallbacks = ConversationState.counting(
            self.state.consecutiveFallbacks)
        let policy = self.settings.fallback
        if self.state.consecutiveFallbacks >= policy.maxConsecutive {
            turn.step(
                "\(Plural.count(self.state.consecutiveFallbacks, "fallback")) in a row: "
                    + "offering a human")
            self.state.consecutiveFallbacks = 0
            self.say(policy.offerHuman, &turn)
            self.state.pending = .offerHuman
        } else {
            turn.step("fallback \(self.state.consecutiveFallbacks) of \(policy.maxConsecutive)")
            if let variant = self.pickVariant("fallback", policy.messages) {
                self.say(variant, &turn)
            }
        }
    }

    /// Asks which of two close intents the user meant.
    private mutating func clarify(_ intents: [Int], _ turn: inout TurnRecorder) {
        turn.explanation.stage = .clarify
        let titles = intents.map { Template(literal: self.definition.intents[$0].title) }
        var question = self.settings.messages.clarify
        question.options = titles
        self.say(question, &turn)
        self.state.pending = .choice(intents.map { self.definition.intents[$0].id })
        turn.step("asked which intent was meant")
    }

    /// Cuts input to ``maximumInputBytes`` at a character boundary.
    static func clip(_ text: String) -> String {
        guard text.utf8.count > Self.maximumInputBytes else { return text }
        var clipped = ""
        for character in text {
            if clipped.utf8.count + character.utf8.count > Self.maximumInputBytes { break }
            clipped.append(character)
        }
        return clipped
    }

    private var isAwaitingSensitiveSlot: Bool {
        guard let frame = self.state.stack.last, let flow = self.definition.flow(frame.flow),
            case .collect(let slot, _, _, _)? = flow.state(frame.state)?.step
        else { return false }
        return self.definition.slot(slot.id)?.isSensitive ?? false
    }

    private func explain(_ interpretation: Interpretation, _ turn: inout TurnRecorder) {
        turn.explanation.normalized = String(
            decoding: TextNormalizer().normalize(self.bot.mask(interpretation.analyzed.original)),
            as: UTF8.self)
        turn.explanation.candidates = interpretation.candidates.map {
            TurnExplanation.Scored(
                name: self.definition.intents[$0.intent].id, score: $0.confidence)
        }
        if let hit = interpretation.decidingRule {
            let intent = self.definition.intents[hit.intent]
            turn.explanation.rule =
                "\(intent.isSafety ? "safety intent" : "intent") \(intent.id): \(hit.rule.summary) (\(hit.rule.origin))"
        }
    }
}
