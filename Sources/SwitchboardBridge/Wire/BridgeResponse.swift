/// One output line of the bridge protocol, version 1.
///
/// Every input line gets exactly one response, in order; the `ready` line comes first, before
/// any input is read. Write one with ``jsonLine()``.
public enum BridgeResponse: Sendable, Hashable {
    /// `{"type":"ready",...}`: the bridge is serving.
    case ready(BridgeReady)
    /// `{"type":"reply",...}`: a turn's result.
    case reply(BridgeReply)
    /// `{"type":"state",...}`: a session's position.
    case state(BridgeStateReport)
    /// `{"type":"pong",...}`: the bridge is alive.
    case pong(BridgePong)
    /// `{"id"?,"type":"error","error":{"code","message"}}`: a line that was not served.
    case error(BridgeRejection)
    /// `{"type":"action",...}`: the frontend must perform an action (protocol 1.1).
    case action(BridgeActionCall)
    /// `{"type":"erased",...}`: a user's data is gone (protocol 1.1; `unreadableFiles` 1.2).
    case erased(BridgeErasure)

    /// The `type` field of the line.
    public var type: String {
        switch self {
        case .ready: "ready"
        case .reply: "reply"
        case .state: "state"
        case .pong: "pong"
        case .error: "error"
        case .action: "action"
        case .erased: "erased"
        }
    }
}
