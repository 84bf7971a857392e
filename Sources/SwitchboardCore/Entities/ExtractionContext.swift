/// What an entity extractor needs to know about the world beyond the text it reads.
///
/// Relative dates ("yesterday", "last Monday") are resolved against `today`, and
/// amounts written without a currency take `defaultCurrency` when an extractor
/// accepts them at all.
public struct ExtractionContext: Sendable {
    /// The user's current day, against which relative dates are resolved.
    public var today: CalendarDate
    /// The ISO 4217 code given to amounts that name no currency.
    public var defaultCurrency: String

    /// Creates a context for one extraction.
    public init(today: CalendarDate, defaultCurrency: String = "USD") {
        self.today = today
        self.defaultCurrency = defaultCurrency
    }
}
