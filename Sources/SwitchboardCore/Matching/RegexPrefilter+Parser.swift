extension RegexPrefilter {
    /// A recursive-descent reader of the pattern syntax the analysis understands.
    struct Parser {
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
