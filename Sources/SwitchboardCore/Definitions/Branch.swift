/// A conditional move in a branch state.
public struct Branch: Sendable, Hashable {
    /// The condition, parsed at load time.
    public var condition: Condition
    /// The condition as written.
    public var source: String
    /// Where to go when it holds.
    public var target: Reference
    /// Where the condition is written.
    public var origin: Origin

    /// Creates a branch.
    public init(condition: Condition, source: String, target: Reference, origin: Origin) {
        self.condition = condition
        self.source = source
        self.target = target
        self.origin = origin
    }
}
