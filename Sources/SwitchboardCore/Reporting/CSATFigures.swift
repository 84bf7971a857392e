/// The satisfaction ratings given in a report's conversations.
public struct CSATFigures: Sendable, Hashable {
    /// How many ratings were given for each score: `counts[0]` for 1 through `counts[4]` for 5.
    public var counts: [Int]

    /// Creates figures from the count of each score, 1 to 5 (missing counts are 0, extra
    /// ones ignored).
    public init(counts: [Int] = []) {
        self.counts = (0..<5).map { $0 < counts.count ? counts[$0] : 0 }
    }

    /// How many ratings were given.
    public var responses: Int { self.counts.reduce(0, +) }

    /// The mean score; `nil` when nobody rated.
    public var average: Double? {
        let responses = self.responses
        guard responses > 0 else { return nil }
        var total = 0
        for (index, count) in self.counts.enumerated() { total += (index + 1) * count }
        return Double(total) / Double(responses)
    }

    /// Counts one rating; scores outside 1...5 are ignored.
    public mutating func add(_ score: Int) {
        guard (1...5).contains(score) else { return }
        self.counts[score - 1] += 1
    }
}
