/// The intent the bot recognised in a turn: `{"name", "confidence"}`.
public struct BridgeIntent: Sendable, Hashable {
    /// The intent's id.
    public var name: String
    /// 1 when a rule decided, else the similarity score (0 to 1).
    public var confidence: Double

    /// Creates an intent.
    public init(name: String, confidence: Double) {
        self.name = name
        self.confidence = confidence
    }
}
