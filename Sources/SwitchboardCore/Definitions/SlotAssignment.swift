/// A slot value a state assigns.
public struct SlotAssignment: Sendable, Hashable {
    /// The slot.
    public var slot: Reference
    /// The value.
    public var value: SlotValue
}
