/// One argument of an action request: a name and where its value comes from.
public struct ActionArgument: Sendable, Hashable {
    /// Where an argument's value comes from.
    public enum Source: Sendable, Hashable {
        /// A slot's value, keeping its type (written `"{slot}"`); absent when the slot is empty.
        case slot(Reference)
        /// A value the frontend gave (written `"{context.key}"`); absent when not given.
        case context(String)
        /// A text with placeholders, rendered like a message.
        case template(Template)
        /// A fixed number, boolean or string.
        case literal(ActionValue)
    }

    /// The argument's name in the request's `args`.
    public var name: String
    /// Where its value comes from.
    public var source: Source
    /// Where the argument is written.
    public var origin: Origin

    /// Creates an argument.
    public init(name: String, source: Source, origin: Origin) {
        self.name = name
        self.source = source
        self.origin = origin
    }

    /// Creates an argument written as text, parsed as a message ``Template`` is.
    ///
    /// A text that is one slot placeholder and nothing else (`"{order_id}"`) sends the slot's
    /// value with its type, and one context placeholder (`"{context.plan}"`) the frontend's
    /// value; a text without placeholders is sent as written, with `{{` and `}}` read as
    /// braces; any other text (`"{bot}"`, `"order {order_id}"`) is rendered like a message.
    ///
    /// ```swift
    /// let argument = ActionArgument(name: "id", template: try Template.parse("{order_id}"), origin: origin)
    /// // argument.source == .slot(Reference("order_id", at: origin))
    /// ```
    public init(name: String, template: Template, origin: Origin) {
        let source: Source
        switch template.value {
        case .slot(let id): source = .slot(Reference(id, at: origin))
        case .context(let key): source = .context(key)
        case .literal(let text): source = .literal(.string(text))
        case .text: source = .template(template)
        }
        self.init(name: name, source: source, origin: origin)
    }
}
