/// A question the bot asked outside any flow.
public enum PendingQuestion: Sendable, Hashable, Codable {
    /// "Would you like to talk to a person?"
    case offerHuman
    /// "Did you mean one of these?", with the intents offered.
    case choice([String])
    /// The satisfaction rating.
    case csat
}
