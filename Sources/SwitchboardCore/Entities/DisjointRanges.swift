/// Byte ranges merged into sorted, non-overlapping spans, for fast overlap checks.
struct DisjointRanges: Sendable {
    /// The spans, sorted and pairwise disjoint.
    private(set) var spans: [Range<Int>] = []

    /// Merges `ranges` (in any order, overlapping or not).
    init(_ ranges: some Sequence<Range<Int>>) {
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !range.isEmpty {
            if let last = self.spans.last, range.lowerBound < last.upperBound {
                let upper = Swift.max(last.upperBound, range.upperBound)
                self.spans[self.spans.count - 1] = last.lowerBound..<upper
            } else {
                self.spans.append(range)
            }
        }
    }

    /// Whether `range` shares at least one byte with a span.
    func overlaps(_ range: Range<Int>) -> Bool {
        // The first span that ends after the range starts is the only candidate.
        var low = 0
        var high = self.spans.count
        while low < high {
            let middle = (low + high) / 2
            if self.spans[middle].upperBound <= range.lowerBound {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < self.spans.count && self.spans[low].overlaps(range)
    }
}
