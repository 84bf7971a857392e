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
    let regex: Regex<AnyRegexOutput>

    /// Compiles a pattern.
    ///
    /// - Throws: the `Regex` parser's error, whose description says what is wrong.
    public init(_ source: String, ignoresCase: Bool = false) throws {
        var regex = try Regex(source)
        if ignoresCase { regex = regex.ignoresCase() }
        self.source = source
        self.ignoresCase = ignoresCase
        self.regex = regex
    }

    /// Whether the pattern matches anywhere in `text`.
    public func matches(in text: String) -> Bool {
        (try? self.regex.firstMatch(in: text)) != nil
    }

    /// Whether the pattern matches the whole of `text`.
    public func matchesWhole(_ text: String) -> Bool {
        (try? self.regex.wholeMatch(in: text)) != nil
    }

    /// The first match: its byte range in `text` and the text of capture `group` (0 = whole match).
    public func firstMatch(in text: String, group: Int = 0) -> (range: Range<Int>, text: String)? {
        guard let match = try? self.regex.firstMatch(in: text) else { return nil }
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
