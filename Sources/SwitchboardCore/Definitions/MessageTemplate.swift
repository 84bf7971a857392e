/// Something the bot says: text with placeholders, and optional suggested replies.
public struct MessageTemplate: Sendable, Hashable {
    /// The text.
    public var text: Template
    /// Suggested replies, shown as buttons by frontends and numbered in the REPL.
    public var options: [Template]

    /// Creates a message.
    public init(text: Template, options: [Template] = []) {
        self.text = text
        self.options = options
    }

    /// A message with fixed text and no options.
    public init(literal text: String) {
        self.init(text: Template(literal: text))
    }

    /// Whether the message uses a handoff's values (`{ticket}`, `{queue}`, `{due}`, `{priority}`).
    public var mentionsHandoff: Bool {
        self.placeholders.contains {
            switch $0 {
            case .builtin(.ticket), .builtin(.queue), .builtin(.due), .builtin(.priority):
                return true
            default: return false
            }
        }
    }

    /// Every placeholder in the text and options.
    public var placeholders: [Placeholder] {
        self.text.placeholders + self.options.flatMap(\.placeholders)
    }
}

/// One way of answering: one or more messages said together.
public typealias ResponseVariant = [MessageTemplate]
