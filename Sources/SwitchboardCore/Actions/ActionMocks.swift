/// Canned action results, for the REPL (`--mocks FILE`) and for transcripts, so that flows
/// with actions run offline and always the same way.
///
/// A mocks file maps action names to one result, or to a list of results each with an
/// optional `when` (arguments that must all be equal); the first that matches wins:
///
/// ```json
/// {
///   "order_status": [
///     {"when": {"order_id": "TP-00000404"}, "ok": false, "error": "no such order"},
///     {"when": {"order_id": "TP-00000504"}, "timeout": true},
///     {"ok": true, "data": {"status": "delivered"}}
///   ],
///   "two_factor_status": {"ok": true, "data": {"enabled": true}}
/// }
/// ```
///
/// An action with no matching mock fails (`no mock for ...`), which takes the flow's failure
/// path: a missing mock never hangs a replay.
public struct ActionMocks: Sendable, Hashable {
    /// One canned result.
    public struct Entry: Sendable, Hashable {
        /// Arguments the request must have, with these values; empty matches every request.
        public var when: [String: ActionValue]
        /// The result.
        public var result: ActionResult

        /// Creates an entry.
        public init(when: [String: ActionValue] = [:], result: ActionResult) {
            self.when = when
            self.result = result
        }
    }

    /// The entries by action name, in the order they are tried.
    public var entries: [String: [Entry]]

    /// The name of a bot's own mocks file, beside its definitions; the loader skips it.
    public static let fileName = "mocks.json"

    /// The mocks shipped beside a bot (`DIRECTORY/mocks.json`); none when there is no file.
    public static func shipped(with directory: String) throws(ActionMocksError) -> ActionMocks {
        let path = (directory.hasSuffix("/") ? directory : directory + "/") + Self.fileName
        guard FileSystem.exists(path) else { return ActionMocks() }
        return try Self.load(from: path)
    }

    /// Creates mocks.
    public init(entries: [String: [Entry]] = [:]) {
        self.entries = entries
    }

    /// The canned result for a request: the first entry whose `when` matches.
    public func result(for request: ActionRequest) -> ActionResult {
        for entry in self.entries[request.name] ?? []
        where entry.when.allSatisfy({ request.arguments[$0.key] == $0.value }) {
            return entry.result
        }
        return .failure("no mock for \(request.name) with these arguments")
    }

    /// These mocks with `other`'s entries tried first.
    public func overridden(by other: ActionMocks) -> ActionMocks {
        var merged = self
        for (name, entries) in other.entries {
            merged.entries[name] = entries + (self.entries[name] ?? [])
        }
        return merged
    }

    /// Reads a mocks file.
    ///
    /// - Throws: ``ActionMocksError`` naming the file, line and JSON path of the problem.
    public static func load(from path: String) throws(ActionMocksError) -> ActionMocks {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path)
        } catch {
            throw ActionMocksError(path: path, line: 0, jsonPath: "", message: error.reason)
        }
        return try Self.parse(bytes, path: path)
    }

    /// Reads mocks from JSON text.
    public static func parse(_ bytes: [UInt8], path: String) throws(ActionMocksError) -> ActionMocks
    {
        let root: JSONNode
        do {
            root = try JSONParser(maxDepth: 64).parse(bytes)
        } catch {
            throw ActionMocksError(
                path: path, line: error.location.line, jsonPath: error.path,
                message: error.message)
        }
        guard case .object(let object) = root.value else {
            throw ActionMocksError(
                path: path, line: root.location.line, jsonPath: "",
                message: "expected an object of action names, found \(root.value.typeName)")
        }
        var mocks = ActionMocks()
        for member in object.members where member.key != "//" {
            guard Identifier.isValid(member.key) else {
                throw ActionMocksError(
                    path: path, line: member.keyLocation.line, jsonPath: member.key,
                    message: "\"\(member.key)\" is not an action name")
            }
            var entries: [Entry] = []
            switch member.value.value {
            case .array(let items):
                for (index, item) in items.enumerated() {
                    entries.append(
                        try Self.entry(item, path: path, jsonPath: "\(member.key)[\(index)]"))
                }
            default:
                entries.append(try Self.entry(member.value, path: path, jsonPath: member.key))
            }
            mocks.entries[member.key, default: []].append(contentsOf: entries)
        }
        return mocks
    }

    /// Reads one entry: a result object with an optional `when`.
    public static func entry(
        _ node: JSONNode, path: String, jsonPath: String
    ) throws(ActionMocksError) -> Entry {
        guard case .object(let object) = node.value else {
            throw ActionMocksError(
                path: path, line: node.location.line, jsonPath: jsonPath,
                message: "expected a result object, found \(node.value.typeName)")
        }
        for member in object.members
        where !["when", "ok", "data", "error", "timeout"].contains(member.key) {
            throw ActionMocksError(
                path: path, line: member.keyLocation.line, jsonPath: jsonPath + "." + member.key,
                message: "unknown field \"\(member.key)\" (when, ok, data, error, timeout)")
        }
        var when: [String: ActionValue] = [:]
        if let whenNode = object["when"] {
            guard case .object(let arguments) = whenNode.value else {
                throw ActionMocksError(
                    path: path, line: whenNode.location.line, jsonPath: jsonPath + ".when",
                    message: "expected an object of arguments, found \(whenNode.value.typeName)")
            }
            when = ActionResult.flatten(arguments)
        }
        switch ActionResult.read(object, allowsTimeout: true) {
        case .success(let result):
            return Entry(when: when, result: result)
        case .failure(let problem):
            throw ActionMocksError(
                path: path, line: problem.location?.line ?? node.location.line,
                jsonPath: jsonPath, message: problem.message)
        }
    }
}
