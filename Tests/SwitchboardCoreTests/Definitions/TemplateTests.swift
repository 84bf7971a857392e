import Testing

@testable import SwitchboardCore

/// The error from parsing `source`, or `nil` when it parses.
private func parseError(_ source: String) -> TemplateError? {
    do {
        _ = try Template.parse(source)
        return nil
    } catch {
        return error
    }
}

@Suite struct TemplateTests {
    @Test("Slots, context values and builtins become placeholders between literal text")
    func parts() throws {
        let template = try Template.parse("Hi {bot} here: order {order_id} on {context.plan}.")
        #expect(
            template.parts == [
                .literal("Hi "), .placeholder(.builtin(.bot)), .literal(" here: order "),
                .placeholder(.slot("order_id")), .literal(" on "),
                .placeholder(.context("plan")), .literal("."),
            ])
        #expect(template.placeholders == [.builtin(.bot), .slot("order_id"), .context("plan")])
        #expect(template.source == "Hi {bot} here: order {order_id} on {context.plan}.")
    }

    @Test(
        "Every builtin name is a builtin placeholder",
        arguments: Placeholder.BuiltinPlaceholder.allCases)
    func builtins(builtin: Placeholder.BuiltinPlaceholder) throws {
        let template = try Template.parse("{\(builtin.rawValue)}")
        #expect(template.parts == [.placeholder(.builtin(builtin))])
        #expect(Placeholder.builtin(builtin).name == builtin.rawValue)
    }

    @Test("Spaces inside braces are ignored")
    func spaces() throws {
        #expect(try Template.parse("{ order_id }").placeholders == [.slot("order_id")])
    }

    @Test("Doubled braces are literal braces")
    func escapes() throws {
        let template = try Template.parse("{{not a placeholder}} and {{{order_id}}}")
        #expect(
            template.parts == [
                .literal("{not a placeholder} and {"), .placeholder(.slot("order_id")),
                .literal("}"),
            ])
        #expect(try Template.parse("{{}}").parts == [.literal("{}")])
    }

    @Test("A template without braces is one literal; an empty one has no parts")
    func literals() throws {
        #expect(try Template.parse("Hello.").parts == [.literal("Hello.")])
        #expect(try Template.parse("").parts.isEmpty)
        #expect(Template(literal: "Yes").parts == [.literal("Yes")])
    }

    @Test(
        "Errors give the 1-based column of the brace",
        arguments: [
            ("Hello {name", "unclosed '{'", 7),
            ("{", "unclosed '{'", 1),
            ("café {x", "unclosed '{'", 6),
            ("a } b", "unmatched '}' (write '}}' for a brace)", 3),
            ("{x}}", "unmatched '}' (write '}}' for a brace)", 4),
            ("ok {}", "'{}' is not a placeholder name", 4),
            ("{  }", "'{}' is not a placeholder name", 1),
            ("{1abc}", "'{1abc}' is not a placeholder name", 1),
            ("x {context.}", "'{context.}' is not a placeholder name", 3),
            ("{order id}", "'{order id}' is not a placeholder name", 1),
        ])
    func errors(source: String, message: String, column: Int) {
        #expect(parseError(source) == TemplateError(message: message, column: column))
    }

    @Test("render fills placeholders and leaves unknown ones in braces")
    func render() throws {
        let template = try Template.parse("Ticket {ticket} for {order_id}, {{ok}} {context.plan}")
        let text = template.render { placeholder in
            switch placeholder {
            case .builtin(.ticket): return "TKT-1"
            case .slot("order_id"): return "TP-12345678"
            default: return nil
            }
        }
        #expect(text == "Ticket TKT-1 for TP-12345678, {ok} {context.plan}")
    }

    @Test(
        "Where a value is expected, a template stands for a slot, a context value, text as written, or text to render",
        arguments: [
            ("{order_id}", Template.Value.slot("order_id")),
            (" { order_id } ", .text),
            ("{context.plan}", .context("plan")),
            ("no braces", .literal("no braces")),
            ("{{order_id}}", .literal("{order_id}")),
            ("{bot}", .text),
            ("order {order_id}", .text),
            ("", .literal("")),
        ])
    func valueOfATemplate(_ source: String, _ expected: Template.Value) throws {
        #expect(try Template.parse(source).value == expected)
    }
}
