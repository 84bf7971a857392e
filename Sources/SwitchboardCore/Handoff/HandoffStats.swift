/// Counts and times over a handoff log's tickets: what operations reports on.
///
/// Times to accept and to resolve are measured from the handoff; medians are over the
/// tickets that got there. A ticket breaches its SLA when nobody accepted it by its due time
/// (see ``HandoffTicket/isBreached(at:)``), judged at `now` for tickets still waiting.
public struct HandoffStats: Sendable, Equatable {
    /// The moment the stats are judged at.
    public var now: Timestamp
    /// All tickets.
    public var tickets: Int
    /// Tickets per status.
    public var byStatus: [HandoffStatus: Int]
    /// Tickets per queue id.
    public var byQueue: [String: Int]
    /// Tickets per priority.
    public var byPriority: [HandoffPriority: Int]
    /// Tickets per reason code.
    public var byReason: [HandoffReason: Int]
    /// Tickets that breached their SLA.
    public var slaBreaches: Int
    /// Of those, the ones still waiting for a person.
    public var openPastDue: Int
    /// Breaches per queue id.
    public var slaBreachesByQueue: [String: Int]
    /// The median time from handoff to acceptance, in seconds; `nil` when none was accepted.
    public var medianSecondsToAccept: Double?
    /// The median time from handoff to resolution, in seconds; `nil` when none was resolved.
    public var medianSecondsToResolve: Double?

    /// Works out the stats of `tickets` at `now`.
    public init(tickets: [HandoffTicket], now: Timestamp) {
        self.now = now
        self.tickets = tickets.count
        self.byStatus = [:]
        self.byQueue = [:]
        self.byPriority = [:]
        self.byReason = [:]
        self.slaBreaches = 0
        self.openPastDue = 0
        self.slaBreachesByQueue = [:]
        var toAccept: [Int64] = []
        var toResolve: [Int64] = []
        for ticket in tickets {
            let record = ticket.record
            self.byStatus[ticket.status, default: 0] += 1
            self.byQueue[record.queue, default: 0] += 1
            self.byPriority[record.priority, default: 0] += 1
            self.byReason[record.reason, default: 0] += 1
            if ticket.isBreached(at: now) {
                self.slaBreaches += 1
                self.slaBreachesByQueue[record.queue, default: 0] += 1
                if ticket.status == .open { self.openPastDue += 1 }
            }
            let start = record.time.millisecondsSince1970
            if let accepted = ticket.acceptedAt {
                toAccept.append(accepted.millisecondsSince1970 - start)
            }
            if let resolved = ticket.resolvedAt {
                toResolve.append(resolved.millisecondsSince1970 - start)
            }
        }
        self.medianSecondsToAccept = Self.medianSeconds(toAccept)
        self.medianSecondsToResolve = Self.medianSeconds(toResolve)
    }

    private static func medianSeconds(_ milliseconds: [Int64]) -> Double? {
        guard !milliseconds.isEmpty else { return nil }
        let sorted = milliseconds.sorted()
        let middle = sorted.count / 2
        let median =
            sorted.count.isMultiple(of: 2)
            ? (Double(sorted[middle - 1]) + Double(sorted[middle])) / 2 : Double(sorted[middle])
        return median / 1000
    }
}
