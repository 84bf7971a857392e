/// The session and call an `action_result` line names, read from a line that was rejected
/// for another of its fields (protocol 1.3).
///
/// A malformed result for the call its session waits for fails that call at once, so the
/// conversation takes its failure path instead of waiting for the deadline; the reply says
/// why in `action.error`. When the session waits for no such call, the line gets its `error`
/// as any other bad line does.
public struct BridgeCallReference: Sendable, Hashable {
    /// The session the line names.
    public var session: String
    /// The call the line answers.
    public var call: String

    /// Creates a reference.
    public init(session: String, call: String) {
        self.session = session
        self.call = call
    }
}
