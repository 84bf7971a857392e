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

    /// Fills a template: slots (masked when sensitive), context values and the engine's values.
    func render(_ template: Template, _ values: RenderValues) -> String {
        template.render { placeholder in
            switch placeholder {
            case .slot(let id):
                guard let value = self.state.slots[id] else { return "" }
                return self.isSensitive(id)
                    ? "[redacted]" : Self.paymentSecrets.mask(value.displayText)
            case .context(let key):
                // The frontend's values are not the user's words; they are screened the same.
                return Self.paymentSecrets.mask(self.state.context[key]?.displayText ?? "")
            case .builtin(let builtin):
                switch builtin {
                case .bot: return self.settings.name
                case .ticket: return values.ticket ?? ""
                case .queue: return values.queue ?? ""
                case .due: return values.due ?? ""
                case .priority: return values.priority ?? ""
                case .flow: return values.flow ?? ""
                case .title: return values.title ?? ""
                case .summary: return values.summary ?? ""
                case .url: return values.url ?? ""
                }
            }
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
