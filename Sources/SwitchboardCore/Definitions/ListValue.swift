/// One value of a list entity and the words that stand for it.
public struct ListValue: Sendable, Hashable {
    /// The value stored in the slot.
    public var canonical: String
    /// Other ways users say it.
    public var synonyms: [String]

    /// Creates a list value.
    public init(canonical: String, synonyms: [String]) {
        self.canonical = canonical
        self.synonyms = synonyms
    }
}
