/// On a reply to an `action_result` or to a timeout (protocol 1.1): which call it follows
/// and what became of it (`success`, `failure` or `timeout`).
public struct BridgeActionOutcome: Sendable, Hashable {
    /// The call.
    public var call: String
    /// `success`, `failure` or `timeout`.
    public var outcome: String

    /// Creates an outcome.
    public init(call: String, outcome: String) {
        self.call = call
        self.outcome = outcome
    }
}
