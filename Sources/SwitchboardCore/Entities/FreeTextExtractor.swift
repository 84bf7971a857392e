/// Takes the whole message, trimmed, as the value.
public struct FreeTextExtractor: EntityExtractor {
    /// Creates the extractor.
    public init() {}

    /// The whole message, unless it is blank.
    public func extract(from text: String, in context: ExtractionContext) -> [EntityMatch] {
        let trimmed = text.trimmingCharacters()
        guard !trimmed.isEmpty else { return [] }
        return [EntityMatch(value: .text(String(trimmed)), range: 0..<text.utf8.count, text: text)]
    }
}
