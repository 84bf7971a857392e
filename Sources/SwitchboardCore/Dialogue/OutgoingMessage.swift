/// A message from the bot to the user.
public struct OutgoingMessage: Sendable, Hashable, Codable {
    /// The text.
    public var text: String
    /// Suggested replies.
    public var options: [String]
    /// The knowledge-base article the message presents, if any.
    public var article: String?
    /// Whether the message tells the user about a handoff (and must be withheld if the handoff
    /// could not be stored).
    public var isHandoffNotice: Bool

    /// Creates a message.
    public init(
        text: String, options: [String] = [], article: String? = nil, isHandoffNotice: Bool = false
    ) {
        self.text = text
        self.options = options
        self.article = article
        self.isHandoffNotice = isHandoffNotice
    }
}
