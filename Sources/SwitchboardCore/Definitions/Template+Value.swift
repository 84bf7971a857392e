extension Template {
    /// What a template written where a value is expected (an action argument, a `set` value)
    /// stands for.
    public enum Value: Sendable, Hashable {
        /// One slot placeholder and nothing else (`"{order_id}"`): the slot's value, with its
        /// type.
        case slot(String)
        /// One context placeholder and nothing else (`"{context.plan}"`): the frontend's value.
        case context(String)
        /// No placeholder: the text as written, with `{{` and `}}` read as braces.
        case literal(String)
        /// Anything else (`"{bot}"`, `"order {order_id}"`): text rendered as a message is.
        case text
    }

    /// What the template stands for where a value is expected.
    public var value: Value {
        switch (self.parts.count, self.placeholders.first) {
        case (1, .slot(let id)?): .slot(id)
        case (1, .context(let key)?): .context(key)
        case (_, nil): .literal(self.render { _ in nil })
        default: .text
        }
    }
}
