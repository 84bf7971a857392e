/// Text with `{placeholders}`, parsed once when the bot loads.
///
/// ```swift
/// let template = try Template.parse("Your ticket is {ticket}.")
/// template.render { $0 == .ticket ? "TKT-1" : nil }  // "Your ticket is TKT-1."
/// ```
public struct Template: Sendable, Hashable {
    /// A piece of a template.
    public enum Part: Sendable, Hashable {
        /// Text said as written.
        case literal(String)
        /// A value filled in when the message is said.
        case placeholder(Placeholder)
    }

    /// The pieces, in order.
    public var parts: [Part]
    /// The text as the author wrote it.
    public var source: String

    /// A template with no placeholders.
    public init(literal text: String) {
        self.parts = text.isEmpty ? [] : [.literal(text)]
        self.source = text
    }

    /// The placeholders the template uses, in order.
    public var placeholders: [Placeholder] {
        self.parts.compactMap {
            if case .placeholder(let placeholder) = $0 { return placeholder }
            return nil
        }
    }

    /// Fills the placeholders; a placeholder with no value is left as written, in braces.
    public func render(_ value: (Placeholder) -> String?) -> String {
        var text = ""
        for part in self.parts {
            switch part {
            case .literal(let literal):
                text += literal
            case .placeholder(let placeholder):
                text += value(placeholder) ?? "{\(placeholder.name)}"
            }
        }
        return text
    }

    /// Parses `{name}` placeholders; `{{` and `}}` stand for literal braces.
    ///
    /// - Throws: ``TemplateError`` with the 1-based column of an unclosed or empty brace.
    public static func parse(_ source: String) throws(TemplateError) -> Template {
        var parts: [Part] = []
        var literal = ""
        let scalars = Array(source.unicodeScalars)
        var index = 0
        func flush() {
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "{" {
                if index + 1 < scalars.count, scalars[index + 1] == "{" {
                    literal.unicodeScalars.append("{")
                    index += 2
                    continue
                }
                guard let close = scalars[(index + 1)...].firstIndex(of: "}") else {
                    throw TemplateError(message: "unclosed '{'", column: index + 1)
                }
                var name = ""
                name.unicodeScalars.append(contentsOf: scalars[(index + 1)..<close])
                name = String(name.trimmingSpaces())
                guard let placeholder = Placeholder(name: name) else {
                    throw TemplateError(
                        message: "'{\(name)}' is not a placeholder name", column: index + 1)
                }
                flush()
                parts.append(.placeholder(placeholder))
                index = close + 1
            } else if scalar == "}" {
                if index + 1 < scalars.count, scalars[index + 1] == "}" {
                    literal.unicodeScalars.append("}")
                    index += 2
                    continue
                }
                throw TemplateError(
                    message: "unmatched '}' (write '}}' for a brace)", column: index + 1)
            } else {
                literal.unicodeScalars.append(scalar)
                index += 1
            }
        }
        flush()
        var template = Template(literal: "")
        template.parts = parts
        template.source = source
        return template
    }
}

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

/// A template that cannot be parsed.
public struct TemplateError: Error, Sendable, Equatable {
    /// What is wrong.
    public var message: String
    /// The 1-based column in the template text.
    public var column: Int
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return slice
    }
}
