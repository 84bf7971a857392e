/// Handoffs for one reason code, and their share of all conversations.
public struct ReasonFigure: Sendable, Hashable {
    /// The reason code, such as `user_request`.
    public var reason: String
    /// How many handoffs gave this reason.
    public var handoffs: Int
    /// `handoffs` over the report's conversations; `nil` when there were none.
    public var rate: Double?

    /// Creates a figure.
    public init(reason: String, handoffs: Int, rate: Double?) {
        self.reason = reason
        self.handoffs = handoffs
        self.rate = rate
    }
}
