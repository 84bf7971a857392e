extension DefinitionDecoder {
    static let intentKeys = [
        "title", "examples", "rules", "priority", "responses", "flow", "global", "safety", "effect",

    ]
    static let ruleKeys = ["phrase", "keywords", "regex", "priority", "unless"]

    /// Decodes one intent of the `intents` section.
    mutating func intent(_ member: JSONMember) -> IntentDefinition? {
        let node = member.value
        let path = Self.join("intents", member.key)
        guard let object = self.object(node, at: path, allowed: Self.intentKeys) else { return nil }
        let title = self.string(object, "title", in: node, at: path) ?? member.key
        let examples =
            object["examples"].map { self.strings($0, at: Self.join(path, "examples")) } ?? []
        let priority = self.integer(object, "priority", at: path, range: -1000...1000) ?? 0
        var rules: [HandRule] = []
        if let rulesNode = object["rules"] {
            let rulesPath = Self.join(path, "rules")
            if case .array(let items) = rulesNode.value {
                for (index, item) in items.enumerated() {
                    if let rule = self.rule(
                        item, at: Self.index(rulesPath, index), defaultPriority: priority)
                    {
                        rules.append(rule)
                    }
                }
            } else {
                self.error(
                    "wrong-type", "expected a list of rules, found \(rulesNode.value.typeName)",
                    rulesNode, rulesPath)
            }
        }
        let responses =
            object["responses"].map { self.variants($0, at: Self.join(path, "responses")) } ?? []
        let flow = self.reference(object, "flow", in: node, at: path, required: false)
        let isGlobal = self.bool(object, "global", at: path) ?? false
        let isSafety = self.bool(object, "safety", at: path) ?? false
        let effect = self.choice(object, "effect", at: path, as: IntentEffect.self) ?? .none
        return IntentDefinition(
            id: member.key, title: title, examples: examples, rules: rules, responses: responses,
            flow: flow, isGlobal: isGlobal, isSafety: isSafety, effect: effect,
            origin: self.origin(node, path))
    }

    private mutating func rule(_ node: JSONNode, at path: String, defaultPriority: Int) -> HandRule?
    {
        guard let object = self.object(node, at: path, allowed: Self.ruleKeys) else { return nil }
        let matcherKeys = ["phrase", "keywords", "regex"].filter { object[$0] != nil }
        guard matcherKeys.count == 1, let key = matcherKeys.first, let value = object[key] else {
            self.error(
                "invalid-rule",
                matcherKeys.isEmpty
                    ? "a rule needs one of \"phrase\", \"keywords\" or \"regex\""
                    : "a rule has exactly one of \"phrase\", \"keywords\" or \"regex\", not "
                        + matcherKeys.map { "\"\($0)\"" }.joined(separator: " and "),
                node, path)
            return nil
        }
        let valuePath = Self.join(path, key)
        let matcher: HandRule.Matcher
        switch key {
        case "phrase":
            guard let phrase = self.string(value, at: valuePath) else { return nil }
            guard Self.hasWords(phrase) else {
                self.error("empty-value", "the phrase has no words to match", value, valuePath)
                return nil
            }
            matcher = .phrase(phrase)
        case "keywords":
            let words = self.strings(value, at: valuePath, allowEmptyList: false)
            guard !words.isEmpty else { return nil }
            for (index, word) in words.enumerated() where !Self.hasWords(word) {
                self.error(
                    "empty-value", "the keyword has no letters or digits", value,
                    Self.index(valuePath, index))
            }
            matcher = .keywords(words)
        default:
            guard let pattern = self.pattern(value, at: valuePath) else { return nil }
            if let literal = pattern.literalNeverInNormalizedText {
                let kind = literal.isLetter ? "an upper-case \"\(literal)\"" : "\"\(literal)\""
                self.warning(
                    "unmatchable-regex",
                    "the pattern asks for \(kind), which the message never has when rules see it "
                        + "(lower case, punctuation turned into spaces), so the rule never fires",
                    value, valuePath)
            }
            matcher = .regex(pattern)
        }
        let priority =
            self.integer(object, "priority", at: path, range: -1000...1000) ?? defaultPriority
        let unless =
            object["unless"].map {
                self.strings($0, at: Self.join(path, "unless"), acceptsSingle: true)
            } ?? []
        return HandRule(
            matcher: matcher, priority: priority, unless: unless, origin: self.origin(node, path))
    }

    static func hasWords(_ text: String) -> Bool {
        !TextNormalizer().normalize(text).isEmpty
    }

    static let entityKeys = [
        "type", "format", "values", "pattern", "ignoreCase", "uppercase", "group",
        "acceptsBareNumbers",
        "dayFirst",
    ]

    /// Decodes one entity of the `entities` section.
    mutating func entity(_ member: JSONMember) -> EntityDefinition? {
        let node = member.value
        let path = Self.join("entities", member.key)
        if EntityDefinition.builtins.contains(where: { $0.id == member.key }) {
            self.error(
                "builtin-entity",
                "\"\(member.key)\" is a built-in entity; give the custom one another id",
                node, path)
            return nil
        }
        guard let object = self.object(node, at: path, allowed: Self.entityKeys) else { return nil }
        guard let typeNode = object["type"] else {
            self.missing("type", in: node, at: path)
            return nil
        }
        let typePath = Self.join(path, "type")
        guard let type = self.string(typeNode, at: typePath) else { return nil }
        let options: [String: [String]] = [
            "email": [], "phone": [], "number": [], "text": [], "yes_no": [],
            "money": ["acceptsBareNumbers"], "date": ["dayFirst"], "reference": ["format"],
            "list": ["values"], "regex": ["pattern", "ignoreCase", "uppercase", "group"],
        ]
        guard let allowed = options[type] else {
            self.error(
                "invalid-value", "\"\(type)\" is not an entity type", typeNode, typePath,
                suggestion: Suggestion.closest(to: type, among: options.keys.sorted()))
            return nil
        }
        for member in object.members
        where !["type"].contains(member.key) && !allowed.contains(member.key) {
            let keyNode = JSONNode(value: .string(member.key), location: member.keyLocation)
            self.error(
                "unknown-field", "\"\(member.key)\" is not an option of \(type) entities", keyNode,
                Self.join(path, member.key))
        }
        let kind: EntityKind
        switch type {
        case "email": kind = .email
        case "phone": kind = .phone
        case "number": kind = .number
        case "text": kind = .text
        case "yes_no": kind = .yesNo
        case "money":
            kind = .money(
                acceptsBareNumbers: self.bool(object, "acceptsBareNumbers", at: path) ?? false)
        case "date":
            kind = .date(dayFirst: self.bool(object, "dayFirst", at: path))
        case "reference":
            guard let format = self.string(object, "format", in: node, at: path, required: true)
            else { return nil }
            guard ReferenceExtractor(format: format) != nil, let formatNode = object["format"]
            else {
                if let formatNode = object["format"] {
                    self.error(
                        "invalid-format",
                        "the format has no placeholder ('#' digit, 'A' letter, 'X' letter or digit)",
                        formatNode, Self.join(path, "format"))
                }
                return nil
            }
            _ = formatNode
            kind = .reference(format: format)
        case "list":
            guard let valuesNode = object["values"] else {
                self.missing("values", in: node, at: path)
                return nil
            }
            let values = self.listValues(valuesNode, at: Self.join(path, "values"))
            guard !values.isEmpty else { return nil }
            kind = .list(values)
        default:
            guard let patternNode = object["pattern"] else {
                self.missing("pattern", in: node, at: path)
                return nil
            }
            let ignoresCase = self.bool(object, "ignoreCase", at: path) ?? false
            guard
                let pattern = self.pattern(
                    patternNode, at: Self.join(path, "pattern"), ignoresCase: ignoresCase)
            else { return nil }
            let group = self.integer(object, "group", at: path, range: 0...99) ?? 0
            if group > pattern.captureCount, let groupNode = object["group"] {
                self.error(
                    "out-of-range",
                    "the pattern has \(pattern.captureCount) capture group(s), not \(group)",
                    groupNode, Self.join(path, "group"))
            }
            kind = .regex(
                pattern: pattern, group: group,
                uppercase: self.bool(object, "uppercase", at: path) ?? false)
        }
        return EntityDefinition(id: member.key, kind: kind, origin: self.origin(node, path))
    }

    private mutating func listValues(_ node: JSONNode, at path: String) -> [ListValue] {
        guard case .object(let object) = node.value else {
            self.error(
                "wrong-type",
                "expected an object of values to synonyms, found \(node.value.typeName)", node, path
            )
            return []
        }
        if object.members.isEmpty {
            self.error("empty-value", "a list entity needs at least one value", node, path)
        }
        _ = self.keyedObject(node, at: path)
        return object.members.filter { $0.key != Self.comment }.map { member in
            ListValue(
                canonical: member.key,
                synonyms: self.strings(
                    member.value, at: Self.join(path, member.key), acceptsSingle: true))
        }
    }

    static let slotKeys = [
        "title", "entity", "prompts", "invalid", "validate", "maxAttempts", "onExhausted",
        "sensitive",

    ]
    static let validationKeys = [
        "min", "max", "minLength", "maxLength", "pattern", "oneOf", "notFuture", "notPast",
        "maxDaysAgo",
        "message",
    ]

    /// Decodes one slot of the `slots` section.
    mutating func slot(_ member: JSONMember) -> SlotDefinition? {
        let node = member.value
        let path = Self.join("slots", member.key)
        guard let object = self.object(node, at: path, allowed: Self.slotKeys) else { return nil }
        let title = self.string(object, "title", in: node, at: path) ?? member.key
        let entity = self.reference(object, "entity", in: node, at: path, required: true)
        // A slot only an action fills needs no prompts; ReferenceCheck reports a collect
        // state whose slot has none.
        var prompts: [MessageTemplate] = []
        if let promptsNode = object["prompts"] {
            prompts = self.messages(promptsNode, at: Self.join(path, "prompts"))
        }
        let invalid = object["invalid"].flatMap { self.message($0, at: Self.join(path, "invalid")) }
        let validation = object["validate"].flatMap {
            self.validation($0, at: Self.join(path, "validate"))
        }
        let maxAttempts = self.integer(object, "maxAttempts", at: path, range: 1...10) ?? 3
        let onExhausted =
            self.choice(object, "onExhausted", at: path, as: ExhaustionPolicy.self) ?? .handoff
        let isSensitive = self.bool(object, "sensitive", at: path) ?? false
        guard let entity else { return nil }
        return SlotDefinition(
            id: member.key, title: title, entity: entity, prompts: prompts, invalid: invalid,
            validation: validation, maxAttempts: maxAttempts, onExhausted: onExhausted,
            isSensitive: isSensitive, origin: self.origin(node, path))
    }

    private mutating func validation(_ node: JSONNode, at path: String) -> SlotValidation? {
        guard let object = self.object(node, at: path, allowed: Self.validationKeys) else {
            return nil
        }
        var validation = SlotValidation()
        for key in Self.validationKeys {
            if let value = object[key] {
                validation.origins[key] = self.origin(value, Self.join(path, key))
            }
        }
        validation.min = self.number(object, "min", at: path)
        validation.max = self.number(object, "max", at: path)
        validation.minLength = self.integer(object, "minLength", at: path, range: 0...100_000)
        validation.maxLength = self.integer(object, "maxLength", at: path, range: 1...100_000)
        validation.pattern = object["pattern"].flatMap {
            self.pattern($0, at: Self.join(path, "pattern"))
        }
        validation.oneOf = object["oneOf"].map {
            self.strings($0, at: Self.join(path, "oneOf"), allowEmptyList: false)
        }
        validation.notFuture = self.bool(object, "notFuture", at: path) ?? false
        validation.notPast = self.bool(object, "notPast", at: path) ?? false
        validation.maxDaysAgo = self.integer(object, "maxDaysAgo", at: path, range: 0...100_000)
        validation.message = object["message"].flatMap {
            self.message($0, at: Self.join(path, "message"))
        }
        if let min = validation.min, let max = validation.max, min > max {
            self.error(
                "invalid-value",
                "min (\(SlotValue.format(min))) is greater than max (\(SlotValue.format(max)))",
                node, path)
        }
        return validation
    }
}
