public import SwitchboardCore

/// An `action` line (protocol 1.1): the bot asks the frontend to perform an action for a
/// session and waits for an `action_result` naming the call, until the deadline.
///
/// ```json
/// {"type":"action","session":"web-42","call":"C2-73VXRJ5M","name":"order_status",
///  "args":{"order_id":"TP-12345678"},"timeoutMs":5000,"deadline":"2026-11-27T10:00:05.000Z"}
/// ```
public struct BridgeActionCall: Sendable, Hashable {
    /// The session.
    public var session: String
    /// The engine's request.
    public var request: ActionRequest

    /// Creates an action line's content.
    public init(session: String, request: ActionRequest) {
        self.session = session
        self.request = request
    }
}
