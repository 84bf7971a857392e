/// A question of a flow the user has answered, kept so "go back" can ask it again.
public struct AnsweredQuestion: Sendable, Hashable, Codable {
    /// The state that asked it: a `collect` or a `confirm` state of the frame's flow.
    public var state: String
    /// The slot its answer filled (`nil` for a yes/no question).
    public var slot: String?

    /// Notes an answered question.
    public init(state: String, slot: String? = nil) {
        self.state = state
        self.slot = slot
    }
}
