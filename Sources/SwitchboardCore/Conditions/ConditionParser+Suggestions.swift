extension ConditionParser {
    /// The candidate closest to `name` by edit distance, when it is at most 2 edits away.
    ///
    /// Ties go to the candidate listed first.
    static func suggestion(for name: String, among candidates: [String]) -> String? {
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = Self.editDistance(name, candidate)
            if distance <= 2, distance < best?.distance ?? Int.max {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The Levenshtein distance between two strings, counted in Unicode scalars.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs.unicodeScalars)
        let right = Array(rhs.unicodeScalars)
        var previous = Array(0...right.count)
        var row = [Int](repeating: 0, count: right.count + 1)
        for (i, leftScalar) in left.enumerated() {
            row[0] = i + 1
            for (j, rightScalar) in right.enumerated() {
                let substitution = previous[j] + (leftScalar == rightScalar ? 0 : 1)
                row[j + 1] = min(substitution, previous[j + 1] + 1, row[j] + 1)
            }
            swap(&previous, &row)
        }
        return previous[right.count]
    }
}
