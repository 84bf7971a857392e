/// A slot value a state assigns (`"set"`): a fixed value, a copy of another slot's or the
/// frontend's value, or a text with placeholders.
public struct SlotAssignment: Sendable, Hashable {
    /// Where the assigned value comes from.
    public enum Source: Sendable, Hashable {
        /// A fixed number, boolean or text.
        case value(SlotValue)
        /// Another slot's value, keeping its type (written `"{slot}"`); nothing is assigned
        /// when that slot is empty.
        case slot(Reference)
        /// A value the frontend gave (written `"{context.key}"`); nothing is assigned when it
        /// was not given.
        case context(String)
        /// A text with placeholders, rendered as a message is when the state is entered.
        case template(Template)
    }

    /// The slot.
    public var slot: Reference
    /// Where its value comes from.
    public var source: Source

    /// Creates an assignment.
    public init(slot: Reference, source: Source) {
        self.slot = slot
        self.source = source
    }

    /// Creates an assignment written as text, parsed as a message ``Template`` is (see
    /// ``Template/value``): `"{order_id}"` copies the slot's value with its type,
    /// `"{context.plan}"` the frontend's value, a text without placeholders is assigned as
    /// written, and any other text (`"{bot}"`, `"order {order_id}"`) is rendered.
    public init(slot: Reference, template: Template, origin: Origin) {
        let source: Source
        switch template.value {
        case .slot(let id): source = .slot(Reference(id, at: origin))
        case .context(let key): source = .context(key)
        case .literal(let text): source = .value(.text(text))
        case .text: source = .template(template)
        }
        self.init(slot: slot, source: source)
    }

    /// The slot whose value is copied, for a `"{slot}"` assignment.
    public var copiedSlot: Reference? {
        if case .slot(let reference) = self.source { return reference }
        return nil
    }
}
