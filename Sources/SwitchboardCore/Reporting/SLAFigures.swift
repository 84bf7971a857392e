/// Whether handed-off tickets were accepted by a person before they were due.
///
/// A ticket breaches its SLA when it was accepted after its due time, or when it has not
/// been accepted and is past due at the report's time.
public struct SLAFigures: Sendable, Hashable {
    /// Handoff records counted.
    public var tickets: Int = 0
    /// Accepted at or before the due time.
    public var acceptedInTime: Int = 0
    /// Accepted after the due time (a breach).
    public var acceptedLate: Int = 0
    /// Not accepted and past due (a breach).
    public var overdue: Int = 0
    /// Not accepted and not yet due.
    public var waiting: Int = 0
    /// How many `accepted` lines the handoff log holds for the counted tickets: 0 usually
    /// means the team does not record acceptances, so every past-due ticket is a breach.
    public var acceptances: Int = 0

    /// Creates empty figures.
    public init() {}

    /// Breaches: accepted late plus overdue.
    public var breaches: Int { self.acceptedLate + self.overdue }

    /// Breaches over tickets; `nil` when there were no tickets.
    public var breachRate: Double? {
        self.tickets > 0 ? Double(self.breaches) / Double(self.tickets) : nil
    }

    /// Counts one ticket, due at `due`, accepted at `accepted` (if it was), seen at `now`.
    public mutating func add(due: Timestamp, accepted: Timestamp?, now: Timestamp) {
        self.tickets += 1
        if let accepted {
            self.acceptances += 1
            if accepted <= due { self.acceptedInTime += 1 } else { self.acceptedLate += 1 }
        } else if now > due {
            self.overdue += 1
        } else {
            self.waiting += 1
        }
    }
}
