/// How urgent a handed-off case is.
public enum HandoffPriority: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Someone may be at risk.
    case urgent
    /// Money or access is at stake.
    case high
    /// The usual case.
    case normal
    /// Can wait.
    case low

    /// More urgent priorities sort first.
    public static func < (lhs: HandoffPriority, rhs: HandoffPriority) -> Bool {
        let order: [HandoffPriority] = [.urgent, .high, .normal, .low]
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
