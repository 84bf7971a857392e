/// The response to `message`, `start`, `reset` and `end`: what the bot said and where the
/// conversation is.
///
/// ```json
/// {"id":7,"session":"web-42","type":"reply","messages":[{"text":"What's the order number?"}],
///  "intent":{"name":"refund_request","confidence":1},"state":"refund.ask_order",
///  "handoff":null,"ended":false}
/// ```
public struct BridgeReply: Sendable, Hashable {
    /// The request's id (`null` on the line when it had none).
    public var id: BridgeRequestID?
    /// The session.
    public var session: String
    /// What the bot says, in order; may be empty.
    public var messages: [BridgeMessage]
    /// The intent recognised in this turn, if any.
    public var intent: BridgeIntent?
    /// Where the conversation is after the turn: `flow.state`, `idle` or `ended`.
    public var state: String
    /// The handoff recorded in this turn, if any.
    public var handoff: BridgeHandoff?
    /// Whether the conversation has ended (closed, handed to a person, or ended by `end`).
    public var ended: Bool
    /// The call of the `action` line written right after this reply, when the turn asked for
    /// one (protocol 1.1, `"actionFollows":"C2-…"`, only then), so a client knows to read one
    /// more line.
    public var actionFollows: String?
    /// The action call this reply follows, on replies to `action_result` and timeouts
    /// (written last, as `"action":{"call","outcome"}`, only then).
    public var action: BridgeActionOutcome?

    /// Creates a reply.
    public init(
        id: BridgeRequestID?, session: String, messages: [BridgeMessage], intent: BridgeIntent?,
        state: String, handoff: BridgeHandoff?, ended: Bool, actionFollows: String? = nil,
        action: BridgeActionOutcome? = nil
    ) {
        self.actionFollows = actionFollows
        self.action = action
        self.id = id
        self.session = session
        self.messages = messages
        self.intent = intent
        self.state = state
        self.handoff = handoff
        self.ended = ended
    }
}
