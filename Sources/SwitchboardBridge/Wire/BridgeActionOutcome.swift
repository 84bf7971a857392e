/// On a reply to an `action_result` or to a timeout (protocol 1.1): which call it follows
/// and what became of it (`success`, `failure` or `timeout`).
///
/// When the `action_result` line itself was malformed (an `ok` that is not a boolean, a
/// `data` that is not an object; protocol 1.3), the call failed because of it and ``error``
/// says what was wrong with the line, with the code an `error` line would carry:
///
/// ```json
/// "action":{"call":"C2-07PYSM1Q","outcome":"failure",
///           "error":{"code":"invalid_field","message":"\"ok\" must be true or false"}}
/// ```
public struct BridgeActionOutcome: Sendable, Hashable {
    /// The call.
    public var call: String
    /// `success`, `failure` or `timeout`.
    public var outcome: String
    /// Why the `action_result` line was refused, when the call failed because its result was
    /// malformed (written last, as `"error":{"code","message"}`, only then).
    public var error: BridgeError?

    /// Creates an outcome.
    public init(call: String, outcome: String, error: BridgeError? = nil) {
        self.call = call
        self.outcome = outcome
        self.error = error
    }
}
