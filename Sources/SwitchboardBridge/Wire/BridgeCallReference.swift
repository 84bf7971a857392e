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
    /// The user the line names, when it names one plainly (a string written once): a line
    /// naming another user than the session's fails no call (protocol 1.4), as a well-formed
    /// result naming them is refused.
    public var user: String?

    /// Creates a reference.
    public init(session: String, call: String, user: String? = nil) {
        self.session = session
        self.call = call
        self.user = user
    }
}
