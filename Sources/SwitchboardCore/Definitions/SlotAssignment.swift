/// A slot value a state assigns: a fixed value, or a copy of another slot's value.
public struct SlotAssignment: Sendable, Hashable {
    /// The slot.
    public var slot: Reference
    /// The fixed value, when ``source`` is `nil`.
    public var value: SlotValue
    /// The slot whose value is copied (written `"{slot}"` in definitions), keeping its type.
    public var source: Reference?

    /// Creates an assignment.
    public init(slot: Reference, value: SlotValue, source: Reference? = nil) {
        self.slot = slot
        self.value = value
        self.source = source
    }
}
