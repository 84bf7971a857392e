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
