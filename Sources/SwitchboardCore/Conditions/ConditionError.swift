/// A mistake in the source of a condition, found when the flow is loaded.
///
/// The column counts Unicode scalars from 1 at the start of the expression, so
/// `switchboard check` can point at the offending token. Errors at the end of
/// the expression (a dangling operator, a missing `)`) point one column past
/// the last character.
public struct ConditionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in words for a flow author, such as `"unterminated string"`.
    public var message: String
    /// The 1-based column, in Unicode scalars, of the offending token.
    public var column: Int

    /// Creates an error with a message and a 1-based column.
    public init(message: String, column: Int) {
        self.message = message
        self.column = column
    }

    /// `column N: message`.
    public var description: String { "column \(self.column): \(self.message)" }
}
