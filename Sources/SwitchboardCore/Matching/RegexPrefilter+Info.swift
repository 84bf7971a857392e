extension RegexPrefilter {
    /// What the analysis knows about the strings a piece of a pattern matches.
    struct Info {
        /// Every string the piece can match, when that is a small set; `nil` when unknown.
        var exact: Set<[UInt8]>?
        /// Strings at least one of which every match of the piece contains; `nil`: none.
        var required: Set<[UInt8]>?
        /// How every match starts.
        var heads: Affixes
        /// How every match ends, each string reversed.
        var tails: Affixes
        /// Whether the piece can match the empty string.
        var isNullable: Bool

        static let empty = Info(
            exact: [[]], required: nil, heads: .empty, tails: .empty, isNullable: true)
        static let unknown = Info(
            exact: nil, required: nil, heads: .any, tails: .any, isNullable: false)

        static func literal(_ byte: UInt8) -> Info {
            Info(
                exact: [[byte]], required: nil, heads: .byte(byte), tails: .byte(byte),
                isNullable: false)
        }

        /// The same strings, or the empty string too (`x?`, `x*`, `x{0,n}`).
        var optional: Info {
            Info(
                exact: self.exact.map { $0.union([[]]) }, required: nil,
                heads: self.heads.optional, tails: self.tails.optional, isNullable: true)
        }

        /// Any number of repetitions, none included (`x*`, `x{0,n}`).
        var starred: Info {
            Info(
                exact: nil, required: nil, heads: self.heads.starred, tails: self.tails.starred,
                isNullable: true)
        }

        /// One or more repetitions, when their exact strings are not tracked (`x+`, `x{2,}`).
        var repeated: Info {
            Info(
                exact: nil, required: self.requiredStrings, heads: self.heads.repeated,
                tails: self.tails.repeated, isNullable: self.isNullable)
        }

        /// The required set, counting a small exact set as one.
        var requiredStrings: Set<[UInt8]>? {
            if let exact, !exact.contains([]) { return exact }
            return self.required
        }

        /// Matches of `self` followed by matches of `next`; exact sets of more than `limit`
        /// strings are given up.
        func followed(by next: Info, limit: Int) -> Info {
            var exact: Set<[UInt8]>?
            if let left = self.exact, let right = next.exact, left.count * right.count <= limit {
                var product: Set<[UInt8]> = []
                for a in left { for b in right { product.insert(a + b) } }
                exact = product
            }
            return Info(
                exact: exact, required: Self.better(self.requiredStrings, next.requiredStrings),
                heads: self.heads.followed(by: next.heads),
                tails: next.tails.followed(by: self.tails),
                isNullable: self.isNullable && next.isNullable)
        }

        /// Matches of `self` or of `other`; sets of more than `limit` strings are given up.
        func or(_ other: Info, limit: Int) -> Info {
            var exact: Set<[UInt8]>?
            if let left = self.exact, let right = other.exact, left.count + right.count <= limit {
                exact = left.union(right)
            }
            var required: Set<[UInt8]>?
            if let left = self.requiredStrings, let right = other.requiredStrings,
                left.count + right.count <= limit
            {
                required = left.union(right)
            }
            return Info(
                exact: exact, required: required, heads: self.heads.or(other.heads),
                tails: self.tails.or(other.tails),
                isNullable: self.isNullable || other.isNullable)
        }

        /// The more selective of two required sets: the one whose shortest string is longer.
        static func better(_ a: Set<[UInt8]>?, _ b: Set<[UInt8]>?) -> Set<[UInt8]>? {
            guard let a else { return b }
            guard let b else { return a }
            let shortestA = a.map(\.count).min() ?? 0
            let shortestB = b.map(\.count).min() ?? 0
            if shortestA != shortestB { return shortestA > shortestB ? a : b }
            return a.count <= b.count ? a : b
        }
    }
}
