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
