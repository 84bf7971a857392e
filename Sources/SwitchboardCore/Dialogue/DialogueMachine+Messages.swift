extension DialogueMachine {
    /// Says a response variant.
    mutating func say(_ variant: ResponseVariant, _ turn: inout TurnRecorder) {
        self.say(variant, RenderValues(), &turn)
    }

    /// Says one message.
    mutating func say(_ message: MessageTemplate, _ turn: inout TurnRecorder) {
        self.say([message], RenderValues(), &turn)
    }

    /// Says messages with values for the engine's placeholders.
    mutating func say(
        _ messages: [MessageTemplate], _ values: RenderValues, isHandoffNotice: Bool = false,
        article: String? = nil, _ turn: inout TurnRecorder
    ) {
        for message in messages {
            let outgoing = OutgoingMessage(
                text: self.render(message.text, values),
                options: message.options.map { self.render($0, values) },
                article: article, isHandoffNotice: isHandoffNotice)
            turn.actions.append(.say(outgoing))
            self.state.remember(HistoryEntry(speaker: .bot, text: outgoing.text))
        }
    }

    /// A message as the user would see it now (slots, context and the bot's name filled in).
    public func outgoing(_ message: MessageTemplate) -> OutgoingMessage {
        OutgoingMessage(
            text: self.render(message.text, RenderValues()),
            options: message.options.map { self.render($0, RenderValues()) })
    }

    /// The next variant of a response list, rotating through them in order.
    mutating func pickVariant(_ key: String, _ variants: [ResponseVariant]) -> ResponseVariant? {
        guard !variants.isEmpty else { return nil }
        let uses = self.state.variantUses[key, default: 0]
        self.state.variantUses[key] = ConversationState.counting(uses)
        return variants[uses % variants.count]
    }

    /// Fills a template: slots (`[redacted]` when sensitive), context values and the engine's
    /// values.
    ///
    /// Slot and context values are screened one by one for card numbers and credentials
    /// (PSD2), and then, when the template has any, the whole text is screened again for
    /// findings that take in part of them: values harmless apart ("4111 1111" and
    /// "1111 1111"), or a value and the template's words ("Your PIN is " and "4821"), can make
    /// one together. The template's own words, and text masked already, are left as they are
    /// (see ``PIIMasker/mask(_:touching:)``), so a text whose values make nothing comes out as
    /// filled in. A template without slot or context placeholders is not screened again.
    func render(_ template: Template, _ values: RenderValues) -> String {
        var text = ""
        var filled: [Range<Int>] = []
        func fill(_ value: String) {
            guard !value.isEmpty else { return }
            let start = text.utf8.count
            text += value
            filled.append(start..<text.utf8.count)
        }
        for part in template.parts {
            switch part {
            case .literal(let literal):
                text += literal
            case .placeholder(.slot(let id)):
                guard let value = self.state.slots[id] else { continue }
                fill(
                    self.isSensitive(id)
                        ? "[redacted]" : Self.paymentSecrets.mask(value.displayText))
            case .placeholder(.context(let key)):
                // The frontend's values are not the user's words; they are screened the same.
                fill(Self.paymentSecrets.mask(self.state.context[key]?.displayText ?? ""))
            case .placeholder(.builtin(let builtin)):
                text += Self.value(of: builtin, in: values, botName: self.settings.name)
            }
        }
        return filled.isEmpty ? text : Self.paymentSecrets.mask(text, touching: filled)
    }

    /// The value of one of the engine's placeholders.
    private static func value(
        of builtin: Placeholder.BuiltinPlaceholder, in values: RenderValues, botName: String
    ) -> String {
        switch builtin {
        case .bot: botName
        case .ticket: values.ticket ?? ""
        case .queue: values.queue ?? ""
        case .due: values.due ?? ""
        case .priority: values.priority ?? ""
        case .flow: values.flow ?? ""
        case .title: values.title ?? ""
        case .summary: values.summary ?? ""
        case .url: values.url ?? ""
        }
    }

    /// Gives a slot a value and records the change.
    mutating func setSlot(_ id: String, _ value: SlotValue, _ turn: inout TurnRecorder) {
        self.state.slots[id] = value
        turn.actions.append(.setSlot(id, value))
        if self.explainsTurns {
            turn.explanation.slotChanges.append(
                TurnExplanation.SlotChange(slot: id, value: self.maskedDisplay(id, value)))
        }
    }

    /// A value from outside the user's messages with card numbers and credentials removed, as
    /// ``render(_:_:)`` shows it; a whole number whose digits are a card number (sent as a
    /// JSON number) becomes its masked text.
    static func screenedValue(_ value: SlotValue) -> SlotValue {
        switch value {
        case .text(let text):
            return .text(Self.paymentSecrets.mask(text))
        case .number(let number):
            guard let whole = Int64(exactly: number) else { return value }
            let digits = String(whole)
            return Self.paymentSecrets.findings(in: digits).isEmpty
                ? value : .text(Self.paymentSecrets.mask(digits))
        case .money, .date, .bool:
            return value
        }
    }

    /// A slot value as it may be written: `[redacted]` for sensitive slots, else masked text.
    func maskedDisplay(_ id: String, _ value: SlotValue) -> String {
        self.isSensitive(id) ? "[redacted]" : self.bot.mask(value.displayText)
    }

    /// Whether a slot is marked sensitive.
    func isSensitive(_ slotID: String) -> Bool {
        self.definition.slot(slotID)?.isSensitive ?? false
    }
}
