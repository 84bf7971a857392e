/// The satisfaction question and its reply.
public struct CSATSettings: Sendable, Hashable {
    /// The question, answered 1 to 5.
    public var question: MessageTemplate
    /// Said after a rating.
    public var thanks: MessageTemplate
}
