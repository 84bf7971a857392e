/// A value held by a slot: what an entity extractor found in the user's words.
///
/// Values are plain data: they compare, hash and encode without reference to
/// the bot that produced them, so conversation state can be saved and restored.
///
/// ```swift
/// let amount = SlotValue.money(Money(minorUnits: 1999, currency: "USD"))
/// print(amount.displayText)  // "19.99 USD"
/// ```
public enum SlotValue: Sendable, Hashable, Codable {
    /// Free text, or the canonical value of a list entity.
    case text(String)
    /// A number, as written by the user.
    case number(Double)
    /// An amount of money in minor units (cents) with an ISO 4217 currency code.
    case money(Money)
    /// A calendar date, without a time zone.
    case date(CalendarDate)
    /// A yes/no answer.
    case bool(Bool)

    /// The value as a person would read it in a message.
    public var displayText: String {
        switch self {
        case .text(let text):
            return text
        case .number(let number):
            return Self.format(number)
        case .money(let money):
            return money.displayText
        case .date(let date):
            return date.isoString
        case .bool(let flag):
            return flag ? "yes" : "no"
        }
    }

    /// The value as a number, when it has one (numbers and money amounts).
    public var numericValue: Double? {
        switch self {
        case .number(let number):
            return number
        case .money(let money):
            return Double(money.minorUnits) / 100
        case .date(let date):
            return Double(date.daysSinceEpoch)
        case .text, .bool:
            return nil
        }
    }

    /// Formats a number without a trailing `.0` for whole numbers.
    static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 {
            return String(Int64(number))
        }
        return String(number)
    }
}
