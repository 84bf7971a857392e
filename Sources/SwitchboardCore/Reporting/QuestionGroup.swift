/// Unanswered questions (fallback turns) that share significant terms.
public struct QuestionGroup: Sendable, Hashable {
    /// The terms every question in the group shares, as words people read (the most common
    /// form of each stem), most shared first, at most three; empty when the questions have no
    /// significant term (they are then grouped by their whole text).
    public var terms: [String]
    /// How many questions the group holds.
    public var count: Int
    /// One of the questions, masked: the most frequent, then the shortest, then the first in
    /// byte order.
    public var example: String

    /// Creates a group.
    public init(terms: [String], count: Int, example: String) {
        self.terms = terms
        self.count = count
        self.example = example
    }

    /// The group's terms joined for a table, or the example when it has none.
    public var label: String {
        self.terms.isEmpty ? "\"\(self.example)\"" : self.terms.joined(separator: " + ")
    }
}
