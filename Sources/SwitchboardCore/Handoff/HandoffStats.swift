/// Counts and times over a handoff log's tickets: what operations reports on.
///
/// Times to accept and to resolve are measured from the handoff; medians are over the
/// tickets that got there. The SLA counts are ``SLAFigures``, as `switchboard report` counts
/// them: a ticket breaches its SLA when nobody accepted it by its due time (see
/// ``HandoffTicket/isBreached(at:)``), judged at `now` for tickets still waiting.
public struct HandoffStats: Sendable, Equatable {
    /// The moment the stats are judged at.
    public var now: Timestamp
    /// Tickets per status.
    public var byStatus: [HandoffStatus: Int]
    /// Tickets per priority.
    public var byPriority: [HandoffPriority: Int]
    /// Tickets per reason code.
    public var byReason: [HandoffReason: Int]
    /// The SLA figures of all tickets.
    public var sla: SLAFigures
    /// The SLA figures per queue id.
    public var slaByQueue: [String: SLAFigures]
    /// The median time from handoff to acceptance, in seconds; `nil` when none was accepted.
    public var medianSecondsToAccept: Double?
    /// The median time from handoff to resolution, in seconds; `nil` when none was resolved.
    public var medianSecondsToResolve: Double?

    /// Works out the stats of `tickets` at `now`.
    public init(tickets: [HandoffTicket], now: Timestamp) {
        self.now = now
        self.byStatus = [:]
        self.byPriority = [:]
        self.byReason = [:]
        self.sla = SLAFigures()
        self.slaByQueue = [:]
        var toAccept: [Int64] = []
        var toResolve: [Int64] = []
        for ticket in tickets {
            let record = ticket.record
            self.byStatus[ticket.status, default: 0] += 1
            self.byPriority[record.priority, default: 0] += 1
            self.byReason[record.reason, default: 0] += 1
            self.sla.add(ticket, now: now)
            self.slaByQueue[record.queue, default: SLAFigures()].add(ticket, now: now)
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

    /// All tickets.
    public var tickets: Int { self.sla.tickets }

    /// Tickets per queue id.
    public var byQueue: [String: Int] { self.slaByQueue.mapValues(\.tickets) }

    /// Tickets that breached their SLA.
    public var slaBreaches: Int { self.sla.breaches }

    /// Of those, the ones still waiting for a person.
    public var openPastDue: Int { self.sla.overdue }

    /// Breaches per queue id, for the queues that had any.
    public var slaBreachesByQueue: [String: Int] {
        self.slaByQueue.compactMapValues { $0.breaches > 0 ? $0.breaches : nil }
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
