/// Finds text matching a regular expression from a definition.
public struct PatternExtractor: EntityExtractor {
    private let pattern: CompiledPattern
    private let group: Int
    private let uppercases: Bool

    /// Creates an extractor for a pattern; `group` 0 takes the whole match.
    public init(pattern: CompiledPattern, group: Int = 0, uppercases: Bool = false) {
        self.pattern = pattern
        self.group = group
        self.uppercases = uppercases
    }

    /// The first match, if any.
    public func extract(from text: String, in context: ExtractionContext) -> [EntityMatch] {
        guard let match = self.pattern.firstMatch(in: text, group: self.group) else { return [] }
        let value = self.uppercases ? match.text.uppercased() : match.text
        return [EntityMatch(value: .text(value), range: match.range, text: match.text)]
    }
}
