/// A regular expression from a definition, compiled once when the bot loads.
///
/// `Regex` is not `Sendable` in the standard library because of its generic output
/// type; a compiled `Regex<AnyRegexOutput>` is an immutable value whose program is
/// built once, thread-safely, on first use, so sharing it across tasks is sound.
public struct CompiledPattern: @unchecked Sendable, Hashable {
    /// The pattern as written.
    public let source: String
    /// Whether letters match regardless of case.
    public let ignoresCase: Bool
    /// The most bytes of a text the pattern looks at; `nil`: all of them.
    public let inputLimit: Int?
    let regex: Regex<AnyRegexOutput>

    /// Compiles a pattern.
    ///
    /// - Parameters:
    ///   - source: the pattern, in Swift `Regex` syntax.
    ///   - ignoresCase: whether letters match regardless of case.
    ///   - inputLimit: the most bytes of a text to look at (see ``definitionInputLimit``).
    /// - Throws: ``Refusal`` for a pattern whose matching time can explode (see
    ///   ``refusal(of:)``), or the `Regex` parser's error; either description says what is wrong.
    public init(_ source: String, ignoresCase: Bool = false, inputLimit: Int? = nil) throws {
        if let refusal = Self.refusal(of: source) { throw refusal }
        var regex = try Regex(source)
        if ignoresCase { regex = regex.ignoresCase() }
        self.source = source
        self.ignoresCase = ignoresCase
        self.inputLimit = inputLimit
        self.regex = regex
    }

    /// `text`, or its first ``inputLimit`` bytes (ending on a character boundary).
    private func bounded(_ text: String) -> Substring {
        guard let limit = self.inputLimit, text.utf8.count > limit else { return text[...] }
        var end = text.startIndex
        var used = 0
        for index in text.indices {
            let next = text.index(after: index)
            used += text.utf8.distance(from: index, to: next)
            if used > limit { break }
            end = next
        }
        return text[..<end]
    }

    /// Whether the pattern matches anywhere in `text` (in its first ``inputLimit`` bytes).
    public func matches(in text: String) -> Bool {
        (try? self.regex.firstMatch(in: self.bounded(text))) != nil
    }

    /// Whether the pattern matches the whole of `text`; never for a text longer than
    /// ``inputLimit`` bytes.
    public func matchesWhole(_ text: String) -> Bool {
        if let limit = self.inputLimit, text.utf8.count > limit { return false }
        return (try? self.regex.wholeMatch(in: text)) != nil
    }

    /// The first match: its byte range in `text` and the text of capture `group` (0 = whole
    /// match), looking at the first ``inputLimit`` bytes of `text`.
    public func firstMatch(in text: String, group: Int = 0) -> (range: Range<Int>, text: String)? {
        guard let match = try? self.regex.firstMatch(in: self.bounded(text)) else { return nil }
        let output = match.output
        guard group < output.count, let range = output[group].range,
            let substring = output[group].substring
        else { return nil }
        let utf8 = text.utf8
        let start = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
        let end = utf8.distance(from: utf8.startIndex, to: range.upperBound)
        return (start..<end, String(substring))
    }

    /// The number of capture groups.
    public var captureCount: Int {
        // `Regex` exposes capture count only through a match; count parentheses that open groups.
        var count = 0
        var escaped = false
        var inClass = false
        let scalars = Array(self.source.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if escaped {
                escaped = false
                continue
            }
            switch scalar {
            case "\\":
                escaped = true
            case "[":
                inClass = true
            case "]":
                inClass = false
            case "(" where !inClass:
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                if next != "?" {
                    count += 1
                } else if index + 2 < scalars.count,
                    scalars[index + 2] == "<" || scalars[index + 2] == "P",
                    index + 3 < scalars.count, scalars[index + 3] != "=", scalars[index + 3] != "!"
                {
                    count += 1
                }
            default:
                break
            }
        }
        return count
    }

    /// Patterns are equal when their source and case rule are.
    public static func == (lhs: CompiledPattern, rhs: CompiledPattern) -> Bool {
        lhs.source == rhs.source && lhs.ignoresCase == rhs.ignoresCase
    }

    /// Hashes the source and case rule.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.source)
        hasher.combine(self.ignoresCase)
    }
}
