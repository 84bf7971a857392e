/// A problem found in a bot definition, with the place to fix it.
///
/// Diagnostics print the way compilers do, so editors can jump to them:
///
/// ```
/// intents/tidepool/flows/refund.json:41:17: error: flows.refund.states.ask_order.next: unknown state "confrim" (did you mean "confirm"?)
/// ```
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad a problem is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// The bot cannot load.
        case error
        /// The bot loads, but an author should look.
        case warning

        /// Errors sort before warnings.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// Whether the problem stops the bot from loading.
    public var severity: Severity
    /// A stable kebab-case identifier of the kind of problem, such as `unknown-state`.
    public var code: String
    /// What is wrong, as a sentence fragment.
    public var message: String
    /// Where it is; `nil` for problems of the bot as a whole (such as a missing folder).
    public var origin: Origin?
    /// A likely intended name, shown as "did you mean".
    public var suggestion: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, _ code: String, _ message: String, at origin: Origin?,
        suggestion: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.origin = origin
        self.suggestion = suggestion
    }

    /// Creates an error diagnostic.
    public static func error(
        _ code: String, _ message: String, at origin: Origin?, suggestion: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, code, message, at: origin, suggestion: suggestion)
    }

    /// Creates a warning diagnostic.
    public static func warning(
        _ code: String, _ message: String, at origin: Origin?, suggestion: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, code, message, at: origin, suggestion: suggestion)
    }

    /// Whether this diagnostic stops the bot from loading.
    public var isError: Bool { self.severity == .error }

    /// The most characters of the message, the JSON path or the suggestion that the one-line
    /// ``description`` shows: a message can quote what the definitions hold (a condition of a
    /// million terms, a key of a megabyte), and a line of megabytes helps no one.
    public static let displayLimit = 400

    /// `text`, or its first ``displayLimit`` characters and how many more there are.
    static func shortened(_ text: String) -> String {
        guard text.utf8.count > Self.displayLimit else { return text }
        let kept = text.prefix(Self.displayLimit)
        let rest = text.count - kept.count
        return rest > 0 ? kept + "… (\(Plural.count(rest, "more character")))" : text
    }

    /// The diagnostic as one line: `file:line:col: severity: path: message (did you mean "x"?)`.
    ///
    /// Control characters that the definitions put into it (an intent name or a message
    /// holding a newline or an escape sequence, quoted by the message or in the JSON path, or a
    /// file's name) are written as escapes, so that a diagnostic stays on its one line and
    /// cannot send escape sequences to the author's terminal. The message, the path and the
    /// suggestion are each cut to ``displayLimit`` characters.
    public var description: String {
        var line = ""
        if let origin = self.origin {
            line += "\(origin): \(self.severity.rawValue): "
            if !origin.path.isEmpty { line += "\(Self.shortened(origin.path)): " }
        } else {
            line += "\(self.severity.rawValue): "
        }
        line += Self.shortened(self.message)
        if let suggestion = self.suggestion {
            line += " (did you mean \"\(Self.shortened(suggestion))\"?)"
        }
        return line.escapingControlCharacters()
    }
}

extension [Diagnostic] {
    /// Whether any of the diagnostics is an error.
    public var containsErrors: Bool { self.contains { $0.isError } }

    /// The diagnostics in file, then line, then column order; problems without a place first.
    public func sortedByPlace() -> [Diagnostic] {
        self.enumerated().sorted { lhs, rhs in
            let left = lhs.element.origin
            let right = rhs.element.origin
            switch (left, right) {
            case (nil, nil):
                return lhs.offset < rhs.offset
            case (nil, _):
                return true
            case (_, nil):
                return false
            case (let left?, let right?):
                if left.file != right.file { return left.file < right.file }
                // By line and column, not byte offset: places made from a line alone (the
                // header lines of a Markdown article) have no offset.
                let (a, b) = (left.location, right.location)
                if a.line != b.line { return a.line < b.line }
                if a.column != b.column { return a.column < b.column }
                return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
