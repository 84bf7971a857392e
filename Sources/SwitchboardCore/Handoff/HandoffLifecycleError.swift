/// A lifecycle event that may not be recorded, or a log that could not take it.
public enum HandoffLifecycleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No handoff record in the log at `path` has the ticket.
    case unknownTicket(ticket: String, path: String, suggestion: String?)
    /// The ticket's handoff record, at `line` of the log at `path`, has an invalid field and
    /// was skipped, so the ticket has no status to change.
    case skippedRecord(ticket: String, path: String, line: Int)
    /// The ticket's status does not allow the event.
    case invalidTransition(ticket: String, status: HandoffStatus, event: HandoffEventKind)
    /// The event would come before the ticket's handoff or its last event.
    case outOfOrder(ticket: String, time: Timestamp, previous: Timestamp)
    /// The log could not be read or written.
    case store(HandoffStoreError)

    /// A sentence fragment for the command line.
    public var description: String {
        switch self {
        case .unknownTicket(let ticket, let path, let suggestion):
            "no handoff record in \(path) has ticket \(ticket)"
                + (suggestion.map { " (did you mean \($0)?)" } ?? "")
        case .skippedRecord(let ticket, let path, let line):
            "the handoff record of ticket \(ticket) at \(path):\(line) cannot be read, so the "
                + "ticket has no status to change; mend that line first"
        case .invalidTransition(let ticket, let status, let event):
            Self.transitionMessage(ticket: ticket, status: status, event: event)
        case .outOfOrder(let ticket, let time, let previous):
            "ticket \(ticket) last changed at \(previous.isoString); an event at "
                + "\(time.isoString) would come before it"
        case .store(let error):
            error.description
        }
    }

    private static func transitionMessage(
        ticket: String, status: HandoffStatus, event: HandoffEventKind
    ) -> String {
        let verb =
            switch event {
            case .accepted: "accept"
            case .resolved: "resolve"
            case .abandoned: "abandon"
            }
        switch status {
        case .resolved, .abandoned:
            return "ticket \(ticket) is already \(status.rawValue); a closed ticket cannot be "
                + event.rawValue
        case .accepted where event == .accepted:
            return "ticket \(ticket) is already accepted"
        case .open where event == .resolved:
            return "ticket \(ticket) is open; accept it before you resolve it"
        default:
            return "ticket \(ticket) is \(status.rawValue); cannot \(verb) it"
        }
    }
}
