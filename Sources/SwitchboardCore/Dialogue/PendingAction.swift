/// An action call the conversation is waiting for.
public struct PendingAction: Sendable, Hashable, Codable {
    /// The call's id.
    public var call: String
    /// The action's name.
    public var name: String
    /// When the call times out.
    public var deadline: Timestamp

    /// Creates a pending call.
    public init(call: String, name: String, deadline: Timestamp) {
        self.call = call
        self.name = name
        self.deadline = deadline
    }
}
