/// A template that cannot be parsed.
public struct TemplateError: Error, Sendable, Equatable {
    /// What is wrong.
    public var message: String
    /// The 1-based column in the template text.
    public var column: Int
}
