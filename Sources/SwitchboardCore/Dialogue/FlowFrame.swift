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
    /// The questions of this flow answered since it started, or since it last ran an action
    /// or called another flow, oldest first: where "go back" may return to.
    ///
    /// An action or a call empties it: going back past them would run them again on the way
    /// forward, and an action may have side effects (a refund submitted, a lookup logged).
    public var answered: [AnsweredQuestion]

    /// The most answered questions a frame remembers; older ones are dropped.
    public static let answeredLimit = 20

    /// Creates a frame at a flow's state.
    public init(flow: String, state: String, returnTo: String? = nil, isDigression: Bool = false) {
        self.flow = flow
        self.state = state
        self.attempts = 0
        self.returnTo = returnTo
        self.isDigression = isDigression
        self.answered = []
    }

    private enum CodingKeys: String, CodingKey {
        case flow, state, attempts, returnTo, isDigression, answered
    }

    /// Reads a frame; `answered` may be missing (states saved before it existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.flow = try container.decode(String.self, forKey: .flow)
        self.state = try container.decode(String.self, forKey: .state)
        self.attempts = try container.decode(Int.self, forKey: .attempts)
        self.returnTo = try container.decodeIfPresent(String.self, forKey: .returnTo)
        self.isDigression = try container.decode(Bool.self, forKey: .isDigression)
        self.answered =
            try container.decodeIfPresent([AnsweredQuestion].self, forKey: .answered) ?? []
    }

    /// Notes that the question this frame rests at was answered.
    mutating func noteAnswer(slot: String?) {
        self.answered.append(AnsweredQuestion(state: self.state, slot: slot))
        if self.answered.count > Self.answeredLimit {
            self.answered.removeFirst(self.answered.count - Self.answeredLimit)
        }
    }
}
