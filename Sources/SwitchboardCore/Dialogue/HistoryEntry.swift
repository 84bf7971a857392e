/// One line of a conversation, kept for the handoff transcript.
public struct HistoryEntry: Sendable, Hashable, Codable {
    /// Who said it.
    public enum Speaker: String, Sendable, Hashable, Codable {
        /// The user.
        case user
        /// The bot.
        case bot
    }

    /// Who said it.
    public var speaker: Speaker
    /// What was said.
    public var text: String
    /// Whether the line is the answer to a sensitive slot, so it is redacted when written.
    public var isSensitive: Bool

    /// Creates a line.
    public init(speaker: Speaker, text: String, isSensitive: Bool = false) {
        self.speaker = speaker
        self.text = text
        self.isSensitive = isSensitive
    }
}
