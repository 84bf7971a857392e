/// What an intent does to the conversation, beyond its responses and flow.
public enum IntentEffect: String, Sendable, Hashable, CaseIterable {
    /// Nothing.
    case none
    /// Abandons every flow in progress.
    case cancel
    /// Forgets slots and flows, as if the conversation began again.
    case restart
    /// Ends the conversation.
    case end
    /// Returns the flow in progress to the question answered before the current one, forgetting
    /// that answer ("go back", "I made a mistake in the last answer").
    case back
}
