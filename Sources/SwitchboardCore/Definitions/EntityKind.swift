/// The kinds of entity extractor, with their options.
public enum EntityKind: Sendable, Hashable {
    /// Email addresses.
    case email
    /// Phone numbers.
    case phone
    /// Numbers in digits or words.
    case number
    /// Amounts of money.
    case money(acceptsBareNumbers: Bool)
    /// Dates, absolute or relative; `dayFirst` overrides the bot's date order.
    case date(dayFirst: Bool?)
    /// The whole message.
    case text
    /// Yes or no.
    case yesNo
    /// Reference ids written to a format such as `TP-########`.
    case reference(format: String)
    /// Canonical values with synonyms.
    case list([ListValue])
    /// A regular expression over the original message.
    case regex(pattern: CompiledPattern, group: Int, uppercase: Bool)

    /// The `type` name used in definitions.
    public var typeName: String {
        switch self {
        case .email: return "email"
        case .phone: return "phone"
        case .number: return "number"
        case .money: return "money"
        case .date: return "date"
        case .text: return "text"
        case .yesNo: return "yes_no"
        case .reference: return "reference"
        case .list: return "list"
        case .regex: return "regex"
        }
    }
}
