extension DefinitionDecoder {
    static let settingsKeys = [
        "name", "locale", "version", "greeting", "currency", "dateOrder", "thresholds", "fallback",
        "queues", "defaultQueue", "handoffMessage", "csat", "pii", "messages", "businessHours",
        "conversationLog",
    ]

    /// Decodes the `bot` section.
    mutating func settings(_ node: JSONNode) -> BotSettings? {
        let path = "bot"
        guard let object = self.object(node, at: path, allowed: Self.settingsKeys) else {
            return nil
        }
        let name = self.string(object, "name", in: node, at: path, required: true)
        let locale = self.string(object, "locale", in: node, at: path) ?? "en"
        let language = Language(locale: locale) ?? .english
        if Language(locale: locale) == nil, let localeNode = object["locale"] {
            self.warning(
                "unsupported-locale",
                "locale \"\(locale)\" has no stemmer or yes/no words yet; English rules are "
                    + "used (supported: \(Language.supportedLocales))",
                localeNode, Self.join(path, "locale"))
        }
        let version = self.string(object, "version", in: node, at: path)
        let greeting =
            object["greeting"].map { self.variants($0, at: Self.join(path, "greeting")) } ?? []
        var currency = "USD"
        if let currencyNode = object["currency"],
            let code = self.string(currencyNode, at: Self.join(path, "currency"))
        {
            // An ISO 4217 code, as amounts are written ("12.50 EUR") and the schema has it.
            func isCode(_ text: String) -> Bool {
                text.utf8.count == 3 && text.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
            }
            if isCode(code) {
                currency = code
            } else {
                let upper = code.uppercased()
                self.error(
                    "invalid-value",
                    "\"\(code)\" is not a currency code: three capital letters (ISO 4217), such "
                        + "as \"USD\" or \"EUR\"", currencyNode, Self.join(path, "currency"),
                    suggestion: isCode(upper) ? upper : nil)
            }
        }
        var dayFirst = true
        if let orderNode = object["dateOrder"] {
            switch self.string(orderNode, at: Self.join(path, "dateOrder")) {
            case "dayFirst": dayFirst = true
            case "monthFirst": dayFirst = false
            case .some(let other):
                self.error(
                    "invalid-value", "\"\(other)\" is not \"dayFirst\" or \"monthFirst\"",
                    orderNode,
                    Self.join(path, "dateOrder"),
                    suggestion: Suggestion.closest(to: other, among: ["dayFirst", "monthFirst"]))
            case nil: break
            }
        }
        let thresholds = object["thresholds"].map {
            self.thresholds($0, at: Self.join(path, "thresholds"))
        }
        let businessHours = object["businessHours"].flatMap {
            self.businessHours($0, at: Self.join(path, "businessHours"), allowsFalse: false)
        }
        let queues = self.queues(
            object["queues"], in: node, at: path, businessHours: businessHours ?? nil)
        let defaultQueue: String
        if let queueNode = object["defaultQueue"],
            let id = self.string(queueNode, at: Self.join(path, "defaultQueue"))
        {
            if !queues.contains(where: { $0.id == id }) {
                self.error(
                    "unknown-queue", "unknown queue \"\(id)\"", queueNode,
                    Self.join(path, "defaultQueue"),
                    suggestion: Suggestion.closest(to: id, among: queues.map(\.id)))
            }
            defaultQueue = id
        } else {
            defaultQueue = queues.first?.id ?? "general"
        }
        let fallback = self.fallback(
            object["fallback"], defaultQueue: defaultQueue, language: language,
            at: Self.join(path, "fallback"))
        let handoffMessage =
            object["handoffMessage"].flatMap {
                self.message($0, at: Self.join(path, "handoffMessage"))
            }
            ?? (language == .german ? Self.germanHandoffMessage : Self.defaultHandoffMessage)
        let csat = self.csat(object["csat"], language: language, at: Self.join(path, "csat"))
        let masked = self.piiKinds(object["pii"], at: Self.join(path, "pii"))
        let conversationLog = object["conversationLog"].flatMap {
            self.logPath($0, at: Self.join(path, "conversationLog"))
        }
        var messages = EngineMessages.defaults(for: language)
        if let messagesNode = object["messages"],
            let messagesObject = self.object(
                messagesNode, at: Self.join(path, "messages"),
                allowed: EngineMessages.names)
        {
            for member in messagesObject.members where member.key != Self.comment {
                let messagePath = Self.join(Self.join(path, "messages"), member.key)
                if let message = self.message(member.value, at: messagePath) {
                    _ = messages.set(
                        member.key, to: message, at: self.origin(member.value, messagePath))
                }
            }
        }
        guard let name else { return nil }
        return BotSettings(
            name: name, locale: locale, version: version, greeting: greeting, currency: currency,
            dayFirst: dayFirst, thresholds: thresholds ?? Thresholds(), fallback: fallback,
            queues: queues, defaultQueue: defaultQueue, handoffMessage: handoffMessage, csat: csat,
            maskedData: masked, conversationLog: conversationLog, messages: messages,
            origin: self.origin(node, path))
    }

    static let defaultHandoffMessage = MessageTemplate(
        text: (try? Template.parse(
            "I've passed this to our {queue} team. Your ticket is {ticket}; a person will reply by {due}."
        )) ?? Template(literal: "I've passed this to our team."))

    static let germanHandoffMessage = MessageTemplate(
        text: (try? Template.parse(
            "Ich habe das an unser Team {queue} übergeben. Ihr Ticket ist {ticket}; eine Person "
                + "antwortet bis {due}."))
            ?? Template(literal: "Ich habe das an unser Team übergeben."))

    private mutating func thresholds(_ node: JSONNode, at path: String) -> Thresholds {
        var thresholds = Thresholds()
        guard
            let object = self.object(
                node, at: path, allowed: ["intent", "margin", "kb", "kbCoverage"])
        else {
            return thresholds
        }
        if let value = self.number(object, "intent", at: path, range: 0...1) {
            thresholds.intent = value
        }
        if let value = self.number(object, "margin", at: path, range: 0...1) {
            thresholds.margin = value
        }
        if let value = self.number(object, "kb", at: path, range: 0...1) {
            thresholds.kb = value
        }
        if let value = self.number(object, "kbCoverage", at: path, range: 0...1) {
            thresholds.kbCoverage = value
        }
        return thresholds
    }

    private mutating func queues(
        _ node: JSONNode?, in parent: JSONNode, at parentPath: String,
        businessHours: BusinessHours?
    ) -> [QueueDefinition] {
        guard let node else {
            self.missing("queues", in: parent, at: parentPath)
            return []
        }
        let path = Self.join(parentPath, "queues")
        let members = self.keyedObject(node, at: path)
        if members.isEmpty, case .object = node.value {
            self.error("empty-value", "at least one queue is needed", node, path)
        }
        var queues: [QueueDefinition] = []
        for member in members {
            let queuePath = Self.join(path, member.key)
            guard
                let object = self.object(
                    member.value, at: queuePath, allowed: ["title", "sla", "businessHours"])
            else { continue }
            let title = self.string(object, "title", in: member.value, at: queuePath) ?? member.key
            var sla: [HandoffPriority: Int] = [:]
            if let slaNode = object["sla"] {
                let slaPath = Self.join(queuePath, "sla")
                if let slaObject = self.object(
                    slaNode, at: slaPath, allowed: HandoffPriority.allCases.map(\.rawValue))
                {
                    for priority in HandoffPriority.allCases {
                        if let minutes = self.integer(
                            slaObject, priority.rawValue, at: slaPath, range: 1...525_600)
                        {
                            sla[priority] = minutes
                        } else if slaObject[priority.rawValue] == nil {
                            self.missing(priority.rawValue, in: slaNode, at: slaPath)
                        }
                    }
                }
            } else {
                self.missing("sla", in: member.value, at: queuePath)
            }
            // A queue's own hours replace the bot's; `false` means around the clock.
            var hours = businessHours
            if let hoursNode = object["businessHours"] {
                hours =
                    self.businessHours(
                        hoursNode, at: Self.join(queuePath, "businessHours"), allowsFalse: true)
                    ?? nil
            }
            queues.append(
                QueueDefinition(
                    id: member.key, title: title, slaMinutes: sla, businessHours: hours,
                    origin: self.origin(member.value, queuePath)))
        }
        return queues
    }

    private mutating func fallback(
        _ node: JSONNode?, defaultQueue: String, language: Language, at path: String
    ) -> FallbackPolicy {
        let german = language == .german
        let yesNoOptions =
            german
            ? EngineMessages.yesNoOptions : [Template(literal: "Yes"), Template(literal: "No")]
        var policy = FallbackPolicy(
            messages: [
                [
                    MessageTemplate(
                        literal: "Sorry, I didn't understand that. Could you say it another way?")
                ]
            ],
            maxConsecutive: 2,
            offerHuman: MessageTemplate(
                text: Template(
                    literal: "I'm having trouble understanding. Would you like to talk to a person?"
                ),
                options: [Template(literal: "Yes"), Template(literal: "No")]),
            declined: MessageTemplate(literal: "OK. Ask me something else whenever you like."),
            handoff: HandoffSpec(queue: nil, priority: .normal, reason: .lowConfidence))
        if german {
            policy.messages = [
                [
                    MessageTemplate(
                        literal:
                            "Entschuldigung, das habe ich nicht verstanden. Können Sie es anders "
                            + "formulieren?")
                ]
            ]
            policy.offerHuman = MessageTemplate(
                text: Template(
                    literal:
                        "Ich habe Schwierigkeiten, Sie zu verstehen. Möchten Sie mit einem "
                        + "Menschen sprechen?"),
                options: yesNoOptions)
            policy.declined = MessageTemplate(
                literal: "In Ordnung. Fragen Sie mich gerne jederzeit etwas anderes.")
        }
        guard let node,
            let object = self.object(
                node, at: path,
                allowed: [
                    "messages", "maxConsecutive", "offerHuman", "declined", "handoff",
                ])
        else { return policy }
        if let messages = object["messages"] {
            let variants = self.variants(messages, at: Self.join(path, "messages"))
            if !variants.isEmpty { policy.messages = variants }
        }
        if let count = self.integer(object, "maxConsecutive", at: path, range: 1...20) {
            policy.maxConsecutive = count
        }
        if let offer = object["offerHuman"].flatMap({
            self.message($0, at: Self.join(path, "offerHuman"))
        }) {
            policy.offerHuman = offer
            if offer.options.isEmpty {
                policy.offerHuman.options = yesNoOptions
            }
        }
        if let declined = object["declined"].flatMap({
            self.message($0, at: Self.join(path, "declined"))
        }) {
            policy.declined = declined
        }
        if let handoffNode = object["handoff"] {
            let handoffPath = Self.join(path, "handoff")
            if let handoff = self.object(
                handoffNode, at: handoffPath, allowed: ["queue", "priority", "reason"])
            {
                policy.handoff.queue = self.reference(
                    handoff, "queue", in: handoffNode, at: handoffPath, required: false)
                policy.handoff.priority =
                    self.choice(handoff, "priority", at: handoffPath, as: HandoffPriority.self)
                    ?? .normal
                policy.handoff.reason =
                    self.choice(handoff, "reason", at: handoffPath, as: HandoffReason.self)
                    ?? .lowConfidence
            }
        }
        return policy
    }

    private mutating func csat(
        _ node: JSONNode?, language: Language, at path: String
    ) -> CSATSettings {
        let options = (1...5).map { Template(literal: String($0)) }
        var settings = CSATSettings(
            question: MessageTemplate(
                text: Template(
                    literal: "How would you rate this conversation, from 1 (poor) to 5 (great)?"),
                options: options),
            thanks: MessageTemplate(literal: "Thank you for your feedback."))
        if language == .german {
            settings.question = MessageTemplate(
                text: Template(
                    literal: "Wie bewerten Sie dieses Gespräch, von 1 (schlecht) bis 5 (sehr gut)?"),
                options: options)
            settings.thanks = MessageTemplate(literal: "Vielen Dank für Ihr Feedback.")
        }
        guard let node,
            let object = self.object(node, at: path, allowed: ["question", "thanks"])
        else {
            return settings
        }
        if let question = object["question"].flatMap({
            self.message($0, at: Self.join(path, "question"))
        }) {
            settings.question = question
        }
        if let thanks = object["thanks"].flatMap({ self.message($0, at: Self.join(path, "thanks")) }
        ) {
            settings.thanks = thanks
        }
        return settings
    }

    /// A log file's path: a non-empty string that names a file, not a folder.
    private mutating func logPath(_ node: JSONNode, at path: String) -> String? {
        guard let text = self.string(node, at: path) else { return nil }
        if text.utf8.contains(0) {
            self.error("invalid-value", "a path cannot hold a NUL character", node, path)
            return nil
        }
        if text.hasSuffix("/") || text.hasSuffix("/.") || text.hasSuffix("/..") || text == "."
            || text == ".."
        {
            self.error(
                "invalid-value",
                "\"\(text)\" names a folder; give a file such as conversations.jsonl",
                node, path)
            return nil
        }
        return text
    }

    private mutating func piiKinds(_ node: JSONNode?, at path: String) -> PIIMasker.Kinds {
        guard let node, let object = self.object(node, at: path, allowed: ["mask"]),
            let maskNode = object["mask"]
        else { return .all }
        let names: [String: PIIMasker.Kinds] = [
            "email": .email, "phone": .phone, "card": .paymentCard, "iban": .iban,
            "credential": .credential,
        ]
        var kinds: PIIMasker.Kinds = []
        let maskPath = Self.join(path, "mask")
        guard case .array(let items) = maskNode.value else {
            self.error(
                "wrong-type", "expected a list of strings, found \(maskNode.value.typeName)",
                maskNode, maskPath)
            return .all
        }
        for (index, item) in items.enumerated() {
            guard let name = self.string(item, at: Self.index(maskPath, index)) else { continue }
            if let kind = names[name] {
                kinds.insert(kind)
            } else {
                self.error(
                    "invalid-value",
                    "\"\(name)\" is not one of \"email\", \"phone\", \"card\", \"iban\", \"credential\"",
                    item,
                    Self.index(maskPath, index),
                    suggestion: Suggestion.closest(to: name, among: names.keys.sorted()))
            }
        }
        return kinds
    }
}
