/// A check on a turn besides the bot's messages.
public enum TranscriptAssertion: Sendable, Hashable {
    /// The intent recognised (`nil`: none).
    case intent(String?)
    /// Where the conversation is after the turn (`flow.state`, `idle`, `ended`).
    case state(String)
    /// A slot's value as it would be written (masked), or `nil` for empty.
    case slot(String, String?)
    /// A handoff in this turn to a queue with a reason, or `nil` for none.
    case handoff(ExpectedHandoff?)
    /// The knowledge-base article presented (`nil`: none).
    case article(String?)
    /// Whether the conversation has ended.
    case ended(Bool)

    /// The assertion as written in a transcript, such as `intent: refund_request`.
    public var written: String {
        switch self {
        case .intent(let name): return "intent: \(name ?? "none")"
        case .state(let position): return "state: \(position)"
        case .slot(let name, let value):
            return "slot \(name): \(value.map(TranscriptSyntax.escape) ?? "none")"
        case .handoff(let handoff):
            guard let handoff else { return "handoff: none" }
            return "handoff: \(handoff.queue) \(handoff.reason)"
        case .article(let id): return "article: \(id ?? "none")"
        case .ended(let flag): return "ended: \(flag)"
        }
    }
}
