/// A value a template can name.
public enum Placeholder: Sendable, Hashable {
    /// A slot's value (masked when the slot is sensitive).
    case slot(String)
    /// A value from the user's context, given by the frontend.
    case context(String)
    /// One of the engine's own values: `bot`, `ticket`, `queue`, `due`, `priority`, `flow`,
    /// `title`, `summary`, `url`.
    case builtin(BuiltinPlaceholder)

    /// The names of the engine's own placeholders.
    public enum BuiltinPlaceholder: String, Sendable, Hashable, CaseIterable {
        /// The bot's name.
        case bot
        /// The handoff ticket id.
        case ticket
        /// The title of the handoff queue.
        case queue
        /// The SLA due time of the handoff.
        case due
        /// The handoff priority.
        case priority
        /// The title of the flow being resumed.
        case flow
        /// The title of a knowledge-base article.
        case title
        /// The first paragraph of a knowledge-base article.
        case summary
        /// The link of a knowledge-base article.
        case url
    }

    /// Parses a placeholder name: a builtin, `context.key`, or a slot id.
    init?(name: String) {
        guard !name.isEmpty else { return nil }
        if let builtin = BuiltinPlaceholder(rawValue: name) {
            self = .builtin(builtin)
        } else if name.hasPrefix("context.") {
            let key = String(name.dropFirst("context.".count))
            guard Identifier.isValid(key) else { return nil }
            self = .context(key)
        } else {
            guard Identifier.isValid(name) else { return nil }
            self = .slot(name)
        }
    }

    /// The name as written in braces.
    public var name: String {
        switch self {
        case .slot(let id):
            return id
        case .context(let key):
            return "context.\(key)"
        case .builtin(let builtin):
            return builtin.rawValue
        }
    }
}
