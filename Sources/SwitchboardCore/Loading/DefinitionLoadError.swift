/// A bot folder that did not load, with every problem found.
public struct DefinitionLoadError: Error, Sendable, CustomStringConvertible {
    /// The folder.
    public var directory: String
    /// Every diagnostic, errors and warnings, in file and line order.
    public var diagnostics: [Diagnostic]

    /// A summary line, such as `intents/tidepool: 3 errors`.
    public var description: String {
        let errors = self.diagnostics.filter(\.isError).count
        return "\(self.directory): \(Plural.count(errors, "error"))"
    }
}
