/// What a report needs from the handoff log: the handoff records, and when each ticket was
/// first accepted by a person (`accepted` lifecycle lines with the same `ticket`).
///
/// Other lifecycle lines (`resolved`, `abandoned`, ...) are read past; lines that are not
/// JSON, and `handoff` or `accepted` lines with a missing or wrong field, are returned as
/// problems with their line numbers.
///
/// ```swift
/// let (tickets, problems) = try HandoffTickets.read(path: "handoff.jsonl")
/// tickets.acceptances["TKT-7Q2M9XKD"]  // when it was accepted, if it was
/// ```
public struct HandoffTickets: Sendable {
    /// The handoff records, in log order.
    public var records: [HandoffRecord] = []
    /// The first acceptance time of each ticket.
    public var acceptances: [String: Timestamp] = [:]

    /// Creates an empty set.
    public init() {}

    /// Reads the handoff log at `path`; a missing file holds no tickets.
    ///
    /// - Throws: ``HandoffStoreError`` when the file exists but cannot be read.
    public static func read(
        path: String
    ) throws(HandoffStoreError) -> (tickets: HandoffTickets, problems: [LogLineError]) {
        var tickets = HandoffTickets()
        var problems: [LogLineError] = []
        let fileProblems: [JSONLinesProblem]
        do throws(StorageError) {
            fileProblems = try JSONLinesFile(path: path).forEachLine { line in
                do throws(LogFieldError) {
                    try tickets.add(JSONNode(value: .object(line.object)))
                } catch {
                    problems.append(error.at(path: path, line: line.number))
                }
            }
        } catch {
            throw HandoffStoreError(error)
        }
        problems += fileProblems.map { LogLineError($0) }
        problems.sort { $0.line < $1.line }
        return (tickets, problems)
    }

    /// Adds one parsed line.
    ///
    /// - Throws: ``LogFieldError`` when a `handoff` or `accepted` line lacks a field.
    public mutating func add(_ node: JSONNode) throws(LogFieldError) {
        let fields = try LogFields(node)
        switch try fields.string("event") {
        case "handoff":
            // Name the first missing or wrong field before the record's own reader (which
            // only says whether the line is a record).
            _ = try fields.string("ticket")
            _ = try fields.time("time")
            _ = try fields.string("session")
            _ = try fields.string("queue")
            _ = try fields.choice("priority", as: HandoffPriority.self)
            _ = try fields.choice("reason", as: HandoffReason.self)
            _ = try fields.time("due")
            guard let record = HandoffRecord(json: node) else {
                throw LogFieldError(field: nil, reason: "not a complete handoff record")
            }
            self.records.append(record)
        case "accepted":
            let ticket = try fields.string("ticket")
            let time = try fields.time("time")
            if let earlier = self.acceptances[ticket], earlier <= time { return }
            self.acceptances[ticket] = time
        default:
            return
        }
    }
}
