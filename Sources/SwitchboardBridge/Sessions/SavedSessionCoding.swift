// The one file of this target that uses Foundation: JSONEncoder and JSONDecoder write and read
// the Codable conversation state of --state-dir files, off the hot path of reading requests.
internal import FoundationEssentials
import SwitchboardCore

/// Encodes saved sessions as the JSON of their `Codable` conformance, and decodes them.
enum SavedSessionCoding {
    /// The format version written into every state file.
    static let format = 1

    /// The file's content: `{"format":1,"session":{...}}`, keys sorted.
    static func encode(_ session: SavedSession) throws(SessionPersistenceError) -> [UInt8] {
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
        let file: StateFile
        do {
            file = try JSONDecoder().decode(StateFile.self, from: Data(bytes))
        } catch {
            throw SessionPersistenceError(path: path, reason: "not a session state file: \(error)")
        }
        guard file.format == Self.format else {
            throw SessionPersistenceError(
                path: path, reason: "state file format \(file.format) is not \(Self.format)")
        }
        if let problem = Self.counterOutOfRange(in: file.session.state) {
            throw SessionPersistenceError(
                path: path, reason: "not a session state file: \(problem)")
        }
        return file.session
    }

    /// The largest count a state file may hold: far more turns, answers or uses than any
    /// conversation has, and far enough below `Int.max` that counting on never overflows.
    static let maximumCount = Int(Int32.max)

    /// The first counter of `state` that is negative or above ``maximumCount``, described: the
    /// engine adds 1 to them and picks variants with them, so such a value would stop the bridge.
    private static func counterOutOfRange(in state: ConversationState) -> String? {
        var counters = [("turn", state.turn), ("consecutiveFallbacks", state.consecutiveFallbacks)]
        for (index, frame) in state.stack.enumerated() {
            counters.append(("stack[\(index)].attempts", frame.attempts))
        }
        for key in state.variantUses.keys.sorted() {
            counters.append(("variantUses[\"\(key)\"]", state.variantUses[key, default: 0]))
        }
        for (name, value) in counters where !(0...Self.maximumCount).contains(value) {
            return "\(name) is \(value); expected 0 to \(Self.maximumCount)"
        }
        return nil
    }

    /// The shape of a state file.
    private struct StateFile: Codable {
        var format: Int
        var session: SavedSession
    }
}
