/// Finds values of one kind (emails, amounts, dates...) in what a user typed.
///
/// Extractors are pure: the same text and context always give the same matches.
public protocol EntityExtractor: Sendable {
    /// Returns the values found in `text`, non-overlapping, in order of appearance.
    func extract(from text: String, in context: ExtractionContext) -> [EntityMatch]

    /// Returns the values found in a message already analysed, as ``extract(from:in:)`` does
    /// for its original text; extractors that read stems use the analysis instead of
    /// analysing the text again.
    func extract(from text: AnalyzedText, in context: ExtractionContext) -> [EntityMatch]
}

extension EntityExtractor {
    /// Reads the original text: most extractors scan bytes, not stems.
    public func extract(from text: AnalyzedText, in context: ExtractionContext) -> [EntityMatch] {
        self.extract(from: text.original, in: context)
    }
}
