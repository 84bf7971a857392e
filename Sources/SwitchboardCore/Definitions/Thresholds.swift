/// When an intent or an article is good enough.
public struct Thresholds: Sendable, Hashable {
    /// Lowest similarity at which an intent is accepted.
    public var intent: Double = 0.45
    /// When the best two intents are closer than this, the bot asks which one was meant.
    public var margin: Double = 0.04
    /// Lowest knowledge-base score at which an article is offered.
    public var kb: Double = 0.4
    /// Lowest share of a message's informative words (IDF-weighted) an article must have to be
    /// offered, however well it scores on the words it shares (see
    /// ``SearchIndex/coverage(of:by:)``): "pizza account" shares one common word with an
    /// article about locked accounts, and is not answered by it.
    public var kbCoverage: Double = 0.3

    /// Creates thresholds.
    public init(
        intent: Double = 0.45, margin: Double = 0.04, kb: Double = 0.4, kbCoverage: Double = 0.3
    ) {
        self.intent = intent
        self.margin = margin
        self.kb = kb
        self.kbCoverage = kbCoverage
    }
}
