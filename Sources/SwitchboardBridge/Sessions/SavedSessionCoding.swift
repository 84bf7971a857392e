// The one file of this target that uses Foundation: JSONEncoder and JSONDecoder write and read
// the Codable conversation state of --state-dir files, off the hot path of reading requests.
internal import FoundationEssentials

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
        return file.session
    }

    /// The shape of a state file.
    private struct StateFile: Codable {
        var format: Int
        var session: SavedSession
    }
}
