/// A bot message a transcript expects.
public struct ExpectedMessage: Sendable, Hashable {
    /// How the text must match.
    public enum Match: Sendable, Hashable {
        /// Exactly this text.
        case exact(String)
        /// Text containing this.
        case contains(String)
        /// Text matching this regular expression.
        case regex(CompiledPattern)
        /// Exactly one of these texts.
        case oneOf([String])
    }

    /// How the text must match.
    public var match: Match
    /// The options the message must offer, when given.
    public var options: [String]?
    /// The line in the file.
    public var line: Int
    /// The line of its `options:` in the file, when it has one.
    public var optionsLine: Int?

    /// Creates an expectation.
    public init(_ match: Match, options: [String]? = nil, line: Int = 0, optionsLine: Int? = nil) {
        self.match = match
        self.options = options
        self.line = line
        self.optionsLine = optionsLine
    }

    /// Whether a message meets the expectation.
    public func accepts(_ message: OutgoingMessage) -> Bool {
        if let options = self.options, options != message.options { return false }
        switch self.match {
        case .exact(let text): return message.text == text
        case .contains(let text): return message.text.contains(text)
        case .regex(let pattern): return pattern.matches(in: message.text)
        case .oneOf(let texts): return texts.contains(message.text)
        }
    }

    /// The expectation as written in a transcript, such as `<~ refund`.
    public var written: String {
        switch self.match {
        case .exact(let text): return "< " + TranscriptSyntax.escape(text)
        case .contains(let text): return "<~ " + TranscriptSyntax.escape(text)
        case .regex(let pattern): return "<* " + pattern.source
        case .oneOf(let texts):
            return "<| " + texts.map(TranscriptSyntax.escape).joined(separator: " | ")
        }
    }
}
