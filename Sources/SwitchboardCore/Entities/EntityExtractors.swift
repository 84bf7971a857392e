/// The extractor of every entity a bot defines, built-in and custom, by entity id.
public struct EntityExtractors: Sendable {
    private let extractors: [String: any EntityExtractor]

    /// Builds the extractors of a definition's entities.
    public init(definition: BotDefinition, analyzer: TextAnalyzer = TextAnalyzer()) {
        var extractors: [String: any EntityExtractor] = [:]
        for entity in definition.entities where extractors[entity.id] == nil {
            extractors[entity.id] = Self.extractor(
                for: entity.kind, dayFirst: definition.settings.dayFirst,
                language: definition.settings.language, analyzer: analyzer)
        }
        self.extractors = extractors
    }

    /// The values of an entity found in a message, in order; empty for unknown entities.
    public func extract(
        _ entity: String, from text: String, in context: ExtractionContext
    ) -> [EntityMatch] {
        self.extractors[entity]?.extract(from: text, in: context) ?? []
    }

    /// The values of an entity found in a message already analysed, in order; empty for
    /// unknown entities.
    public func extract(
        _ entity: String, from text: AnalyzedText, in context: ExtractionContext
    ) -> [EntityMatch] {
        self.extractors[entity]?.extract(from: text, in: context) ?? []
    }

    private static func extractor(
        for kind: EntityKind, dayFirst: Bool, language: Language, analyzer: TextAnalyzer
    ) -> any EntityExtractor {
        switch kind {
        case .email:
            return EmailExtractor()
        case .phone:
            return PhoneExtractor()
        case .number:
            return NumberExtractor(language: language)
        case .money(let acceptsBareNumbers):
            return MoneyExtractor(acceptsBareNumbers: acceptsBareNumbers, language: language)
        case .date(let override):
            return DateExtractor(dayFirst: override ?? dayFirst, language: language)
        case .text:
            return FreeTextExtractor()
        case .yesNo:
            return YesNoExtractor(language: language)
        case .reference(let format):
            // The loader rejects formats without placeholders, so this fallback is never used.
            return ReferenceExtractor(format: format) ?? FreeTextExtractor()
        case .list(let values):
            return ListExtractor(values: values, analyzer: analyzer)
        case .regex(let pattern, let group, let uppercase):
            return PatternExtractor(pattern: pattern, group: group, uppercases: uppercase)
        }
    }
}
