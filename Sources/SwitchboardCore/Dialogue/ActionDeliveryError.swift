/// Why a result could not be delivered to a conversation; the conversation is unchanged.
public enum ActionDeliveryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The conversation waits for no action call (never made, already answered or timed out).
    case nothingPending(call: String)
    /// The conversation waits for another call.
    case unknownCall(call: String, pending: String)
    /// A result arrived after the call's deadline; only its timeout can be delivered now.
    case late(call: String)

    /// The call named.
    public var call: String {
        switch self {
        case .nothingPending(let call), .unknownCall(let call, _), .late(let call): call
        }
    }

    /// The problem as a sentence fragment.
    public var description: String {
        switch self {
        case .nothingPending(let call):
            "no action call \"\(call)\" is pending (never made, already answered, or timed out)"
        case .unknownCall(let call, let pending):
            "action call \"\(call)\" is not the one pending (\"\(pending)\")"
        case .late(let call):
            "the result of action call \"\(call)\" came after its deadline"
        }
    }
}
