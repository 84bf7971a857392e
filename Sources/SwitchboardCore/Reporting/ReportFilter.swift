/// Which conversations and tickets a report counts: a time window and a bot.
///
/// `since` is inclusive and `until` exclusive; a conversation counts when it started in the
/// window, a ticket when its handoff was made in it.
///
/// ```swift
/// let filter = ReportFilter(since: Timestamp(iso: "2026-11-01"), until: nil, bot: "tidepool")
/// filter.includes(time: event.time, bot: event.bot)
/// ```
public struct ReportFilter: Sendable, Hashable {
    /// The first moment counted, if any.
    public var since: Timestamp?
    /// The first moment no longer counted, if any.
    public var until: Timestamp?
    /// The bot's folder name, such as `tidepool`; `nil` counts every bot.
    public var bot: String?

    /// Creates a filter.
    public init(since: Timestamp? = nil, until: Timestamp? = nil, bot: String? = nil) {
        self.since = since
        self.until = until
        self.bot = bot
    }

    /// Whether something at `time` falls in the window.
    public func includes(_ time: Timestamp) -> Bool {
        if let since = self.since, time < since { return false }
        if let until = self.until, time >= until { return false }
        return true
    }

    /// Whether a line of this bot counts (every bot does when the filter names none).
    public func includes(bot: String) -> Bool {
        self.bot.map { $0 == bot } ?? true
    }
}
