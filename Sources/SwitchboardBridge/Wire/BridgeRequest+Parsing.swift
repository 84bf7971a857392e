import SwitchboardCore

extension BridgeRequest {
    /// The deepest nesting of arrays and objects read from a line by default (protocol 1.4;
    /// 4 before): an `action_result` carries what a backend returned in `data`, nested as deep
    /// as a command action's output may be (see ``CommandActionHost``), and the parser is not
    /// recursive, so the limit only keeps absurd lines out.
    public static let defaultMaxDepth = 32

    /// Reads and validates one input line (without its newline).
    ///
    /// Unknown keys are ignored, so later protocol versions can add fields; `null` counts as
    /// absent. A repeated key is refused, because clients disagree about which copy wins.
    ///
    /// - Parameters:
    ///   - line: the line's bytes.
    ///   - maxDepth: the deepest nesting of arrays and objects accepted.
    /// - Throws: ``BridgeRejection`` with the request's `id` when it could be read, and, for
    ///   an `action_result` refused for another field than its `type`, `session` and `call`,
    ///   the session and call it answers (``BridgeRejection/answering``).
    public static func parse(
        _ line: [UInt8], maxDepth: Int = Self.defaultMaxDepth
    ) throws(BridgeRejection) -> BridgeRequest {
        if line.allSatisfy(Self.isWhitespace) {
            throw BridgeRejection(BridgeError(.emptyLine, "the line is empty"))
        }
        let node: JSONNode
        do {
            node = try JSONParser(maxDepth: maxDepth).parse(line)
        } catch {
            throw BridgeRejection(Self.classify(error, line: line, maxDepth: maxDepth))
        }
        guard case .object(let object) = node.value else {
            throw BridgeRejection(
                BridgeError(
                    .notAnObject, "expected a JSON object, found \(node.value.typeNameWithArticle)")
            )
        }
        let id: BridgeRequestID?
        do throws(BridgeError) {
            id = try Self.id(in: object)
        } catch {
            throw BridgeRejection(error, answering: Self.answeredCall(in: object))
        }
        do throws(BridgeError) {
            try Self.checkUniqueKeys(object)
            return try Self.request(from: object, id: id)
        } catch {
            throw BridgeRejection(id: id, error, answering: Self.answeredCall(in: object))
        }
    }

    /// The fields after the `id`, checked.
    private static func request(
        from object: JSONObject, id: BridgeRequestID?
    ) throws(BridgeError) -> BridgeRequest {
        var type = BridgeRequestType.message
        if let name = try Self.string("type", in: object) {
            guard let known = BridgeRequestType(rawValue: name) else {
                let names = BridgeRequestType.allCases.map(\.rawValue).joined(separator: ", ")
                throw BridgeError(
                    .unknownType, "unknown type \(Self.quoted(name)) (expected one of \(names))")
            }
            type = known
        }
        let session = try Self.string("session", in: object)
        if let session {
            guard !session.isEmpty else {
                throw BridgeError(.invalidField, "session must not be empty")
            }
            guard session.utf8.count <= Self.maxSessionBytes else {
                throw BridgeError(
                    .invalidField,
                    "session is \(session.utf8.count) bytes long; the limit is \(Self.maxSessionBytes)"
                )
            }
        } else if type != .ping && type != .erase {
            let article = type.rawValue.first.map { "aeiou".contains($0) } == true ? "an" : "a"
            throw BridgeError(
                .missingField, "\(article) \(type.rawValue) request needs a session")
        }
        let text = try Self.string("text", in: object)
        if type == .message, text == nil {
            throw BridgeError(.missingField, "a message request needs a text")
        }
        var user = try Self.string("user", in: object)
        if type == .erase, (user ?? "").isEmpty {
            throw BridgeError(.missingField, "an erase request needs a user")
        }
        // An empty user names no one, as a session whose state names "" has no user: such a
        // request carries on the session's conversation and may read it, as one without a
        // user does, rather than count as another user (protocol 1.4).
        if user?.isEmpty == true { user = nil }
        let context = try Self.context(in: object)
        var call: String?
        var result: ActionResult?
        if type == .actionResult {
            call = try Self.string("call", in: object)
            guard call != nil else {
                throw BridgeError(.missingField, "an action_result request needs a call")
            }
            guard object["ok"].map({ !$0.value.isNull }) ?? false else {
                throw BridgeError(
                    .missingField, "an action_result request needs ok (true or false)")
            }
            try Self.checkResultFields(object)
            switch ActionResult.read(object, allowsTimeout: false) {
            case .success(let read): result = read
            case .failure(let problem): throw BridgeError(.invalidField, problem.message)
            }
        }
        return BridgeRequest(
            id: id, type: type, session: session, text: text, user: user, context: context,
            call: call, result: result)
    }

    /// The session and call of an `action_result` line, when it names them plainly.
    ///
    /// Plainly: `type`, `session` and `call` each written once, as strings, and the session
    /// one a request may name. `nil` for any other line, so a line that could be meant for
    /// another call fails none. The user, when the line names one plainly, goes with them.
    private static func answeredCall(in object: JSONObject) -> BridgeCallReference? {
        guard Self.onlyString("type", in: object) == BridgeRequestType.actionResult.rawValue,
            let session = Self.onlyString("session", in: object),
            let call = Self.onlyString("call", in: object),
            !session.isEmpty, session.utf8.count <= Self.maxSessionBytes
        else { return nil }
        let user = Self.onlyString("user", in: object)
        return BridgeCallReference(
            session: session, call: call, user: user?.isEmpty == true ? nil : user)
    }

    /// The value of `key` when the object has it exactly once, as a string.
    private static func onlyString(_ key: String, in object: JSONObject) -> String? {
        let members = object.members.filter { $0.key == key }
        guard members.count == 1 else { return nil }
        return members.first?.value.value.stringValue
    }

    /// The `id`, when present; an error (on a line without an id) when it has the wrong type.
    private static func id(in object: JSONObject) throws(BridgeError) -> BridgeRequestID? {
        guard let node = object["id"] else { return nil }
        switch node.value {
        case .string(let string):
            return .string(string)
        case .number(let number):
            return .number(number.text)
        case .null:
            return nil
        default:
            throw BridgeError(
                .invalidField, "id must be a string or a number, not \(node.value.typeName)")
        }
    }

    /// A string field, `nil` when absent or `null`.
    private static func string(_ key: String, in object: JSONObject) throws(BridgeError) -> String?
    {
        guard let node = object[key] else { return nil }
        switch node.value {
        case .string(let string):
            return string
        case .null:
            return nil
        default:
            throw BridgeError(.invalidField, "\(key) must be a string, not \(node.value.typeName)")
        }
    }

    /// The `context` object's values.
    private static func context(
        in object: JSONObject
    ) throws(BridgeError) -> [String: BridgeContextValue] {
        guard let node = object["context"] else { return [:] }
        let members: [JSONMember]
        switch node.value {
        case .object(let context):
            try Self.checkUniqueKeys(context, in: "context")
            members = context.members
        case .null:
            return [:]
        default:
            throw BridgeError(
                .invalidField, "context must be an object, not \(node.value.typeName)")
        }
        var context: [String: BridgeContextValue] = [:]
        for member in members {
            switch member.value.value {
            case .string(let string):
                context[member.key] = .string(string)
            case .number(let number) where number.double.isFinite:
                context[member.key] = .number(number.double)
            case .bool(let flag):
                context[member.key] = .bool(flag)
            case .null:
                context[member.key] = .null
            case .number:
                throw BridgeError(
                    .invalidField, "context.\(member.key) is a number too large to represent")
            default:
                throw BridgeError(
                    .invalidField,
                    "context.\(member.key) must be a string, number, boolean or null, "
                        + "not \(member.value.value.typeName)")
            }
        }
        return context
    }

    /// Refuses an `action_result` whose `ok` is not a boolean, whose `data` is not an object
    /// (or `null`), whose `error` is not a string (or `null`), or whose `data` has a key written
    /// twice in any of its objects: whatever `ok` says, since a line with a field of the wrong
    /// type cannot be used (protocol 1.3), and a repeated key leaves its value to whichever copy
    /// a reader happens to keep.
    private static func checkResultFields(_ object: JSONObject) throws(BridgeError) {
        if let ok = object["ok"], ok.value.boolValue == nil {
            throw BridgeError(.invalidField, "\"ok\" must be true or false")
        }
        if let data = object["data"] {
            switch data.value {
            case .object(let members): try Self.checkUniqueKeys(inData: members, path: "data")
            case .null: break
            default:
                throw BridgeError(
                    .invalidField, "\"data\" must be an object, not \(data.value.typeName)")
            }
        }
        if let error = object["error"], error.value.stringValue == nil, !error.value.isNull {
            throw BridgeError(
                .invalidField, "\"error\" must be a string, not \(error.value.typeName)")
        }
    }

    /// Refuses a `data` object with a key written twice in it or in any object inside it.
    ///
    /// `data` nests no deeper than the parser's depth limit allows (``defaultMaxDepth``, 32
    /// levels since protocol 1.4), so the recursion stays shallow.
    private static func checkUniqueKeys(
        inData object: JSONObject, path: String
    ) throws(BridgeError) {
        try Self.checkUniqueKeys(object, in: path)
        for member in object.members {
            try Self.checkUniqueKeys(inData: member.value.value, path: path + "." + member.key)
        }
    }

    private static func checkUniqueKeys(
        inData value: JSONValue, path: String
    ) throws(BridgeError) {
        switch value {
        case .object(let object): try Self.checkUniqueKeys(inData: object, path: path)
        case .array(let elements):
            for element in elements {
                try Self.checkUniqueKeys(inData: element.value, path: path + "[]")
            }
        default: break
        }
    }

    /// Refuses an object with a key written twice.
    private static func checkUniqueKeys(
        _ object: JSONObject, in path: String? = nil
    ) throws(BridgeError) {
        let members = object.members
        for index in members.indices {
            for earlier in 0..<index where members[earlier].key == members[index].key {
                let key = path.map { "\($0).\(members[index].key)" } ?? members[index].key
                throw BridgeError(.invalidField, "\(key) appears more than once")
            }
        }
    }

    /// The rejection for a line the JSON parser refused.
    private static func classify(
        _ error: JSONParseError, line: [UInt8], maxDepth: Int
    ) -> BridgeError {
        if String(validating: line, as: UTF8.self) == nil {
            // The parser stops at the first problem; when that is a syntax error before the bad
            // bytes, its text says nothing about UTF-8, so name the bad bytes' column instead.
            guard error.message.contains("UTF-8") else {
                let column = UTF8Text.firstInvalidByte(in: line[...])?.column ?? 1
                return BridgeError(.invalidUTF8, "the line is not valid UTF-8 (column \(column))")
            }
            return BridgeError(
                .invalidUTF8,
                "the line is not valid UTF-8: \(error.message) (column \(error.location.column))")
        }
        if error.message.hasPrefix("nesting exceeds") {
            return BridgeError(
                .tooDeep,
                "arrays and objects nest deeper than \(maxDepth) levels "
                    + "(column \(error.location.column))")
        }
        return BridgeError(
            .invalidJSON, "not valid JSON: \(error.message) (column \(error.location.column))")
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    private static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        JSONWriter.escape(String(text.prefix(40)), into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
