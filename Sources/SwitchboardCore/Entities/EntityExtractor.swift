/// Finds values of one kind (emails, amounts, dates...) in what a user typed.
///
/// Extractors are pure: the same text and context always give the same matches.
public protocol EntityExtractor: Sendable {
    /// Returns the values found in `text`, non-overlapping, in order of appearance.
    func extract(from text: String, in context: ExtractionContext) -> [EntityMatch]
}
