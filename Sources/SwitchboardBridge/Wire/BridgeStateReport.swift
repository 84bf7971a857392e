/// The response to `state`: where a session's conversation is, without taking a turn.
///
/// ```json
/// {"id":8,"session":"web-42","type":"state","state":"refund.ask_reason","turn":2,
///  "slots":{"order_id":"TP-12345678"},"intent":"refund_request","handoff":null,"ended":false}
/// ```
public struct BridgeStateReport: Sendable, Hashable {
    /// The request's id (`null` on the line when it had none).
    public var id: BridgeRequestID?
    /// The session.
    public var session: String
    /// Where the conversation is: `flow.state`, `idle` or `ended`.
    public var state: String
    /// How many user messages the conversation has had.
    public var turn: Int
    /// Slot values collected so far as people read them, masked (sensitive ones `[redacted]`).
    public var slots: [String: String]
    /// The last intent recognised, if any.
    public var intent: String?
    /// The open handoff, when the conversation is with a person: `reason` is not kept after
    /// the turn that recorded it, so it is omitted here.
    public var handoff: BridgeOpenHandoff?
    /// Whether the conversation has ended.
    public var ended: Bool

    /// Creates a report.
    public init(
        id: BridgeRequestID?, session: String, state: String, turn: Int, slots: [String: String],
        intent: String?, handoff: BridgeOpenHandoff?, ended: Bool
    ) {
        self.id = id
        self.session = session
        self.state = state
        self.turn = turn
        self.slots = slots
        self.intent = intent
        self.handoff = handoff
        self.ended = ended
    }
}
