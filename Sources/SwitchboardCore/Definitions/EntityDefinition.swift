/// How to find a kind of value in what a user types.
public struct EntityDefinition: Sendable, Hashable {
    /// The entity's id.
    public var id: String
    /// The extractor and its options.
    public var kind: EntityKind
    /// Where the entity is defined; `nil` for built-in entities.
    public var origin: Origin?

    /// Creates an entity.
    public init(id: String, kind: EntityKind, origin: Origin?) {
        self.id = id
        self.kind = kind
        self.origin = origin
    }

    /// The entities every bot has without defining them.
    public static let builtins: [EntityDefinition] = [
        EntityDefinition(id: "email", kind: .email, origin: nil),
        EntityDefinition(id: "phone", kind: .phone, origin: nil),
        EntityDefinition(id: "number", kind: .number, origin: nil),
        EntityDefinition(id: "money", kind: .money(acceptsBareNumbers: false), origin: nil),
        EntityDefinition(id: "date", kind: .date(dayFirst: nil), origin: nil),
        EntityDefinition(id: "text", kind: .text, origin: nil),
        EntityDefinition(id: "yes_no", kind: .yesNo, origin: nil),
    ]
}

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

/// One value of a list entity and the words that stand for it.
public struct ListValue: Sendable, Hashable {
    /// The value stored in the slot.
    public var canonical: String
    /// Other ways users say it.
    public var synonyms: [String]

    /// Creates a list value.
    public init(canonical: String, synonyms: [String]) {
        self.canonical = canonical
        self.synonyms = synonyms
    }
}
