extension CompiledPattern {
    /// Why a pattern is refused before Swift's `Regex` sees it.
    public struct Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong with the pattern, as a sentence fragment.
        public var description: String
    }

    /// How deeply groups and character classes may nest.
    ///
    /// Swift's `Regex` parser recurses once per level, so thousands of `(` or `[` overflow the stack before it can report an error.
    public static let maximumNesting = 32

    /// The most bytes of a message a definition's pattern looks at.
    ///
    /// Swift's `Regex` backtracks, so even a pattern with one `.*` (`\bnude\b.*\b1[0-7]\b`) takes time
    /// quadratic in the text: about 3 s for a 16 KB message that does not match. Longer
    /// messages are matched on their first this many bytes.
    public static let definitionInputLimit = 2_048

    /// Refuses patterns whose matching time can explode on some message: deep nesting, a
    /// repeated group that itself repeats without bound (`(a+)+`, exponential), and more than
    /// one unbounded `.` (`.*a.*b`, a higher power of the message's length for each).
    ///
    /// The check reads the source the way Swift's syntax does for these constructs and is
    /// deliberately simple: escapes and character classes are skipped, a quantifier is
    /// unbounded when it is `*`, `+` or `{n,}`.
    static func refusal(of source: String) -> Refusal? {
        let scalars = Array(source.unicodeScalars)
        // For each open group: whether something inside repeats without bound.
        var groups: [Bool] = []
        var classDepth = 0
        var wildcards = 0
        var index = 0
        // What the last atom was, for the quantifier after it.
        var lastAtomRepeats = false
        var lastAtomIsDot = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                index += 2
                lastAtomRepeats = false
                lastAtomIsDot = false
                continue
            }
            if classDepth > 0 {
                if scalar == "[" {
                    classDepth += 1
                    if classDepth + groups.count > Self.maximumNesting { return Self.tooDeep }
                } else if scalar == "]" {
                    classDepth -= 1
                }
                index += 1
                continue
            }
            let unbounded = Self.unboundedQuantifier(at: index, in: scalars)
            if let length = unbounded {
                if lastAtomRepeats {
                    return Refusal(
                        description:
                            "a group that repeats without bound holds something that also "
                            + "repeats without bound (as in \"(a+)+\"); matching can take "
                            + "exponential time")
                }
                if lastAtomIsDot {
                    wildcards += 1
                    if wildcards > 1 {
                        return Refusal(
                            description:
                                "more than one \".*\" or \".+\"; each multiplies the matching "
                                + "time by the message's length (use a \"keywords\" rule for "
                                + "words in any order)")
                    }
                }
                if !groups.isEmpty { groups[groups.count - 1] = true }
                index += length
                lastAtomRepeats = false
                lastAtomIsDot = false
                continue
            }
            lastAtomRepeats = false
            lastAtomIsDot = scalar == "."
            switch scalar {
            case "[":
                classDepth = 1
                if classDepth + groups.count > Self.maximumNesting { return Self.tooDeep }
            case "(":
                groups.append(false)
                if groups.count > Self.maximumNesting { return Self.tooDeep }
            case ")":
                if let inner = groups.popLast() {
                    lastAtomRepeats = inner
                    if inner, !groups.isEmpty { groups[groups.count - 1] = true }
                }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    private static var tooDeep: Refusal {
        Refusal(
            description: "groups or character classes nest more than \(Self.maximumNesting) deep")
    }

    /// The length of an unbounded quantifier (`*`, `+`, `{n,}`, with a lazy or possessive
    /// mark) at `index`, or `nil` when there is none.
    private static func unboundedQuantifier(
        at index: Int, in scalars: [Unicode.Scalar]
    ) -> Int? {
        var end = index
        switch scalars[index] {
        case "*", "+":
            end += 1
        case "{":
            var cursor = index + 1
            var digits = 0
            while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]) {
                cursor += 1
                digits += 1
            }
            guard digits > 0, cursor + 1 < scalars.count, scalars[cursor] == ",",
                scalars[cursor + 1] == "}"
            else { return nil }
            end = cursor + 2
        default:
            return nil
        }
        if end < scalars.count, scalars[end] == "?" || scalars[end] == "+" { end += 1 }
        return end - index
    }
}
