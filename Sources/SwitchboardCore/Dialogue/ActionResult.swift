/// What became of an action call: the host's answer, or the lack of one.
public enum ActionResult: Sendable, Hashable {
    /// The action succeeded; its data, flattened to dotted keys (`order.status`).
    case success([String: ActionValue])
    /// The action failed, with the host's reason (for the explanation, never shown raw).
    case failure(String)
    /// No answer arrived before the deadline.
    case timeout

    /// The outcome's name: `success`, `failure` or `timeout`.
    public var outcome: String {
        switch self {
        case .success: "success"
        case .failure: "failure"
        case .timeout: "timeout"
        }
    }
}
