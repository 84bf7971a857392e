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
        for line in self.body.split(separator: "\n", omittingEmptySubsequences: false) {
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

    /// Markdown reduced to plain text: emphasis markers dropped, `[text](url)` to `text`.
    static func plainText(_ markdown: String) -> String {
        var output = ""
        var scalars = markdown.unicodeScalars[...]
        while let scalar = scalars.first {
            scalars.removeFirst()
            switch scalar {
            case "*", "_", "`":
                continue
            case "[":
                if let close = scalars.firstIndex(of: "]"),
                    scalars.index(after: close) < scalars.endIndex,
                    scalars[scalars.index(after: close)] == "(",
                    let end = scalars[close...].firstIndex(of: ")")
                {
                    output.unicodeScalars.append(contentsOf: scalars[scalars.startIndex..<close])
                    scalars = scalars[scalars.index(after: end)...]
                } else {
                    output.unicodeScalars.append(scalar)
                }
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
