/// The response to `ping`: `{"id", "type":"pong", "protocol":1, "sessions"}`.
public struct BridgePong: Sendable, Hashable {
    /// The request's id (`null` on the line when it had none).
    public var id: BridgeRequestID?
    /// How many sessions the bridge holds.
    public var sessions: Int

    /// Creates a pong.
    public init(id: BridgeRequestID?, sessions: Int) {
        self.id = id
        self.sessions = sessions
    }
}
