/// A handed-off case as the log tells it: the handoff record and the lifecycle events after it.
public struct HandoffTicket: Sendable, Hashable {
    /// The handoff record.
    public var record: HandoffRecord
    /// The record's line in the log.
    public var line: Int
    /// The lifecycle events, in log order.
    public var events: [HandoffEvent]
    /// The status after the last event.
    public var status: HandoffStatus

    /// A ticket just handed off.
    public init(record: HandoffRecord, line: Int) {
        self.record = record
        self.line = line
        self.events = []
        self.status = .open
    }

    /// The ticket id.
    public var ticket: String { self.record.ticket }

    /// When a person must have accepted the case by.
    public var due: Timestamp { self.record.due }

    /// When a person accepted the case.
    public var acceptedAt: Timestamp? { self.time(of: .accepted) }

    /// When the case was resolved.
    public var resolvedAt: Timestamp? { self.time(of: .resolved) }

    /// When the case was abandoned.
    public var abandonedAt: Timestamp? { self.time(of: .abandoned) }

    /// The agent of the latest event that names one.
    public var agent: String? { self.events.last { $0.agent != nil }?.agent }

    /// The time of the latest event, or of the handoff.
    public var lastChange: Timestamp { self.events.last?.time ?? self.record.time }

    /// When the SLA clock stopped: acceptance, or abandonment before anyone accepted; `nil`
    /// while the case waits.
    public var slaStoppedAt: Timestamp? { self.acceptedAt ?? self.abandonedAt }

    /// Whether the case breached its SLA by `now`: nobody accepted it by its due time (it is
    /// still waiting past due, was accepted late, or was abandoned past due unaccepted).
    public func isBreached(at now: Timestamp) -> Bool {
        (self.slaStoppedAt ?? now) > self.due
    }

    /// How many minutes past due the case was accepted (or is, if still waiting), a started
    /// minute counting as one, so a breach is never "0m late"; `nil` when within its SLA.
    public func minutesLate(at now: Timestamp) -> Int? {
        guard self.isBreached(at: now) else { return nil }
        let late = (self.slaStoppedAt ?? now).millisecondsSince1970 - self.due.millisecondsSince1970
        return Int((late + 59_999) / 60_000)
    }

    /// Adds an event (already checked with ``HandoffLedger/check(_:)``).
    mutating func apply(_ event: HandoffEvent) {
        self.events.append(event)
        self.status = event.kind.status
    }

    private func time(of kind: HandoffEventKind) -> Timestamp? {
        self.events.first { $0.kind == kind }?.time
    }
}
