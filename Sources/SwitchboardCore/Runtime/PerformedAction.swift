/// One backend action that ``ConversationSession/performActions(after:host:observing:)``
/// carried out: the request, what the host returned, and what came of delivering it.
///
/// A front end that shows actions as they happen (the REPL) observes these one by one.
public struct PerformedAction: Sendable, Hashable {
    /// What the flow asked for.
    public var request: ActionRequest
    /// What the host returned.
    public var result: ActionResult
    /// Why `result` could not be delivered, or `nil` when it was.
    ///
    /// A result that came after the call's deadline is replaced by the timeout.
    public var deliveryError: ActionDeliveryError?
    /// The turn that followed; `nil` when not even the timeout could be delivered, which ends
    /// the actions.
    public var turn: Turn?

    /// Creates a record of an action.
    public init(
        request: ActionRequest, result: ActionResult, deliveryError: ActionDeliveryError? = nil,
        turn: Turn?
    ) {
        self.request = request
        self.result = result
        self.deliveryError = deliveryError
        self.turn = turn
    }
}
