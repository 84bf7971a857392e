/// A loaded bot, compiled for conversation: its definition with the rule matcher, the intent
/// similarity index, the knowledge base and the entity extractors built from it.
///
/// A `Bot` is immutable and `Sendable`: build it once and share it across every session.
///
/// ```swift
/// let (bot, warnings) = try Bot.load(from: "intents/tidepool")
/// var machine = DialogueMachine(bot: bot, session: "s1")
/// let turn = machine.receive("I want a refund", at: clock.now(), entropy: 42)
/// ```
public struct Bot: Sendable {
    /// The definition the bot was built from.
    public let definition: BotDefinition
    /// The analyzer every matcher uses, in the language of the bot's locale.
    public let analyzer: TextAnalyzer
    /// The hand rules.
    public let rules: RuleMatcher
    /// Similarity over intent examples: a linear model trained on them at load.
    public let classifier: IntentClassifier
    /// The help-center articles.
    public let knowledgeBase: KnowledgeBase
    /// Entity extractors by entity id.
    public let extractors: EntityExtractors
    /// The masker for everything written to files: the kinds of `bot.pii.mask`, and card
    /// numbers and credentials whatever it says (the engine never keeps those, PSD2).
    public let masker: PIIMasker
    let yesNo: YesNoExtractor

    /// Compiles a definition.
    ///
    /// - Parameter progress: told what is being built, for front ends that show progress on a
    ///   terminal while a large knowledge base is indexed.
    public init(definition: BotDefinition, progress: (@Sendable (String) -> Void)? = nil) {
        let language = definition.settings.language
        let analyzer = TextAnalyzer(language: language)
        self.yesNo = YesNoExtractor(language: language)
        self.definition = definition
        self.analyzer = analyzer
        self.rules = RuleMatcher(intents: definition.intents, analyzer: analyzer)
        let examples = definition.intents.reduce(0) { $0 + $1.examples.count }
        progress?("training the intent matcher on \(Plural.count(examples, "example"))")
        self.classifier = IntentClassifier(intents: definition.intents, analyzer: analyzer)
        progress?("indexing \(Plural.count(definition.articles.count, "article"))")
        self.knowledgeBase = KnowledgeBase(articles: definition.articles, analyzer: analyzer)
        self.extractors = EntityExtractors(definition: definition, analyzer: analyzer)
        self.masker = PIIMasker(kinds: definition.settings.maskedData.union(.paymentSecrets))
    }

    /// Loads, checks and compiles the bot in a folder.
    ///
    /// - Returns: the bot and the warnings found while loading.
    /// - Throws: ``DefinitionLoadError`` with every diagnostic when the folder has errors.
    public static func load(
        from directory: String, progress: (@Sendable (String) -> Void)? = nil
    ) throws(DefinitionLoadError) -> (bot: Bot, warnings: [Diagnostic]) {
        progress?("reading \(directory)")
        let loaded = try DefinitionLoader().load(from: directory)
        return (Bot(definition: loaded.definition, progress: progress), loaded.diagnostics)
    }

    /// The bot's settings.
    public var settings: BotSettings { self.definition.settings }

    /// Reads a message: safety rules, other rules, similarity, and the resulting intent decision.
    public func interpret(_ text: String) -> Interpretation {
        let analyzed = self.analyzer.analyze(text)
        let (safety, rule) = self.rules.matchSafetyThenOrdinary(analyzed)
        let candidates = self.classifier.rank(analyzed, limit: 5)
        return Interpretation(
            analyzed: analyzed, safetyHit: safety, ruleHit: rule, candidates: candidates,
            thresholds: self.settings.thresholds)
    }

    /// Masks personal data in text that is about to be written (`[email]`, `[phone]`, ...).
    public func mask(_ text: String) -> String {
        self.masker.mask(text)
    }
}
