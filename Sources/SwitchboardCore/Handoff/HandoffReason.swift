/// Why a conversation was handed to a person: the reason codes of the handoff log.
public enum HandoffReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// The user asked for a person.
    case userRequest = "user_request"
    /// The bot kept failing to understand.
    case lowConfidence = "low_confidence"
    /// A slot's attempts ran out.
    case slotAttemptsExhausted = "slot_attempts_exhausted"
    /// A safety rule fired (self-harm, threats, account takeover, fraud).
    case safety
    /// Strong customer authentication (such as 3-D Secure) is needed, which a bot may not do.
    case paymentAuthentication = "payment_authentication"
    /// The procedure says a person must decide.
    case policyRequired = "policy_required"
    /// The user made a complaint.
    case complaint
}

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
