// The one file of this target that uses Foundation: JSONEncoder and JSONDecoder write and read
// the Codable conversation state of --state-dir files, off the hot path of reading requests.
internal import FoundationEssentials
import SwitchboardCore

/// Encodes saved sessions as the JSON of their `Codable` conformance, and decodes them.
enum SavedSessionCoding {
    /// The format version written into every state file.
    static let format = 1

    /// The file's content: `{"format":1,"session":{...}}`, keys sorted.
    ///
    /// - Throws: ``SessionPersistenceError`` when a counter is out of the range ``decode(_:path:)``
    ///   accepts (the dialogue machine's counters stop at ``ConversationState/maximumCount``, so
    ///   only a state made by hand has one): a file is never written that could not be read back.
    static func encode(_ session: SavedSession) throws(SessionPersistenceError) -> [UInt8] {
        if let counter = Self.counterOutOfRange(in: session.state) {
            throw SessionPersistenceError(
                path: session.session,
                reason: "cannot save the session: \(counter.name) is \(counter.value); "
                    + "expected 0 to \(Self.maximumCount)")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(StateFile(format: Self.format, session: session)))
        } catch {
            throw SessionPersistenceError(
                path: session.session, reason: "cannot encode the session: \(error)")
        }
    }

    /// Reads a file's content back.
    static func decode(
        _ bytes: [UInt8], path: String
    ) throws(SessionPersistenceError) -> SavedSession {
        // The project's parser once: it says where the JSON is broken (JSONDecoder says only
        // "not valid JSON", or names a field without its place), and it keeps a repeated key,
        // which JSONDecoder would settle silently by keeping the first value. The bridge never
        // writes one, so such a file was damaged or edited by hand, and which value is meant
        // cannot be told.
        let parsed = Result { () throws(JSONParseError) in
            try JSONParser(maxDepth: Self.maximumDepth).parse(bytes)
        }
        if case .success(let root) = parsed, let duplicate = JSONDuplicateKey.earliest(in: root) {
            throw Self.refusal(of: duplicate, path: path)
        }
        let file: StateFile
        do {
            file = try JSONDecoder().decode(StateFile.self, from: Data(bytes))
        } catch {
            let root: JSONNode
            switch parsed {
            case .success(let node):
                root = node
            case .failure(let error):
                throw SessionPersistenceError(
                    path: path, location: error.location,
                    reason: "not a session state file: not valid JSON: \(error.message)")
            }
            guard let decoding = error as? DecodingError else {
                throw SessionPersistenceError(
                    path: path, reason: "not a session state file: \(error)")
            }
            // A number JSONDecoder cannot hold (1.5 or 1e400 where a whole number goes) comes
            // back as "not valid JSON" with no field: find it.
            if case .dataCorrupted(let context) = decoding, context.codingPath.isEmpty,
                let number = Self.unreadableNumber(
                    in: bytes, root: root, isRefused: Self.isRefusedWithoutPlace)
            {
                throw SessionPersistenceError(
                    path: path, location: number.location,
                    reason: "not a session state file: \(number.reason)")
            }
            let problem = Self.problem(decoding, in: root)
            throw SessionPersistenceError(
                path: path, location: problem.location,
                reason: "not a session state file: \(problem.reason)")
        }
        guard file.format == Self.format else {
            throw SessionPersistenceError(
                path: path, location: Self.location(of: [FieldKey("format")], in: parsed),
                reason: "state file format \(file.format) is not \(Self.format)")
        }
        if let counter = Self.counterOutOfRange(in: file.session.state) {
            let keys = [FieldKey("session"), FieldKey("state")] + counter.keys
            throw SessionPersistenceError(
                path: path, location: Self.location(of: keys, in: parsed),
                reason: "not a session state file: session.state.\(counter.name) is "
                    + "\(counter.value); expected 0 to \(Self.maximumCount)")
        }
        return file.session
    }

    /// The error for a file with a repeated key: at the repeat, naming the field and where it
    /// first appears.
    private static func refusal(
        of duplicate: JSONDuplicateKey, path: String
    ) -> SessionPersistenceError {
        let first = duplicate.first.keyLocation
        return SessionPersistenceError(
            path: path, location: duplicate.again.keyLocation,
            reason: "not a session state file: \(duplicate.path) appears \(duplicate.appearances) "
                + "(first at line \(first.line), column \(first.column))")
    }

    /// Whether JSONDecoder refuses these bytes as corrupt without naming a field: what it does
    /// with a number it cannot convert to the type the field has.
    private static func isRefusedWithoutPlace(_ bytes: [UInt8]) -> Bool {
        do {
            _ = try JSONDecoder().decode(StateFile.self, from: Data(bytes))
            return false
        } catch DecodingError.dataCorrupted(let context) {
            return context.codingPath.isEmpty
        } catch {
            return false
        }
    }

    /// How deep a file's JSON is parsed: as deep as JSONDecoder itself reads (512), so a file
    /// it refuses for depth is reported with its place too.
    private static let maximumDepth = 512

    /// The largest count a state file may hold (``ConversationState/maximumCount``).
    static let maximumCount = ConversationState.maximumCount

    /// The first counter of `state` that is negative or above ``maximumCount``.
    ///
    /// Its name as the messages write it (`stack[0].attempts`), its keys under the state, and
    /// its value. The engine adds 1 to counters and picks variants with them, so such a value
    /// would stop the bridge.
    private static func counterOutOfRange(
        in state: ConversationState
    ) -> (name: String, keys: [FieldKey], value: Int)? {
        // Every save checks: the common case, all in range, describes nothing.
        let range = 0...Self.maximumCount
        if range.contains(state.turn), range.contains(state.consecutiveFallbacks),
            state.stack.allSatisfy({ range.contains($0.attempts) }),
            state.variantUses.values.allSatisfy({ range.contains($0) })
        {
            return nil
        }
        var counters: [(name: String, keys: [FieldKey], value: Int)] = [
            ("turn", [FieldKey("turn")], state.turn),
            (
                "consecutiveFallbacks", [FieldKey("consecutiveFallbacks")],
                state.consecutiveFallbacks
            ),
        ]
        for (index, frame) in state.stack.enumerated() {
            counters.append(
                (
                    "stack[\(index)].attempts",
                    [FieldKey("stack"), FieldKey(index: index), FieldKey("attempts")],
                    frame.attempts
                ))
        }
        for key in state.variantUses.keys.sorted() {
            counters.append(
                (
                    "variantUses[\"\(key)\"]", [FieldKey("variantUses"), FieldKey(key)],
                    state.variantUses[key, default: 0]
                ))
        }
        return counters.first { !range.contains($0.value) }
    }

    /// Where the value at `keys` is written in a file's JSON, for a problem found after it
    /// decoded.
    static func location(of keys: [FieldKey], in bytes: [UInt8]) -> SourceLocation? {
        (try? JSONParser(maxDepth: Self.maximumDepth).parse(bytes)).flatMap {
            Self.node(at: keys, in: $0)?.location
        }
    }

    /// ``location(of:in:)`` in JSON already parsed (or not parsable: `nil`).
    private static func location(
        of keys: [FieldKey], in parsed: Result<JSONNode, JSONParseError>
    ) -> SourceLocation? {
        guard case .success(let root) = parsed else { return nil }
        return Self.node(at: keys, in: root)?.location
    }

    /// A key of a state file's JSON: an object member's name or an array index.
    struct FieldKey: CodingKey {
        var stringValue: String
        var intValue: Int?

        init(_ name: String) {
            self.stringValue = name
            self.intValue = nil
        }

        init(index: Int) {
            self.stringValue = "\(index)"
            self.intValue = index
        }

        init?(stringValue: String) { self.init(stringValue) }

        init?(intValue: Int) { self.init(index: intValue) }
    }

    /// The shape of a state file.
    private struct StateFile: Codable {
        var format: Int
        var session: SavedSession
    }
}
