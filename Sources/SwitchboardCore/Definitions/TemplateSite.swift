/// A place in a bot definition that holds text with placeholders: the templates, where they
/// are written, and which engine placeholders have a value there.
///
/// ``BotDefinition/templateSites`` lists every one, so the checks that look at placeholders
/// (unknown slots, misplaced engine placeholders, unused action results) all see the same
/// texts.
struct TemplateSite: Sendable, Hashable {
    /// The templates: a message's text and options, a query, an action argument.
    var templates: [Template]
    /// Where they are written.
    var origin: Origin
    /// The engine placeholders with a value here besides `{bot}`, which has one everywhere.
    var builtins: Set<Placeholder.BuiltinPlaceholder>

    /// A site of plain templates.
    init(
        _ templates: [Template], at origin: Origin,
        builtins: Set<Placeholder.BuiltinPlaceholder> = []
    ) {
        self.templates = templates
        self.origin = origin
        self.builtins = builtins
    }

    /// A site of messages: their texts and options.
    init(
        messages: [MessageTemplate], at origin: Origin,
        builtins: Set<Placeholder.BuiltinPlaceholder> = []
    ) {
        self.init(messages.flatMap { [$0.text] + $0.options }, at: origin, builtins: builtins)
    }

    /// Every placeholder of every template, in order.
    var placeholders: [Placeholder] {
        self.templates.flatMap(\.placeholders)
    }
}
