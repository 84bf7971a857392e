/// Whether handed-off tickets were accepted by a person before they were due.
///
/// A ticket **breaches** its SLA as ``HandoffTicket/isBreached(at:)`` says: nobody accepted
/// it by its due time (accepted late, abandoned past due without being accepted, or still
/// waiting past due at the report's time).
public struct SLAFigures: Sendable, Hashable {
    /// Tickets counted.
    public var tickets: Int = 0
    /// Accepted at or before the due time.
    public var acceptedInTime: Int = 0
    /// Accepted after the due time (a breach).
    public var acceptedLate: Int = 0
    /// Abandoned without being accepted (a breach when after the due time).
    public var abandoned: Int = 0
    /// Still waiting for a person, past due (a breach).
    public var overdue: Int = 0
    /// Still waiting for a person, not yet due.
    public var waiting: Int = 0
    /// Tickets that breached their SLA.
    public var breaches: Int = 0

    /// Creates empty figures.
    public init() {}

    /// Breaches over tickets; `nil` when there were no tickets.
    public var breachRate: Double? {
        self.tickets > 0 ? Double(self.breaches) / Double(self.tickets) : nil
    }

    /// Counts one ticket as it stands at `now`.
    public mutating func add(_ ticket: HandoffTicket, now: Timestamp) {
        self.tickets += 1
        if ticket.isBreached(at: now) { self.breaches += 1 }
        if let accepted = ticket.acceptedAt {
            if accepted <= ticket.due { self.acceptedInTime += 1 } else { self.acceptedLate += 1 }
        } else if ticket.abandonedAt != nil {
            self.abandoned += 1
        } else if now > ticket.due {
            self.overdue += 1
        } else {
            self.waiting += 1
        }
    }
}
