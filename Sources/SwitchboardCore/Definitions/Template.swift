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
    /// Where the text is written in the bot's definitions, when it was loaded from them.
    ///
    /// File, line and JSON path (`flows.refund.states.confirm.say`), so a check can point at
    /// the text itself. Not part of the template's equality: the same text is the same
    /// template wherever it is written.
    public var origin: Origin?

    /// A template with no placeholders.
    public init(literal text: String) {
        self.parts = text.isEmpty ? [] : [.literal(text)]
        self.source = text
    }

    /// Templates are equal when their text is; where they are written does not count.
    public static func == (left: Template, right: Template) -> Bool {
        left.parts == right.parts && left.source == right.source
    }

    /// Hashes the text, as ``==`` compares it.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.parts)
        hasher.combine(self.source)
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
                name = String(name.trimmingCharacters())
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
