/// The intent recognised in a turn, with how sure the bot was.
public struct RecognizedIntent: Sendable, Hashable, Codable {
    /// The intent's id.
    public var name: String
    /// 1 for a rule, else the similarity score.
    public var confidence: Double

    /// Creates a recognised intent.
    public init(name: String, confidence: Double) {
        self.name = name
        self.confidence = confidence
    }
}
