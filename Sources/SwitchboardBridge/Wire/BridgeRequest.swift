public import SwitchboardCore

/// One input line of the bridge protocol, version 1, after validation.
///
/// ```json
/// {"id": 7, "type": "message", "session": "web-42", "text": "I want a refund",
///  "user": "u-1001", "context": {"plan": "plus"}}
/// ```
///
/// `type` defaults to `message`. `session` is present for every type but `ping`; `text` is
/// present for `message`. Read one with ``parse(_:maxDepth:)``.
/// Protocol 1.1 adds `action_result`:
///
/// ```json
/// {"type": "action_result", "session": "web-42", "call": "C2-73VXRJ5M", "ok": true,
///  "data": {"status": "delivered"}}
/// ```
public struct BridgeRequest: Sendable, Hashable {
    /// The client's id for the request, echoed on its response.
    public var id: BridgeRequestID?
    /// What to do.
    public var type: BridgeRequestType
    /// The session id; `nil` only for `ping`.
    public var session: String?
    /// What the user typed (`message`).
    public var text: String?
    /// The user's id, written to handoff records.
    public var user: String?
    /// Values the frontend knows about the user, merged into the session's context.
    public var context: [String: BridgeContextValue]
    /// The call answered (`action_result`).
    public var call: String?
    /// The result delivered (`action_result`): `ok` with `data`, or `error`.
    public var result: ActionResult?

    /// The longest session id accepted, in UTF-8 bytes.
    ///
    /// Session ids become file names under `--state-dir` (escaped, at most three bytes per
    /// byte), and file names are limited to 255 bytes.
    public static let maxSessionBytes = 80

    /// Creates a request.
    public init(
        id: BridgeRequestID? = nil, type: BridgeRequestType = .message, session: String?,
        text: String? = nil, user: String? = nil, context: [String: BridgeContextValue] = [:],
        call: String? = nil, result: ActionResult? = nil
    ) {
        self.call = call
        self.result = result
        self.id = id
        self.type = type
        self.session = session
        self.text = text
        self.user = user
        self.context = context
    }
}
