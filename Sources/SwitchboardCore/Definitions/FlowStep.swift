/// What a flow state does after saying its messages.
public enum FlowStep: Sendable, Hashable {
    /// Moves on.
    case say(next: Reference)
    /// Asks for a slot unless it is filled, and waits for the answer.
    case collect(slot: Reference, next: Reference, exhausted: Reference?, alwaysAsk: Bool)
    /// Asks a yes/no question (the state's last message) and waits.
    case confirm(ConfirmSpec)
    /// Moves to the first branch whose condition holds.
    case branch([Branch], otherwise: Reference)
    /// Answers from the knowledge base.
    case answer(query: Template?, next: Reference, notFound: Reference?)
    /// Runs another flow, then continues at `next`.
    case call(flow: Reference, next: Reference)
    /// Asks the host to perform an action and waits for its result.
    case action(ActionSpec)
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
        case .action: return "action"
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
        case .confirm(let spec):
            return [spec.yes, spec.no] + (spec.exhausted.map { [$0] } ?? [])
        case .branch(let branches, let otherwise):
            return branches.map(\.target) + [otherwise]
        case .answer(_, let next, let notFound):
            return [next] + (notFound.map { [$0] } ?? [])
        case .call(_, let next):
            return [next]
        case .action(let spec):
            return [spec.next] + [spec.failure, spec.timeout].compactMap { $0 }
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

extension FlowStep {
    /// Whether the step asks the user something and waits: a `collect` or a `confirm`.
    public var isQuestion: Bool {
        switch self {
        case .collect, .confirm: return true
        default: return false
        }
    }
}
