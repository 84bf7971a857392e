/// A question the bot asked outside any flow.
public enum PendingQuestion: Sendable, Hashable, Codable {
    /// "Would you like to talk to a person?"
    case offerHuman
    /// "Did you mean one of these?", with the intents offered.
    case choice([String])
    /// The satisfaction rating.
    case csat
    /// "Did that answer your question?" after a help article, with the next best article to
    /// offer if it did not.
    case articleFeedback(article: String, next: String?)
}
