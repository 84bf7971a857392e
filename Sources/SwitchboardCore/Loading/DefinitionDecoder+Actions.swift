extension DefinitionDecoder {
    /// The longest timeout an action may have: 10 minutes.
    static let maximumActionTimeoutSeconds = 600.0

    /// Decodes an `action` state's fields.
    mutating func actionStep(_ object: JSONObject, _ node: JSONNode, at path: String) -> FlowStep? {
        let next = self.reference(object, "next", in: node, at: path, required: true)
        let failure = self.reference(object, "onFailure", in: node, at: path, required: false)
        let timeout = self.reference(object, "onTimeout", in: node, at: path, required: false)
        var name: String?
        if let nameNode = object["action"] {
            let namePath = Self.join(path, "action")
            if let text = self.string(nameNode, at: namePath) {
                if Identifier.isValid(text) {
                    name = text
                } else {
                    self.error(
                        "invalid-value",
                        "\"\(text)\" is not an action name (letters, digits and _, starting with a letter)",
                        nameNode, namePath)
                }
            }
        } else {
            self.missing("action", in: node, at: path)
        }
        var milliseconds = ActionSpec.defaultTimeoutMilliseconds
        if let seconds = self.number(
            object, "timeout", at: path, range: 0.001...Self.maximumActionTimeoutSeconds)
        {
            milliseconds = max(1, Int((seconds * 1000).rounded()))
        }
        let arguments = object["args"].map { self.actionArguments($0, at: Self.join(path, "args")) }
        let results = object["result"].map { self.actionResults($0, at: Self.join(path, "result")) }
        guard let name, let next else { return nil }
        return .action(
            ActionSpec(
                name: name, arguments: arguments ?? [], results: results ?? [],
                timeoutMilliseconds: milliseconds, next: next, failure: failure, timeout: timeout))
    }

    /// `"args": {"order_id": "{order_id}", "plan": "{context.plan}", "channel": "chat"}`.
    private mutating func actionArguments(_ node: JSONNode, at path: String) -> [ActionArgument] {
        guard case .object = node.value else {
            self.error(
                "wrong-type", "expected an object of arguments, found \(node.value.typeName)", node,
                path)
            return []
        }
        var arguments: [ActionArgument] = []
        for member in self.keyedObject(node, at: path) {
            let valuePath = Self.join(path, member.key)
            let origin = self.origin(member.value, valuePath)
            switch member.value.value {
            case .string:
                // Parsed as a message is, so braces, escapes and placeholder names follow the
                // same rules everywhere a definition holds text.
                guard let template = self.template(member.value, at: valuePath) else { continue }
                arguments.append(
                    ActionArgument(name: member.key, template: template, origin: origin))
            case .number(let number):
                guard let value = self.finite(number, member.value, valuePath) else { continue }
                arguments.append(
                    ActionArgument(
                        name: member.key, source: .literal(.number(value)), origin: origin))
            case .bool(let flag):
                arguments.append(
                    ActionArgument(name: member.key, source: .literal(.bool(flag)), origin: origin))
            default:
                self.error(
                    "wrong-type",
                    "expected a string, number or boolean, found \(member.value.value.typeName)",
                    member.value, valuePath)
            }
        }
        return arguments
    }

    /// `"result": {"order_status": "status", "note": {"field": "note", "optional": true}}`:
    /// slot to field; an optional field may be missing from the result.
    private mutating func actionResults(_ node: JSONNode, at path: String) -> [ActionResultField] {
        guard case .object = node.value else {
            self.error(
                "wrong-type",
                "expected an object of slot names to result fields, found \(node.value.typeName)",
                node, path)
            return []
        }
        var fields: [ActionResultField] = []
        for member in self.keyedObject(node, at: path) {
            let valuePath = Self.join(path, member.key)
            var isOptional = false
            var fieldNode = member.value
            var fieldPath = valuePath
            if case .object = member.value.value {
                guard
                    let object = self.object(
                        member.value, at: valuePath, allowed: ["field", "optional"])
                else { continue }
                isOptional = self.bool(object, "optional", at: valuePath) ?? false
                guard let inner = object["field"] else {
                    self.missing("field", in: member.value, at: valuePath)
                    continue
                }
                fieldNode = inner
                fieldPath = Self.join(valuePath, "field")
            }
            guard let field = self.string(fieldNode, at: fieldPath) else { continue }
            let slot = member.key
            let segments = field.split(separator: ".", omittingEmptySubsequences: false)
            guard !segments.isEmpty, segments.allSatisfy({ !$0.isEmpty }) else {
                self.error(
                    "invalid-value", "\"\(field)\" is not a field path such as \"order.status\"",
                    fieldNode, fieldPath)
                continue
            }
            let keyNode = JSONNode(value: .string(member.key), location: member.keyLocation)
            fields.append(
                ActionResultField(
                    slot: Reference(slot, at: self.origin(keyNode, valuePath)), field: field,
                    isOptional: isOptional))
        }
        return fields
    }
}
