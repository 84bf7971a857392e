extension DefinitionDecoder {
    static let flowKeys = ["title", "sop", "queue", "start", "states"]
    static let sopKeys = ["owner", "policy", "version", "reviewed"]
    static let commonStateKeys = ["type", "say", "set"]
    static let stateKeys: [String: [String]] = [
        "say": ["next"],
        "collect": ["slot", "next", "exhausted", "ask"],
        "confirm": [
            "yes", "no", "options", "retry", "maxAttempts", "onExhausted", "exhausted",
            "valueMeansYes", "valueMeansNo",
        ],
        "branch": ["branches", "else"],
        "answer": ["query", "next", "notFound"],
        "call": ["flow", "next"],
        "action": ["action", "args", "result", "timeout", "next", "onFailure", "onTimeout"],
        "handoff": ["queue", "priority", "reason", "repeat"],
        "end": ["csat", "close"],
    ]

    /// Decodes one flow of the `flows` section.
    mutating func flow(_ member: JSONMember) -> FlowDefinition? {
        let node = member.value
        let path = Self.join("flows", member.key)
        guard let object = self.object(node, at: path, allowed: Self.flowKeys) else { return nil }
        let title = self.string(object, "title", in: node, at: path) ?? member.key
        var sop: SOPMetadata?
        if let sopNode = object["sop"] {
            let sopPath = Self.join(path, "sop")
            if let sopObject = self.object(sopNode, at: sopPath, allowed: Self.sopKeys) {
                let policy = self.string(sopObject, "policy", in: sopNode, at: sopPath)
                let reviewed = self.string(sopObject, "reviewed", in: sopNode, at: sopPath)
                // Written to the handoff log for the human team: a link they can open and a
                // real day, as the schema has them.
                if let policy, let policyNode = sopObject["policy"],
                    !(policy.hasPrefix("https://") || policy.hasPrefix("http://"))
                        || policy.hasSuffix("//")
                {
                    self.error(
                        "invalid-value",
                        "\"\(policy)\" is not a link: write the policy's http:// or https:// address",
                        policyNode, Self.join(sopPath, "policy"))
                }
                if let reviewed, let reviewedNode = sopObject["reviewed"],
                    CalendarDate(iso: reviewed) == nil
                {
                    self.error(
                        "invalid-value",
                        "\"\(reviewed)\" is not a date such as \"2026-09-14\" (YYYY-MM-DD, a real day)",
                        reviewedNode, Self.join(sopPath, "reviewed"))
                }
                sop = SOPMetadata(
                    owner: self.string(sopObject, "owner", in: sopNode, at: sopPath),
                    policy: policy,
                    version: self.string(sopObject, "version", in: sopNode, at: sopPath),
                    reviewed: reviewed)
            }
        }
        guard let statesNode = object["states"] else {
            self.missing("states", in: node, at: path)
            return nil
        }
        let statesPath = Self.join(path, "states")
        let members = self.keyedObject(statesNode, at: statesPath)
        if members.isEmpty, case .object = statesNode.value {
            self.error("empty-value", "a flow needs at least one state", statesNode, statesPath)
        }
        let states = members.compactMap { self.state($0, at: statesPath) }
        let start =
            self.reference(object, "start", in: node, at: path, required: false)
            ?? members.first.map {
                Reference($0.key, at: self.origin($0.value, Self.join(statesPath, $0.key)))
            }
        guard let start else { return nil }
        return FlowDefinition(
            id: member.key, title: title, sop: sop,
            queue: self.reference(object, "queue", in: node, at: path, required: false),
            start: start, states: states,
            origin: self.origin(node, path))
    }

    private mutating func state(_ member: JSONMember, at statesPath: String) -> FlowState? {
        let node = member.value
        let path = Self.join(statesPath, member.key)
        guard case .object(let raw) = node.value else {
            self.error(
                "wrong-type", "expected a state object, found \(node.value.typeName)", node, path)
            return nil
        }
        guard let typeNode = raw["type"] else {
            self.missing("type", in: node, at: path)
            return nil
        }
        let typePath = Self.join(path, "type")
        guard let type = self.string(typeNode, at: typePath) else { return nil }
        guard let specific = Self.stateKeys[type] else {
            let types = Self.stateKeys.keys.sorted()
            self.error(
                "invalid-value",
                "\"\(type)\" is not a state type (\(types.map { "\"\($0)\"" }.joined(separator: ", ")))",
                typeNode, typePath, suggestion: Suggestion.closest(to: type, among: types))
            return nil
        }
        guard let object = self.object(node, at: path, allowed: Self.commonStateKeys + specific)
        else { return nil }
        let say = object["say"].map { self.messages($0, at: Self.join(path, "say")) } ?? []
        let assignments =
            object["set"].map { self.assignments($0, at: Self.join(path, "set")) } ?? []
        guard let step = self.step(type, object, node, at: path, say: say) else { return nil }
        return FlowState(
            id: member.key, say: say, assignments: assignments, step: step,
            origin: self.origin(node, path))
    }

    private mutating func step(
        _ type: String, _ object: JSONObject, _ node: JSONNode, at path: String,
        say: [MessageTemplate]
    ) -> FlowStep? {
        func reference(_ key: String, required: Bool = true) -> Reference? {
            self.reference(object, key, in: node, at: path, required: required)
        }
        switch type {
        case "say":
            return reference("next").map { .say(next: $0) }
        case "collect":
            let slot = reference("slot")
            let next = reference("next")
            let exhausted = reference("exhausted", required: false)
            var alwaysAsk = false
            if let askNode = object["ask"],
                let ask = self.string(askNode, at: Self.join(path, "ask"))
            {
                switch ask {
                case "always": alwaysAsk = true
                case "ifEmpty": alwaysAsk = false
                default:
                    self.error(
                        "invalid-value", "\"\(ask)\" is not \"ifEmpty\" or \"always\"", askNode,
                        Self.join(path, "ask"),
                        suggestion: Suggestion.closest(to: ask, among: ["ifEmpty", "always"]))
                }
            }
            guard let slot, let next else { return nil }
            return .collect(slot: slot, next: next, exhausted: exhausted, alwaysAsk: alwaysAsk)
        case "confirm":
            // A "say" that is there but broken (an unclosed brace) is reported where it is.
            if object["say"] == nil {
                self.error(
                    "missing-field", "a confirm state needs \"say\": the yes/no question", node,
                    path)
            }
            let yes = reference("yes")
            let no = reference("no")
            var options = [Template(literal: "Yes"), Template(literal: "No")]
            if let optionsNode = object["options"] {
                let optionsPath = Self.join(path, "options")
                if case .array(let items) = optionsNode.value, !items.isEmpty {
                    options = items.enumerated().compactMap {
                        self.template($1, at: Self.index(optionsPath, $0))
                    }
                } else {
                    self.error(
                        "wrong-type",
                        "expected a list of strings, found \(optionsNode.value.typeName)",
                        optionsNode, optionsPath)
                }
            }
            let retry = object["retry"].flatMap { self.message($0, at: Self.join(path, "retry")) }
            let exhausted = reference("exhausted", required: false)
            let maxAttempts =
                self.integer(object, "maxAttempts", at: path, range: 1...10)
                ?? ConfirmSpec.defaultMaxAttempts
            var onExhausted = ExhaustionPolicy.handoff
            if let policy = self.choice(object, "onExhausted", at: path, as: ExhaustionPolicy.self)
            {
                if policy == .skip, let policyNode = object["onExhausted"] {
                    // A slot can be left empty; a yes/no question has no branch to skip to.
                    self.error(
                        "invalid-value",
                        "a yes/no question cannot be skipped: use \"handoff\" or \"cancel\", "
                            + "or name the state to go to in \"exhausted\"",
                        policyNode, Self.join(path, "onExhausted"))
                } else {
                    onExhausted = policy
                }
            }
            let valueMeansYes = self.bool(object, "valueMeansYes", at: path) ?? true
            let valueMeansNo = self.bool(object, "valueMeansNo", at: path) ?? true
            guard let yes, let no else { return nil }
            return .confirm(
                ConfirmSpec(
                    yes: yes, no: no, options: options, retry: retry, maxAttempts: maxAttempts,
                    onExhausted: onExhausted, exhausted: exhausted, valueMeansYes: valueMeansYes,
                    valueMeansNo: valueMeansNo, hasDefaultOptions: object["options"] == nil))
        case "branch":
            let otherwise = reference("else")
            var branches: [Branch] = []
            if let branchesNode = object["branches"] {
                let branchesPath = Self.join(path, "branches")
                if case .array(let items) = branchesNode.value {
                    if items.isEmpty {
                        self.error(
                            "empty-value", "must not be an empty list", branchesNode, branchesPath)
                    }
                    for (index, item) in items.enumerated() {
                        if let branch = self.branch(item, at: Self.index(branchesPath, index)) {
                            branches.append(branch)
                        }
                    }
                } else {
                    self.error(
                        "wrong-type",
                        "expected a list of {\"if\", \"then\"}, found \(branchesNode.value.typeName)",
                        branchesNode, branchesPath)
                }
            } else {
                self.missing("branches", in: node, at: path)
            }
            guard let otherwise else { return nil }
            return .branch(branches, otherwise: otherwise)
        case "answer":
            let query = object["query"].flatMap { self.template($0, at: Self.join(path, "query")) }
            let next = reference("next")
            let notFound = reference("notFound", required: false)
            guard let next else { return nil }
            return .answer(query: query, next: next, notFound: notFound)
        case "call":
            let flow = reference("flow")
            let next = reference("next")
            guard let flow, let next else { return nil }
            return .call(flow: flow, next: next)
        case "action":
            return self.actionStep(object, node, at: path)
        case "handoff":
            let queue = reference("queue", required: false)
            let priority =
                self.choice(object, "priority", at: path, as: HandoffPriority.self) ?? .normal
            guard object["reason"] != nil else {
                self.missing("reason", in: node, at: path)
                return nil
            }
            let repeats = self.bool(object, "repeat", at: path) ?? true
            guard let reason = self.choice(object, "reason", at: path, as: HandoffReason.self)
            else { return nil }
            return .handoff(
                HandoffSpec(
                    queue: queue, priority: priority, reason: reason, repeatsGuidance: repeats))
        default:
            let csat = self.bool(object, "csat", at: path) ?? false
            let close = self.bool(object, "close", at: path) ?? false
            return .end(csat: csat, close: close)
        }
    }

    private mutating func branch(_ node: JSONNode, at path: String) -> Branch? {
        guard let object = self.object(node, at: path, allowed: ["if", "then"]) else {
            return nil
        }
        guard let conditionNode = object["if"] else {
            self.missing("if", in: node, at: path)
            return nil
        }
        let condition = self.condition(conditionNode, at: Self.join(path, "if"))
        let target = self.reference(object, "then", in: node, at: path, required: true)
        guard let (parsed, source) = condition, let target else { return nil }
        return Branch(
            condition: parsed, source: source, target: target,
            origin: self.origin(conditionNode, Self.join(path, "if")))
    }

    private mutating func assignments(_ node: JSONNode, at path: String) -> [SlotAssignment] {
        guard case .object = node.value else {
            self.error(
                "wrong-type", "expected an object of slot values, found \(node.value.typeName)",
                node, path)
            return []
        }
        var assignments: [SlotAssignment] = []
        for member in self.keyedObject(node, at: path) {
            let valuePath = Self.join(path, member.key)
            let keyNode = JSONNode(value: .string(member.key), location: member.keyLocation)
            let slot = Reference(member.key, at: self.origin(keyNode, valuePath))
            switch member.value.value {
            case .string:
                // Parsed as a message is: "{other_slot}" copies that slot's value with its
                // type, "{context.key}" the frontend's, other placeholders are rendered.
                guard let template = self.template(member.value, at: valuePath) else { continue }
                assignments.append(
                    SlotAssignment(
                        slot: slot, template: template,
                        origin: self.origin(member.value, valuePath)))
            case .number(let number):
                guard let value = self.finite(number, member.value, valuePath) else { continue }
                assignments.append(SlotAssignment(slot: slot, source: .value(.number(value))))
            case .bool(let flag):
                assignments.append(SlotAssignment(slot: slot, source: .value(.bool(flag))))
            default:
                self.error(
                    "wrong-type",
                    "expected a string, number or boolean, found \(member.value.value.typeName)",
                    member.value, valuePath)
            }
        }
        return assignments
    }
}
