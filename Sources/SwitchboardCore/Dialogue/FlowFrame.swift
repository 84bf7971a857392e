/// A flow in progress.
public struct FlowFrame: Sendable, Hashable, Codable {
    /// The flow's id.
    public var flow: String
    /// The current state's id.
    public var state: String
    /// Answers already given to the current question.
    public var attempts: Int
    /// For a called sub-flow: the caller's state to continue at when this flow ends.
    public var returnTo: String?
    /// Whether this flow interrupted another one, which resumes when this one ends.
    public var isDigression: Bool

    /// Creates a frame at a flow's state.
    public init(flow: String, state: String, returnTo: String? = nil, isDigression: Bool = false) {
        self.flow = flow
        self.state = state
        self.attempts = 0
        self.returnTo = returnTo
        self.isDigression = isDigression
    }
}
