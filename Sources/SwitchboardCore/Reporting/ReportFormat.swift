/// How report numbers are written, shared by the terminal table and the HTML page so that
/// both show the same text for the same figure.
public enum ReportFormat {
    /// A rate as a percentage with one decimal, such as `75.0%`; `-` when there is none.
    public static func percent(_ rate: Double?) -> String {
        guard let rate else { return "-" }
        return DecimalText.format(rate * 100, places: 1) + "%"
    }

    /// An average with two decimals, such as `4.15`; `-` when there is none.
    public static func average(_ value: Double?) -> String {
        guard let value else { return "-" }
        return DecimalText.format(value, places: 2)
    }

    /// The period a filter covers, such as `2026-11-01 to 2026-11-30`, `since 2026-11-01`
    /// or `all time`; `until` is shown as the last day included when it is midnight.
    public static func period(_ filter: ReportFilter) -> String {
        func since(_ time: Timestamp) -> String {
            time.millisecondsSince1970 % 86_400_000 == 0 ? time.date.isoString : time.displayText
        }
        func until(_ time: Timestamp) -> String {
            guard time.millisecondsSince1970 % 86_400_000 == 0 else { return time.displayText }
            return CalendarDate(daysSinceEpoch: time.date.daysSinceEpoch - 1).isoString
        }
        switch (filter.since, filter.until) {
        case (nil, nil): return "all time"
        case (let start?, nil): return "since \(since(start))"
        case (nil, let end?): return "up to \(until(end))"
        case (let start?, let end?): return "\(since(start)) to \(until(end))"
        }
    }

    /// The bot a filter covers: its name, or `all bots`.
    public static func bot(_ filter: ReportFilter) -> String {
        filter.bot ?? "all bots"
    }

    /// How conversations ended, in a fixed order, with a phrase for people; `nil` is the
    /// conversations with no `ended` event.
    public static let endings: [(reason: ConversationEndReason?, phrase: String)] = [
        (.closed, "closed by the bot"),
        (.handoff, "handed to a person"),
        (.reset, "started over"),
        (.client, "closed by the front end"),
        (.expired, "expired (idle)"),
        (nil, "no end recorded"),
    ]
}
