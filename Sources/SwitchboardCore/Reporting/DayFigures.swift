/// The conversations that started on one day (UTC) and how many of them the bot contained.
public struct DayFigures: Sendable, Hashable {
    /// The day.
    public var date: CalendarDate
    /// Conversations started that day.
    public var conversations: Int
    /// Of those, the ones that were not handed off.
    public var contained: Int

    /// Creates a day's figures.
    public init(date: CalendarDate, conversations: Int, contained: Int) {
        self.date = date
        self.conversations = conversations
        self.contained = contained
    }

    /// `contained` over `conversations`; `nil` for a day without conversations.
    public var containmentRate: Double? {
        self.conversations > 0 ? Double(self.contained) / Double(self.conversations) : nil
    }
}
