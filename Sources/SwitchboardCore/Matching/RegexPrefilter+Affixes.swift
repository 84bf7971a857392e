extension RegexPrefilter {
    /// The first few bytes of every match of a piece of a pattern: a match of `^(hi+|hey)` starts
    /// with `hi`, `hii` or `hey`, so `how long` and `yes` cannot match it.
    ///
    /// The same type holds the last few bytes of every match when each string is kept reversed
    /// and pieces are joined in reverse order (``followed(by:)`` called on the later piece).
    /// Every set is a superset of the truth: shortening a string, or moving a whole match to
    /// ``open``, only lets more texts through.
    struct Affixes: Hashable, Sendable {
        /// Whole matches shorter than ``length`` bytes.
        var complete: Set<[UInt8]>
        /// The first bytes (at most ``length``) of the other matches; any bytes may follow.
        var open: Set<[UInt8]>

        /// How many bytes are kept.
        static let length = 3
        /// The most strings kept; past it every string is shortened by a byte, and again.
        static let limit = 64

        /// The empty match only (`^`, `\b`, a lookaround).
        static let empty = Affixes(complete: [[]], open: [])
        /// Nothing known: any text may match.
        static let any = Affixes(complete: [], open: [[]])

        /// The piece that matches one byte.
        static func byte(_ byte: UInt8) -> Affixes {
            Affixes(complete: [[byte]], open: [])
        }

        /// Whether every text passes: the piece can match the empty string, or its start is
        /// unknown.
        var isUnconstrained: Bool { self.complete.contains([]) || self.open.contains([]) }

        /// Every string, whole matches and starts alike.
        var strings: [[UInt8]] {
            (self.complete.union(self.open)).sorted { $0.lexicographicallyPrecedes($1) }
        }

        /// A match of `self` followed by a match of `next`.
        func followed(by next: Affixes) -> Affixes {
            var result = Affixes(complete: [], open: self.open)
            for head in self.complete {
                for tail in next.complete { result.insert(head + tail, isComplete: true) }
                for tail in next.open { result.insert(head + tail, isComplete: false) }
            }
            return result.bounded()
        }

        /// A match of `self` or of `other`.
        func or(_ other: Affixes) -> Affixes {
            Affixes(
                complete: self.complete.union(other.complete), open: self.open.union(other.open)
            ).bounded()
        }

        /// The piece or nothing (`x?`).
        var optional: Affixes {
            var result = self
            result.complete.insert([])
            return result.bounded()
        }

        /// One or more matches one after another (`x+`, `x{2,}`, `x{1,3}`): the first
        /// ``length`` bytes of a run come from its first ``length`` non-empty matches, so
        /// that many rounds of "one more match in front" reach every start.
        var repeated: Affixes {
            var result = self
            for _ in 0..<Self.length { result = result.or(self.followed(by: result)) }
            return result
        }

        /// Any number of matches, none included (`x*`, `x{0,n}`).
        var starred: Affixes { self.repeated.optional }

        private mutating func insert(_ bytes: [UInt8], isComplete: Bool) {
            if isComplete, bytes.count < Self.length {
                self.complete.insert(bytes)
            } else {
                self.open.insert(Array(bytes.prefix(Self.length)))
            }
        }

        /// The same, with strings shortened until at most ``limit`` remain.
        private func bounded() -> Affixes {
            var result = self
            var length = Self.length
            while result.complete.count + result.open.count > Self.limit, length > 0 {
                length -= 1
                var open: Set<[UInt8]> = []
                for bytes in result.complete.union(result.open) {
                    open.insert(Array(bytes.prefix(length)))
                }
                result = Affixes(complete: [], open: open)
            }
            return result
        }
    }
}
