/// A bot's settings: its name, thresholds, fallback policy, human queues and built-in texts.
public struct BotSettings: Sendable, Hashable {
    /// The bot's name.
    public var name: String
    /// The language of the examples, such as `en`.
    public var locale: String
    /// The authors' version label.
    public var version: String?
    /// Greeting variants said when a conversation starts.
    public var greeting: [ResponseVariant]
    /// The currency of bare amounts.
    public var currency: String
    /// Whether `03/04/2026` reads as 3 April.
    public var dayFirst: Bool
    /// When intents and articles are accepted.
    public var thresholds: Thresholds
    /// What happens when the bot understands nothing.
    public var fallback: FallbackPolicy
    /// The human teams, in the order they are written.
    public var queues: [QueueDefinition]
    /// The queue of handoffs that name none.
    public var defaultQueue: String
    /// What the user is told after a handoff is recorded.
    public var handoffMessage: MessageTemplate
    /// The satisfaction question.
    public var csat: CSATSettings
    /// The kinds of personal data masked before anything is written.
    public var maskedData: PIIMasker.Kinds
    /// Where `chat` and `bridge` append the conversation event log (and where `report` reads
    /// it) when no `--conversation-log` is given; `nil` when the bot keeps no such log.
    public var conversationLog: String?
    /// The engine's own texts.
    public var messages: EngineMessages
    /// Where the settings are defined.
    public var origin: Origin

    /// The language of ``locale``: German for `de` and `de-*`, English otherwise (an unknown
    /// locale is warned about when the bot loads).
    public var language: Language { Language(locale: self.locale) ?? .english }

    /// The queue with an id.
    public func queue(_ id: String) -> QueueDefinition? {
        self.queues.first { $0.id == id }
    }
}
