/// A slot a successful action result fills, and the field of the result's data it comes from.
///
/// The field is a dotted path into the result's `data` object (`order.status`). The value
/// must have the type the slot's entity holds: a string for text, list (one of its values),
/// reference, email, phone and pattern entities; a number for numbers; a number (in the
/// bot's currency) or a string such as `"12.50 EUR"` for money; `"YYYY-MM-DD"` for dates;
/// a boolean for yes/no. A missing field or a value of the wrong type makes the whole result
/// malformed: the flow takes the failure path.
public struct ActionResultField: Sendable, Hashable {
    /// The slot filled.
    public var slot: Reference
    /// The dotted path of the field in the result's data.
    public var field: String
    /// Whether the result may lack the field (the slot is then cleared).
    public var isOptional: Bool

    /// Creates a result field.
    public init(slot: Reference, field: String, isOptional: Bool = false) {
        self.slot = slot
        self.field = field
        self.isOptional = isOptional
    }
}
