/// The tickets of a handoff log: each handoff record with the lifecycle events after it, and
/// the lines that could not be used, each with its line number and why.
///
/// The ledger is read from the log's lines in order. A line is reported (and skipped) when it
/// is torn or not JSON or has a key twice, when it is a handoff record or an event with a
/// missing or invalid field, when it repeats a ticket, when its event names a ticket no record
/// has (for instance after an erase), or when its event does not follow from the ticket's
/// status.
///
/// ```swift
/// let ledger = try FileHandoffStore(path: "handoff.jsonl").ledger()
/// for problem in ledger.problems { print(problem) }  // handoff.jsonl:7: torn last line …
/// let waiting = ledger.tickets.filter { $0.status == .open }
/// ```
public struct HandoffLedger: Sendable {
    /// The tickets, in the order they were handed off.
    public private(set) var tickets: [HandoffTicket]
    /// The lines that were skipped, with the reason, in line order.
    public private(set) var problems: [JSONLinesProblem]
    /// The log's path.
    public let path: String
    private var index: [String: Int]
    /// The line of each handoff record skipped for an invalid field other than its ticket,
    /// by that ticket: the ticket's events then point at it.
    private var skippedRecords: [String: Int]

    /// An empty ledger of the log at `path`.
    public init(path: String) {
        self.tickets = []
        self.problems = []
        self.path = path
        self.index = [:]
        self.skippedRecords = [:]
    }

    /// Reads the ledger from a log's lines.
    public init(contents: JSONLinesContents, path: String) {
        self.init(path: path)
        self.problems = contents.problems
        for line in contents.lines { self.add(line) }
        self.problems.sort { $0.line < $1.line }
    }

    /// The ticket with an id.
    public func ticket(_ id: String) -> HandoffTicket? {
        self.index[id].map { self.tickets[$0] }
    }

    /// Why the ledger has no ticket with this id: its record was skipped (at a line given),
    /// or there is none (with the closest ticket there is, when one is close).
    public func absence(of ticket: String) -> HandoffLifecycleError {
        if let line = self.skippedRecords[ticket] {
            return .skippedRecord(ticket: ticket, path: self.path, line: line)
        }
        return .unknownTicket(
            ticket: ticket, path: self.path,
            suggestion: Suggestion.closest(to: ticket, among: self.tickets.map(\.ticket)))
    }

    /// Checks that `event` may be recorded now.
    ///
    /// - Throws: ``HandoffLifecycleError`` when no record has the ticket, its status does not
    ///   allow the event, or the event would come before the ticket's last change.
    public func check(_ event: HandoffEvent) throws(HandoffLifecycleError) {
        guard let ticket = self.ticket(event.ticket) else {
            throw self.absence(of: event.ticket)
        }
        guard ticket.status.allows(event.kind) else {
            throw .invalidTransition(
                ticket: ticket.ticket, status: ticket.status, event: event.kind)
        }
        guard event.time >= ticket.lastChange else {
            throw .outOfOrder(ticket: ticket.ticket, time: event.time, previous: ticket.lastChange)
        }
    }

    /// Adds a checked event.
    public mutating func apply(_ event: HandoffEvent) throws(HandoffLifecycleError) {
        try self.check(event)
        if let position = self.index[event.ticket] { self.tickets[position].apply(event) }
    }

    private mutating func add(_ line: JSONLine) {
        guard let kind = line.string("event") else {
            self.report(line, "not a handoff record or lifecycle event (no \"event\"), skipped")
            return
        }
        if kind == "handoff" {
            let record: HandoffRecord
            do throws(LogFieldError) {
                record = try HandoffRecord(fields: LogFields(line))
            } catch {
                self.report(
                    line, "handoff record without a valid \"\(error.field ?? "event")\", skipped")
                if let ticket = line.string("ticket"), !ticket.isEmpty,
                    self.skippedRecords[ticket] == nil
                {
                    self.skippedRecords[ticket] = line.number
                }
                return
            }
            if let existing = self.index[record.ticket] {
                self.report(
                    line,
                    "ticket \(record.ticket) was already handed off at line "
                        + "\(self.tickets[existing].line), skipped")
                return
            }
            self.index[record.ticket] = self.tickets.count
            self.tickets.append(HandoffTicket(record: record, line: line.number))
            return
        }
        let event: HandoffEvent
        do throws(LogFieldError) {
            guard let read = try HandoffEvent(line: line) else {
                self.report(line, "unknown event \"\(kind)\", skipped")
                return
            }
            event = read
        } catch {
            self.report(
                line, "\(kind) event without a valid \"\(error.field ?? "event")\", skipped")
            return
        }
        do throws(HandoffLifecycleError) {
            try self.apply(event)
        } catch {
            switch error {
            case .skippedRecord(_, _, let skipped):
                // The record was there but damaged elsewhere: point at it, not at a ticket
                // that merely looks alike.
                self.report(
                    line,
                    "\(kind) event for ticket \(event.ticket), whose handoff record at line "
                        + "\(skipped) was skipped, skipped")
            case .unknownTicket(_, _, let suggestion):
                // A damaged ticket in its record orphans the ticket's events: point at it.
                let near = suggestion.flatMap { ticket in
                    self.index[ticket].map {
                        " (did you mean \(ticket), at line \(self.tickets[$0].line)?)"
                    }
                }
                self.report(
                    line,
                    "\(kind) event for ticket \(event.ticket), which no handoff record "
                        + "before it has\(near ?? ""), skipped")
            default:
                self.report(line, "\(error), skipped")
            }
        }
    }

    private mutating func report(_ line: JSONLine, _ reason: String) {
        self.problems.append(
            JSONLinesProblem(path: self.path, line: line.number, reason: reason, isTornTail: false))
    }
}
