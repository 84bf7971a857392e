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
}
