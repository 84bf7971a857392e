/// A message the bot says, as the bridge sends it: `{"text", "options"?, "article"?}`.
public struct BridgeMessage: Sendable, Hashable {
    /// The text to show.
    public var text: String
    /// Suggested replies, to show as buttons; omitted from the line when empty.
    public var options: [String]
    /// The id of the knowledge-base article the message presents; omitted when none.
    public var article: String?

    /// Creates a message.
    public init(text: String, options: [String] = [], article: String? = nil) {
        self.text = text
        self.options = options
        self.article = article
    }
}
