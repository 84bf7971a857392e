/// What the bot made of one message: rule hits, similarity candidates, and the intent decision
/// (with the out-of-scope and ambiguity rules of the bot's thresholds applied).
public struct Interpretation: Sendable {
    /// How the decided intent was recognised.
    public enum Source: String, Sendable, Hashable {
        /// A safety intent's rule.
        case safetyRule = "safety rule"
        /// Another intent's rule.
        case rule
        /// Similarity with the examples.
        case similarity
    }

    /// The analysed message.
    public let analyzed: AnalyzedText
    /// The safety rule that fired, if any.
    public let safetyHit: RuleMatcher.Hit?
    /// The first other rule that fired, if any (only looked for when no safety rule fired).
    public let ruleHit: RuleMatcher.Hit?
    /// The best intents by similarity, best first.
    public let candidates: [IntentClassifier.Candidate]
    /// The decided intent's position in the bot's intents, if one is clear.
    public let intent: Int?
    /// How sure: 1 for rules, else the similarity.
    public let confidence: Double
    /// How the intent was recognised.
    public let source: Source?
    /// When the best two intents are both acceptable and too close to tell apart: the two.
    public let ambiguous: [Int]?

    init(
        analyzed: AnalyzedText, safetyHit: RuleMatcher.Hit?, ruleHit: RuleMatcher.Hit?,
        candidates: [IntentClassifier.Candidate], thresholds: Thresholds
    ) {
        self.analyzed = analyzed
        self.safetyHit = safetyHit
        self.ruleHit = ruleHit
        self.candidates = candidates
        if let hit = safetyHit ?? ruleHit {
            self.intent = hit.intent
            self.confidence = 1
            self.source = safetyHit != nil ? .safetyRule : .rule
            self.ambiguous = nil
        } else if let best = candidates.first, best.confidence >= thresholds.intent {
            self.intent = best.intent
            self.confidence = best.confidence
            self.source = .similarity
            if candidates.count > 1, candidates[1].confidence >= thresholds.intent,
                best.confidence - candidates[1].confidence < thresholds.margin
            {
                self.ambiguous = [best.intent, candidates[1].intent]
            } else {
                self.ambiguous = nil
            }
        } else {
            self.intent = nil
            self.confidence = candidates.first?.confidence ?? 0
            self.source = nil
            self.ambiguous = nil
        }
    }

    /// The decided intent when it is clear (not ambiguous).
    public var clearIntent: Int? {
        self.ambiguous == nil ? self.intent : nil
    }

    /// The rule hit that decided the intent, if a rule did.
    public var decidingRule: RuleMatcher.Hit? {
        self.safetyHit ?? self.ruleHit
    }
}
