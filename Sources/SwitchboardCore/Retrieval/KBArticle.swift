/// A help-center article the bot can answer with.
public struct KBArticle: Sendable, Hashable, Codable {
    /// The article's id, unique in the bot.
    public var id: String
    /// The title, weighted above the body when searching.
    public var title: String
    /// The body text (Markdown).
    public var body: String
    /// Alternate questions users ask that this article answers.
    public var questions: [String]
    /// A link to the article.
    public var url: String?
    /// Tags.
    public var tags: [String]
    /// Where the article was read from: `file` or `file:line` for JSON Lines.
    public var source: String

    /// Creates an article.
    public init(
        id: String, title: String, body: String, questions: [String] = [], url: String? = nil,
        tags: [String] = [], source: String = ""
    ) {
        self.id = id
        self.title = title
        self.body = body
        self.questions = questions
        self.url = url
        self.tags = tags
        self.source = source
    }

    /// The first paragraph of the body, with Markdown emphasis and links reduced to text.
    public var summary: String {
        var paragraph: [Substring] = []
        for line in TextLines.split(self.body) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                if paragraph.isEmpty { continue }
                break
            }
            if paragraph.isEmpty, trimmed.hasPrefix("#") { continue }
            paragraph.append(trimmed)
        }
        return Self.plainText(paragraph.joined(separator: " "))
    }

    /// Markdown reduced to plain text: emphasis markers and backticks dropped, `[text](url)`
    /// to `text`.
    ///
    /// A run of `*` or `_` is an emphasis marker only at the edge of a word (`**Forgot**`,
    /// `_now_,`); inside a word (`SAVE_20`) or between spaces (`2 * 3`) it is kept.
    static func plainText(_ markdown: String) -> String {
        let scalars = Array(markdown.unicodeScalars)
        var output = ""
        var index = 0
        func isSpace(_ position: Int) -> Bool {
            position < 0 || position >= scalars.count || scalars[position].properties.isWhitespace
        }
        func isEdge(_ position: Int) -> Bool {
            isSpace(position) || Character(scalars[position]).isPunctuation
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "`":
                index += 1
            case "*", "_":
                var end = index
                while end < scalars.count, scalars[end] == scalar { end += 1 }
                let opens = isEdge(index - 1) && !isSpace(end)
                let closes = !isSpace(index - 1) && isEdge(end)
                if !(opens || closes) {
                    output.unicodeScalars.append(contentsOf: scalars[index..<end])
                }
                index = end
            case "[":
                if let close = scalars[index...].firstIndex(of: "]"), close + 1 < scalars.count,
                    scalars[close + 1] == "(", let end = scalars[close...].firstIndex(of: ")")
                {
                    output.unicodeScalars.append(contentsOf: scalars[(index + 1)..<close])
                    index = end + 1
                } else {
                    output.unicodeScalars.append(scalar)
                    index += 1
                }
            default:
                output.unicodeScalars.append(scalar)
                index += 1
            }
        }
        return output
    }

}
