/// The satisfaction question in a report's conversations: how often it was asked, and the
/// ratings given and the refusals.
///
/// Asking is counted from the conversation log's marks (`"csat":"asked"` on a turn, or a
/// `csat_asked` line); a rating or refusal with no unanswered question before it in its
/// conversation (a log written before Switchboard marked questions) counts as asked too, so
/// ``responses`` + ``declined`` never exceed ``asked``.
///
/// ```swift
/// var figures = CSATFigures()
/// figures.addQuestion(); figures.add(4)   // asked, rated 4
/// figures.addQuestion(); figures.addDecline()
/// figures.addQuestion()                   // asked, no answer
/// figures.responseRate                    // 1 of 3: 0.333…
/// ```
public struct CSATFigures: Sendable, Hashable {
    /// How many ratings were given for each score: `counts[0]` for 1 through `counts[4]` for 5.
    public var counts: [Int]
    /// How many times the satisfaction question was asked (see the type's description).
    public var asked: Int
    /// How many times the user turned it down ("no thanks").
    public var declined: Int

    /// Creates figures from the count of each score, 1 to 5 (missing counts are 0, extra
    /// ones ignored), and the questions asked and declined.
    public init(counts: [Int] = [], asked: Int = 0, declined: Int = 0) {
        self.counts = (0..<5).map { $0 < counts.count ? counts[$0] : 0 }
        self.asked = asked
        self.declined = declined
    }

    /// How many ratings were given.
    public var responses: Int { self.counts.reduce(0, +) }

    /// Questions neither rated nor declined: the user went on to something else or left.
    public var noResponse: Int { max(0, self.asked - self.responses - self.declined) }

    /// Ratings over questions asked; `nil` when the question was never asked.
    public var responseRate: Double? {
        self.asked > 0 ? Double(self.responses) / Double(self.asked) : nil
    }

    /// Refusals over questions asked; `nil` when the question was never asked.
    public var declineRate: Double? {
        self.asked > 0 ? Double(self.declined) / Double(self.asked) : nil
    }

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

    /// Counts one question asked.
    public mutating func addQuestion() {
        self.asked += 1
    }

    /// Counts one refusal to rate.
    public mutating func addDecline() {
        self.declined += 1
    }
}
