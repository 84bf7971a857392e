/// A cheap test that rules out most texts a regular expression cannot match, before the
/// expression itself runs.
///
/// Built from the pattern's source, it checks up to three things a match implies:
/// - a set of strings at least one of which every match contains
///   (`\b(delete|remove) my account\b` needs `delete my account` or `remove my account`);
/// - for a pattern anchored with `^`, the bytes a match can start with (`^(hi|hey)` needs a
///   text starting with `h`), and for one anchored with `$`, the bytes it can end with.
/// A text failing any check cannot match, so the rule matcher skips the expression. A
/// pattern anchored at both ends whose every match is one of a few hundred known strings
/// (`^(i want a |i need a )?refund( please)?$`) is decided outright by looking the text up.
/// The analysis is conservative: any construct it does not understand (inline options,
/// backreferences, Unicode properties, nested classes, case-insensitive patterns) gives no
/// prefilter, and the expression always runs.
///
/// Only ASCII patterns are analysed: an ASCII character in a pattern matches only that byte
/// as a whole character, so a match implies the bytes are in the text, whatever Swift's
/// character-level matching does with non-ASCII text (`é` matches `e` + U+0301).
struct RegexPrefilter: Sendable, Hashable {
    /// Every match contains at least one of these (each at least ``minimumLength`` bytes);
    /// empty when there is no such set.
    let needles: [[UInt8]]
    /// For a `^`-anchored pattern that cannot match the empty string: the bytes a text may
    /// start with, indexed by byte.
    let firstBytes: [Bool]?
    /// For a `$`-anchored pattern that cannot match the empty string: the bytes a text may
    /// end with, indexed by byte.
    let lastBytes: [Bool]?
    /// For a pattern `^...$` with no other assertion and a known, finite set of matches: that
    /// set, so a text matches exactly when it is one of them.
    let wholeMatches: Set<[UInt8]>?

    /// Single bytes rule out too little to be worth checking.
    static let minimumLength = 2
    /// The most strings a set of required strings may hold before the analysis gives up on it.
    static let maximumAlternatives = 24
    /// The most strings a pattern's whole set of matches may hold to be decided by lookup.
    static let maximumWholeMatches = 256

    /// The prefilter for a pattern, or `nil` when it would rule nothing out (or the pattern is
    /// beyond the analysis).
    init?(pattern: CompiledPattern) {
        guard !pattern.ignoresCase else { return nil }
        let scalars = Array(pattern.source.unicodeScalars)
        var parser = Parser(scalars, limit: Self.maximumAlternatives)
        guard let info = parser.parseAlternation(depth: 0), parser.isAtEnd else { return nil }
        var whole = Parser(scalars, limit: Self.maximumWholeMatches)
        if let wholeInfo = whole.parseAlternation(depth: 0), whole.isAtEnd,
            whole.isAnchoredAtStart, whole.isAnchoredAtEnd, whole.assertions == 2,
            let exact = wholeInfo.exact
        {
            self.wholeMatches = exact
        } else {
            self.wholeMatches = nil
        }
        var needles: [[UInt8]] = []
        if let required = info.requiredStrings, required.count <= Self.maximumAlternatives,
            required.allSatisfy({ $0.count >= Self.minimumLength })
        {
            // A text holding "refund please" holds "refund": keep only the shortest needles.
            needles = required.filter { needle in
                !required.contains { $0 != needle && Self.contains(needle, $0) }
            }
            .sorted { $0.lexicographicallyPrecedes($1) }
        }
        func table(_ bytes: Set<UInt8>?, _ anchored: Bool) -> [Bool]? {
            guard anchored, !info.isNullable, let bytes else { return nil }
            var table = [Bool](repeating: false, count: 256)
            for byte in bytes { table[Int(byte)] = true }
            return table
        }
        self.needles = needles
        self.firstBytes = table(info.first, parser.isAnchoredAtStart)
        self.lastBytes = table(info.last, parser.isAnchoredAtEnd)
        if needles.isEmpty, self.firstBytes == nil, self.lastBytes == nil, self.wholeMatches == nil
        {
            return nil
        }
    }

    /// Whether the text matches, when that is known without running the pattern: `false` when
    /// the prefilter rules it out, `true` or `false` when the whole set of matches is known,
    /// `nil` when only the pattern can tell.
    func decide(_ text: String) -> Bool? {
        if let wholeMatches = self.wholeMatches {
            var text = text
            let decided = text.withUTF8 { bytes -> Bool? in
                // `$` also matches before a final line break; leave such texts to the pattern.
                if let last = bytes.last, last == 0x0A || last == 0x0D { return nil }
                return wholeMatches.contains(Array(bytes))
            }
            if let decided { return decided }
        }
        return self.mayMatch(text) ? nil : false
    }

    /// Whether the text may match: `false` means it certainly does not.
    func mayMatch(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if let firstBytes = self.firstBytes {
                guard let first = bytes.first, firstBytes[Int(first)] else { return false }
            }
            // `$` also matches before a final line break; leave such texts to the pattern.
            if let lastBytes = self.lastBytes, let last = bytes.last, last != 0x0A, last != 0x0D {
                guard lastBytes[Int(last)] else { return false }
            }
            return self.needles.isEmpty || self.needles.contains { Self.contains(bytes, $0) }
        }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { Self.contains($0, needle) }
    }

    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool
    {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[offset] {
                    offset += 1
                }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}

extension RegexPrefilter {
    /// What the analysis knows about the strings a piece of a pattern matches.
    fileprivate struct Info {
        /// Every string the piece can match, when that is a small set; `nil` when unknown.
        var exact: Set<[UInt8]>?
        /// Strings at least one of which every match of the piece contains; `nil`: none.
        var required: Set<[UInt8]>?
        /// The bytes a non-empty match can start with; `nil`: any byte.
        var first: Set<UInt8>?
        /// The bytes a non-empty match can end with; `nil`: any byte.
        var last: Set<UInt8>?
        /// Whether the piece can match the empty string.
        var isNullable: Bool

        static let empty = Info(exact: [[]], required: nil, first: [], last: [], isNullable: true)
        static let unknown = Info(
            exact: nil, required: nil, first: nil, last: nil, isNullable: false)

        static func literal(_ byte: UInt8) -> Info {
            Info(exact: [[byte]], required: nil, first: [byte], last: [byte], isNullable: false)
        }

        /// The same strings, or the empty string too (`x?`, `x*`, `x{0,n}`).
        var optional: Info {
            Info(
                exact: self.exact.map { $0.union([[]]) }, required: nil, first: self.first,
                last: self.last, isNullable: true)
        }

        /// Any number of repetitions, none included (`x*`, `x{0,n}`).
        var starred: Info {
            Info(exact: nil, required: nil, first: self.first, last: self.last, isNullable: true)
        }

        /// One or more repetitions, when their exact strings are not tracked (`x+`, `x{2,}`).
        var repeated: Info {
            Info(
                exact: nil, required: self.requiredStrings, first: self.first, last: self.last,
                isNullable: self.isNullable)
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
                first: self.isNullable ? Self.union(self.first, next.first) : self.first,
                last: next.isNullable ? Self.union(self.last, next.last) : next.last,
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
                exact: exact, required: required, first: Self.union(self.first, other.first),
                last: Self.union(self.last, other.last),
                isNullable: self.isNullable || other.isNullable)
        }

        /// Two byte sets together; `nil` (any byte) absorbs.
        private static func union(_ a: Set<UInt8>?, _ b: Set<UInt8>?) -> Set<UInt8>? {
            guard let a, let b else { return nil }
            return a.union(b)
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

    /// A recursive-descent reader of the pattern syntax the analysis understands.
    fileprivate struct Parser {
        private let scalars: [Unicode.Scalar]
        private var index = 0
        /// Whether the whole pattern is one branch that begins with `^`.
        private(set) var isAnchoredAtStart = false
        /// Whether the whole pattern is one branch that ends with `$`.
        private(set) var isAnchoredAtEnd = false
        /// How many assertions the pattern has: `^`, `$`, `\b`, `\B` and lookarounds.
        private(set) var assertions = 0
        /// The largest set of strings tracked.
        private let limit: Int

        init(_ scalars: [Unicode.Scalar], limit: Int) {
            self.scalars = scalars
            self.limit = limit
        }

        var isAtEnd: Bool { self.index >= self.scalars.count }

        private var next: Unicode.Scalar? {
            self.index < self.scalars.count ? self.scalars[self.index] : nil
        }

        /// `a|b|c`; `nil` when the pattern is beyond the analysis.
        mutating func parseAlternation(depth: Int) -> Info? {
            guard depth < 64 else { return nil }
            guard let first = self.parseSequence(depth: depth) else { return nil }
            var info = first.info
            var branches = 1
            while self.next == "|" {
                self.index += 1
                guard let branch = self.parseSequence(depth: depth) else { return nil }
                info = info.or(branch.info, limit: self.limit)
                branches += 1
            }
            if depth == 0, branches == 1 {
                self.isAnchoredAtStart = first.startsWithCaret
                self.isAnchoredAtEnd = first.endsWithDollar
            }
            return info
        }

        /// Pieces one after another, up to `|`, `)` or the end, and whether the first is an
        /// unquantified `^` and the last an unquantified `$`.
        private mutating func parseSequence(
            depth: Int
        ) -> (info: Info, startsWithCaret: Bool, endsWithDollar: Bool)? {
            var info = Info.empty
            // The run of pieces since the last one whose strings are unknown, and the best
            // required set of the runs before it: `(ab)*refund` still requires `refund`.
            var run = Info.empty
            var best: Set<[UInt8]>?
            var startsWithCaret = false
            var endsWithDollar = false
            var isFirst = true
            while let scalar = self.next, scalar != "|", scalar != ")" {
                let isAnchor = scalar == "^" || scalar == "$"
                guard let atom = self.parseAtom(depth: depth) else { return nil }
                let quantifierStart = self.index
                guard let quantified = self.parseQuantifier(on: atom) else { return nil }
                let isBare = isAnchor && self.index == quantifierStart
                if isFirst { startsWithCaret = isBare && scalar == "^" }
                endsWithDollar = isBare && scalar == "$"
                isFirst = false
                info = info.followed(by: quantified, limit: self.limit)
                if quantified.exact != nil {
                    let longer = run.followed(by: quantified, limit: self.limit)
                    if longer.exact != nil {
                        run = longer
                    } else {
                        best = Info.better(best, run.requiredStrings)
                        run = quantified
                    }
                } else {
                    best = Info.better(best, run.requiredStrings)
                    best = Info.better(best, quantified.requiredStrings)
                    run = .empty
                }
            }
            best = Info.better(best, run.requiredStrings)
            info.required = Info.better(best, info.required)
            return (info, startsWithCaret, endsWithDollar)
        }

        /// One character, class, escape, group or anchor.
        private mutating func parseAtom(depth: Int) -> Info? {
            guard let scalar = self.next else { return nil }
            self.index += 1
            switch scalar {
            case "^", "$":
                self.assertions += 1
                return .empty
            case ".":
                return .unknown
            case "[":
                return self.skipClass() ? .unknown : nil
            case "(":
                return self.parseGroup(depth: depth)
            case "\\":
                return self.parseEscape()
            case "*", "+", "?", "{", "}", "]":
                return nil
            default:
                // A non-ASCII character may match a canonically equivalent spelling with other
                // bytes (`é` and `e` + U+0301), so patterns with one are left alone.
                return scalar.isASCII ? .literal(UInt8(scalar.value)) : nil
            }
        }

        /// After `(`: a capturing, non-capturing or named group, or a lookaround.
        private mutating func parseGroup(depth: Int) -> Info? {
            var isLookaround = false
            if self.next == "?" {
                self.index += 1
                switch self.next {
                case ":":
                    self.index += 1
                case "=", "!":
                    self.index += 1
                    isLookaround = true
                case "<":
                    self.index += 1
                    if self.next == "=" || self.next == "!" {
                        self.index += 1
                        isLookaround = true
                    } else if !self.skipGroupName(closer: ">") {
                        return nil
                    }
                case "P":
                    self.index += 1
                    guard self.next == "<" else { return nil }
                    self.index += 1
                    if !self.skipGroupName(closer: ">") { return nil }
                default:
                    // Inline options such as (?i) change what literals match.
                    return nil
                }
            }
            guard let inner = self.parseAlternation(depth: depth + 1), self.next == ")" else {
                return nil
            }
            self.index += 1
            if isLookaround { self.assertions += 1 }
            return isLookaround ? .empty : inner
        }

        private mutating func skipGroupName(closer: Unicode.Scalar) -> Bool {
            while let scalar = self.next {
                self.index += 1
                if scalar == closer { return true }
                guard
                    scalar.properties.isAlphabetic || scalar == "_"
                        || ("0"..."9").contains(scalar)
                else { return false }
            }
            return false
        }

        /// After `\`.
        private mutating func parseEscape() -> Info? {
            guard let scalar = self.next else { return nil }
            self.index += 1
            switch scalar {
            case "b", "B":
                self.assertions += 1
                return .empty
            case "d", "D", "w", "W", "s", "S":
                return .unknown
            case "n":
                return .literal(0x0A)
            case "t":
                return .literal(0x09)
            default:
                // Escaped punctuation stands for itself; letters and digits are classes,
                // references or anchors the analysis does not model.
                guard scalar.isASCII, !scalar.properties.isAlphabetic, !("0"..."9").contains(scalar)
                else { return nil }
                return .literal(UInt8(scalar.value))
            }
        }

        /// After `[`: skips to the matching `]`; `false` when there is none or it nests.
        private mutating func skipClass() -> Bool {
            if self.next == "^" { self.index += 1 }
            if self.next == "]" { self.index += 1 }
            while let scalar = self.next {
                self.index += 1
                switch scalar {
                case "\\":
                    guard self.next != nil else { return false }
                    self.index += 1
                case _ where !scalar.isASCII:
                    return false
                case "[":
                    // Nested classes and set operations are beyond the analysis.
                    return false
                case "]":
                    return true
                default:
                    continue
                }
            }
            return false
        }

        /// `?`, `*`, `+` or `{m,n}` after an atom, with an optional lazy or possessive mark.
        private mutating func parseQuantifier(on atom: Info) -> Info? {
            let result: Info
            switch self.next {
            case "?":
                self.index += 1
                result = atom.optional
            case "*":
                self.index += 1
                result = atom.starred
            case "+":
                self.index += 1
                result = atom.repeated
            case "{":
                guard let minimum = self.parseBraces() else { return nil }
                result = minimum == 0 ? atom.starred : atom.repeated
            default:
                return atom
            }
            if self.next == "?" || self.next == "+" { self.index += 1 }
            return result
        }

        /// After an atom, at `{`: reads `{m}`, `{m,}` or `{m,n}` and returns `m`.
        private mutating func parseBraces() -> Int? {
            self.index += 1
            var minimum = 0
            var digits = 0
            while let scalar = self.next, ("0"..."9").contains(scalar) {
                minimum = minimum * 10 + Int(scalar.value - 48)
                digits += 1
                self.index += 1
                guard digits < 6 else { return nil }
            }
            guard digits > 0 else { return nil }
            if self.next == "," {
                self.index += 1
                while let scalar = self.next, ("0"..."9").contains(scalar) { self.index += 1 }
            }
            guard self.next == "}" else { return nil }
            self.index += 1
            return minimum
        }
    }
}
