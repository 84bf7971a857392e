/// What happened to a handed-off case after the handoff: the lifecycle events of the log.
public enum HandoffEventKind: String, Sendable, Hashable, CaseIterable {
    /// A person took the case (the first response the SLA measures).
    case accepted
    /// A person closed the case.
    case resolved
    /// The case was closed without a resolution (the user left, a duplicate, spam).
    case abandoned

    /// The status a ticket has after the event.
    public var status: HandoffStatus {
        switch self {
        case .accepted: .accepted
        case .resolved: .resolved
        case .abandoned: .abandoned
        }
    }
}
