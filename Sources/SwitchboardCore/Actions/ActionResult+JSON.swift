extension ActionResult {
    /// Reads an answer as hosts write it: `{"ok": true, "data": {...}}` or
    /// `{"ok": false, "error": "..."}`; in mocks also `{"timeout": true}`.
    ///
    /// - Returns: the result, or why the object is not one (a malformed answer is a failure
    ///   of that call only; the caller decides).
    public static func read(
        _ object: JSONObject, allowsTimeout: Bool
    ) -> Result<ActionResult, ActionResultError> {
        if allowsTimeout, let timeout = object["timeout"] {
            guard timeout.value.boolValue == true else {
                return .failure(ActionResultError("\"timeout\" must be true", at: timeout))
            }
            return .success(.timeout)
        }
        guard let okNode = object["ok"] else {
            return .failure(
                ActionResultError(
                    allowsTimeout
                        ? "missing \"ok\" (true or false) or \"timeout\": true"
                        : "missing \"ok\" (true or false)", at: nil))
        }
        guard let ok = okNode.value.boolValue else {
            return .failure(ActionResultError("\"ok\" must be true or false", at: okNode))
        }
        if ok {
            guard let dataNode = object["data"] else { return .success(.success([:])) }
            guard case .object(let data) = dataNode.value else {
                if dataNode.value.isNull { return .success(.success([:])) }
                return .failure(
                    ActionResultError(
                        "\"data\" must be an object, not \(dataNode.value.typeName)", at: dataNode))
            }
            return .success(.success(Self.flatten(data)))
        }
        // `null` counts as absent, as everywhere in the protocol.
        guard let errorNode = object["error"], !errorNode.value.isNull else {
            return .success(.failure("failed"))
        }
        guard let message = errorNode.value.stringValue else {
            return .failure(
                ActionResultError(
                    "\"error\" must be a string, not \(errorNode.value.typeName)", at: errorNode))
        }
        return .success(.failure(message))
    }

    /// A result's data with nested objects flattened to dotted keys (`order.status`); arrays
    /// are not read.
    public static func flatten(_ object: JSONObject) -> [String: ActionValue] {
        var values: [String: ActionValue] = [:]
        func add(_ object: JSONObject, prefix: String) {
            for member in object.members {
                let key = prefix.isEmpty ? member.key : prefix + "." + member.key
                switch member.value.value {
                case .string(let text): values[key] = .string(text)
                case .number(let number): values[key] = .number(number.double)
                case .bool(let flag): values[key] = .bool(flag)
                case .null: values[key] = .null
                case .object(let inner): add(inner, prefix: key)
                case .array: break
                }
            }
        }
        add(object, prefix: "")
        return values
    }
}
