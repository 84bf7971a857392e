/// A standard operating procedure run as a conversation: named states and how to move between them.
public struct FlowDefinition: Sendable, Hashable {
    /// The flow's id.
    public var id: String
    /// How the flow is named to users (in "Now, back to your refund", the title is "your refund").
    public var title: String
    /// Who owns the procedure and which policy it implements.
    public var sop: SOPMetadata?
    /// The first state.
    public var start: Reference
    /// The states, in the order they are written.
    public var states: [FlowState]
    /// Where the flow is defined.
    public var origin: Origin
    private var positions: [String: Int]

    /// Creates a flow.
    public init(
        id: String, title: String, sop: SOPMetadata? = nil, start: Reference, states: [FlowState],
        origin: Origin
    ) {
        self.id = id
        self.title = title
        self.sop = sop
        self.start = start
        self.states = states
        self.origin = origin
        var positions: [String: Int] = [:]
        for (index, state) in states.enumerated() where positions[state.id] == nil {
            positions[state.id] = index
        }
        self.positions = positions
    }

    /// The state with an id, if the flow has one.
    public func state(_ id: String) -> FlowState? {
        guard let index = self.positions[id] else { return nil }
        return self.states[index]
    }
}

/// Who owns a procedure and which policy it implements.
public struct SOPMetadata: Sendable, Hashable, Codable {
    /// The owning team or person.
    public var owner: String?
    /// A link to the written policy.
    public var policy: String?
    /// The procedure's version label.
    public var version: String?
    /// When the procedure was last reviewed.
    public var reviewed: String?

    /// Creates SOP metadata.
    public init(
        owner: String? = nil, policy: String? = nil, version: String? = nil, reviewed: String? = nil
    ) {
        self.owner = owner
        self.policy = policy
        self.version = version
        self.reviewed = reviewed
    }
}

/// One step of a flow: messages to say on entry, slots to set, and what to do next.
public struct FlowState: Sendable, Hashable {
    /// The state's id, unique in its flow.
    public var id: String
    /// Messages said on entering the state, in order.
    public var say: [MessageTemplate]
    /// Slot values assigned on entering the state.
    public var assignments: [SlotAssignment]
    /// What the state does.
    public var step: FlowStep
    /// Where the state is defined.
    public var origin: Origin

    /// Creates a state.
    public init(
        id: String, say: [MessageTemplate] = [], assignments: [SlotAssignment] = [], step: FlowStep,
        origin: Origin
    ) {
        self.id = id
        self.say = say
        self.assignments = assignments
        self.step = step
        self.origin = origin
    }
}

/// A slot value a state assigns.
public struct SlotAssignment: Sendable, Hashable {
    /// The slot.
    public var slot: Reference
    /// The value.
    public var value: SlotValue
}

/// What a flow state does after saying its messages.
public enum FlowStep: Sendable, Hashable {
    /// Moves on.
    case say(next: Reference)
    /// Asks for a slot unless it is filled, and waits for the answer.
    case collect(slot: Reference, next: Reference, exhausted: Reference?, alwaysAsk: Bool)
    /// Asks a yes/no question (the state's last message) and waits.
    case confirm(yes: Reference, no: Reference, options: [Template])
    /// Moves to the first branch whose condition holds.
    case branch([Branch], otherwise: Reference)
    /// Answers from the knowledge base.
    case answer(query: Template?, next: Reference, notFound: Reference?)
    /// Runs another flow, then continues at `next`.
    case call(flow: Reference, next: Reference)
    /// Records a handoff to a person; the conversation ends.
    case handoff(HandoffSpec)
    /// Finishes the flow.
    case end(csat: Bool, close: Bool)

    /// The `type` name used in definitions.
    public var typeName: String {
        switch self {
        case .say: return "say"
        case .collect: return "collect"
        case .confirm: return "confirm"
        case .branch: return "branch"
        case .answer: return "answer"
        case .call: return "call"
        case .handoff: return "handoff"
        case .end: return "end"
        }
    }

    /// The states of the same flow this step may move to.
    public var successors: [Reference] {
        switch self {
        case .say(let next):
            return [next]
        case .collect(_, let next, let exhausted, _):
            return [next] + (exhausted.map { [$0] } ?? [])
        case .confirm(let yes, let no, _):
            return [yes, no]
        case .branch(let branches, let otherwise):
            return branches.map(\.target) + [otherwise]
        case .answer(_, let next, let notFound):
            return [next] + (notFound.map { [$0] } ?? [])
        case .call(_, let next):
            return [next]
        case .handoff, .end:
            return []
        }
    }

    /// Whether the step finishes the flow (an end or a handoff).
    public var isTerminal: Bool {
        switch self {
        case .handoff, .end: return true
        default: return false
        }
    }
}

/// A conditional move in a branch state.
public struct Branch: Sendable, Hashable {
    /// The condition, parsed at load time.
    public var condition: Condition
    /// The condition as written.
    public var source: String
    /// Where to go when it holds.
    public var target: Reference
    /// Where the condition is written.
    public var origin: Origin

    /// Creates a branch.
    public init(condition: Condition, source: String, target: Reference, origin: Origin) {
        self.condition = condition
        self.source = source
        self.target = target
        self.origin = origin
    }
}

/// Where and how urgently a handoff goes, and why.
public struct HandoffSpec: Sendable, Hashable {
    /// The queue; `nil` for the bot's default queue.
    public var queue: Reference?
    /// How urgent the case is.
    public var priority: HandoffPriority
    /// Why the bot hands off.
    public var reason: HandoffReason

    /// Creates a handoff specification.
    public init(queue: Reference?, priority: HandoffPriority, reason: HandoffReason) {
        self.queue = queue
        self.priority = priority
        self.reason = reason
    }
}
