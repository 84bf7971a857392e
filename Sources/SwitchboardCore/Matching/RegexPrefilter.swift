/// A cheap test that rules out most texts a regular expression cannot match, before the
/// expression itself runs.
///
/// Built from the pattern's source, it checks up to three things a match implies:
/// - a set of strings at least one of which every match contains
///   (`\b(delete|remove) my account\b` needs `delete my account` or `remove my account`);
/// - for a pattern anchored with `^`, the first few bytes a match can start with (`^(hi+|hey)`
///   needs a text starting with `hi`, `hii` or `hey`), and for one anchored with `$`, the last
///   few bytes it can end with.
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
    /// For a `^`-anchored pattern that cannot match the empty string: a text must start with
    /// one of these.
    let heads: [[UInt8]]?
    /// For a `$`-anchored pattern that cannot match the empty string: a text must end with one
    /// of these (each reversed).
    let tails: [[UInt8]]?
    /// For a pattern `^...$` with no other assertion and a known, finite set of matches: that
    /// set, so a text matches exactly when it is one of them.
    let wholeMatches: Set<[UInt8]>?

    /// Single bytes rule out too little to be worth checking.
    static let minimumLength = 2
    /// The most strings a set of required strings may hold before the analysis gives up on it.
    static let maximumAlternatives = 24
    /// The most strings a pattern's whole set of matches may hold to be decided by lookup.
    static let maximumWholeMatches = 256
    /// Longer patterns are not analysed (they always run).
    static let maximumPatternLength = 2_000

    /// The prefilter for a pattern, or `nil` when it would rule nothing out (or the pattern is
    /// beyond the analysis).
    init?(pattern: CompiledPattern) {
        guard !pattern.ignoresCase else { return nil }
        let scalars = Array(pattern.source.unicodeScalars)
        // The analysis copies its strings as they grow, quadratic in a literal's length:
        // a 1 MB pattern took minutes. Real rules are a few hundred characters.
        guard scalars.count <= Self.maximumPatternLength else { return nil }
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
        func affixes(_ affixes: Affixes, _ anchored: Bool) -> [[UInt8]]? {
            guard anchored, !info.isNullable, !affixes.isUnconstrained else { return nil }
            return affixes.strings
        }
        self.needles = needles
        self.heads = affixes(info.heads, parser.isAnchoredAtStart)
        self.tails = affixes(info.tails, parser.isAnchoredAtEnd)
        if needles.isEmpty, self.heads == nil, self.tails == nil, self.wholeMatches == nil {
            return nil
        }
    }

    /// Whether a text (its UTF-8 bytes) matches, when that is known without running the
    /// pattern: `false` when the prefilter rules it out, `true` or `false` when the whole set of
    /// matches is known, `nil` when only the pattern can tell.
    func decide(utf8 bytes: [UInt8]) -> Bool? {
        // The cheap checks first: most texts fail them, and no text that fails them is in
        // the set of whole matches.
        guard self.mayMatch(utf8: bytes) else { return false }
        // `$` also matches before a final line break; leave such texts to the pattern.
        guard let wholeMatches = self.wholeMatches, bytes.last != 0x0A, bytes.last != 0x0D
        else { return nil }
        return wholeMatches.contains(bytes)
    }

    /// Whether a text (its UTF-8 bytes) may match: `false` means it certainly does not.
    func mayMatch(utf8 bytes: [UInt8]) -> Bool {
        if let heads = self.heads {
            guard heads.contains(where: { bytes.starts(with: $0) }) else { return false }
        }
        // `$` also matches before a final line break; leave such texts to the pattern.
        if let tails = self.tails, let last = bytes.last, last != 0x0A, last != 0x0D {
            guard tails.contains(where: { bytes.reversed().starts(with: $0) }) else {
                return false
            }
        }
        return self.needles.isEmpty
            || bytes.withUnsafeBufferPointer { buffer in
                self.needles.contains { Self.contains(buffer, $0) }
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
