/// Reads knowledge-base articles from Markdown files with a small header and from JSON Lines.
///
/// Problems come back as diagnostics naming the file and line; a bad article is skipped and
/// the others are still read.
struct KBArticleReader {
    /// Problems found so far.
    var diagnostics: [Diagnostic] = []

    static let headerKeys = ["id", "title", "url", "tags", "questions"]

    /// Reads one Markdown article: a `---` header of `key: value` lines (a title at least), then
    /// the body.
    ///
    /// A byte order mark at the start is skipped; bytes that are not UTF-8 are reported at
    /// their line and column.
    mutating func markdown(_ bytes: [UInt8], file: String, defaultID: String) -> KBArticle? {
        let content = UTF8Text.droppingByteOrderMark(bytes)
        guard let text = String(validating: content, as: UTF8.self) else {
            let place = UTF8Text.firstInvalidByte(in: content) ?? .start
            self.problem(
                "invalid-utf8", "the file is not valid UTF-8", file: file, line: place.line,
                column: place.column)
            return nil
        }
        var lines = TextLines.split(text)
        var fields: [String: String] = [:]
        var fieldLines: [String: Int] = [:]
        // Headers reported as misspelled ("titel"): not reported as missing too.
        var misspelled: Set<String> = []
        var bodyStart = 0
        let hasHeader = lines.first.map { $0.trimmingCharacters() == "---" } ?? false
        if hasHeader {
            guard
                let close = lines.indices.dropFirst().first(where: {
                    lines[$0].trimmingCharacters() == "---"
                })
            else {
                self.problem(
                    "invalid-header", "the header's closing '---' is missing", file: file, line: 1)
                return nil
            }
            for index in 1..<close {
                let line = lines[index]
                if line.trimmingCharacters().isEmpty { continue }
                guard let colon = line.firstIndex(of: ":") else {
                    self.problem(
                        "invalid-header", "expected 'key: value'", file: file, line: index + 1)
                    continue
                }
                let key = String(line[..<colon].trimmingCharacters())
                let value = String(line[line.index(after: colon)...].trimmingCharacters())
                guard Self.headerKeys.contains(key) else {
                    let suggestion = Suggestion.closest(to: key, among: Self.headerKeys)
                    self.problem(
                        "unknown-field", "unknown header \"\(key)\"", file: file, line: index + 1,
                        suggestion: suggestion)
                    if let suggestion { misspelled.insert(suggestion) }
                    continue
                }
                if fields[key] != nil {
                    self.problem(
                        "duplicate-key", "header \"\(key)\" appears twice", file: file,
                        line: index + 1)
                }
                fields[key] = value
                fieldLines[key] = index + 1
            }
            bodyStart = close + 1
        }
        // A header closed on the file's last line has no body line to point at: point at it.
        let bodyLine = min(bodyStart + 1, max(lines.count, 1))
        lines = Array(lines[bodyStart...])
        let body = lines.joined(separator: "\n").trimmingCharacters()
        guard hasHeader || !text.trimmingCharacters().isEmpty else {
            self.problem(
                "empty-value",
                "the file is empty: an article needs a header with a title and a body",
                file: file, line: 1)
            return nil
        }
        guard hasHeader else {
            self.problem(
                "missing-field",
                "the article has no header: start the file with a '---' line, a 'title: ...' "
                    + "line and a closing '---' line", file: file, line: 1)
            return nil
        }
        guard let title = fields["title"], !title.isEmpty else {
            if fields["title"] != nil || !misspelled.contains("title") {
                self.problem(
                    "missing-field", "missing required header \"title\"", file: file,
                    line: fieldLines["title"] ?? 1)
            }
            return nil
        }
        let id = fields["id"] ?? defaultID
        guard Identifier.isValidArticleID(id) else {
            let problem =
                fields["id"] == nil
                ? "the file name gives the article id \"\(id)\", which is not valid; "
                    + "add an 'id:' header (a letter or digit, then letters, digits, '-', '_', '.', '+')"
                : "\"\(id)\" is not a valid article id"
            self.problem("invalid-id", problem, file: file, line: fieldLines["id"] ?? 1)
            return nil
        }
        if body.isEmpty {
            self.problem("empty-value", "the article has no body", file: file, line: bodyLine)
            return nil
        }
        return KBArticle(
            id: id, title: title, body: String(body),
            questions: Self.list(fields["questions"], separator: "|"), url: fields["url"],
            tags: Self.list(fields["tags"], separator: ","), source: file)
    }

    /// Reads JSON Lines of `{"id", "title", "body", "questions"?, "url"?, "tags"?}`.
    mutating func jsonLines(_ bytes: [UInt8], file: String) -> [KBArticle] {
        var articles: [KBArticle] = []
        var lineNumber = 0
        var start = 0
        let parser = JSONParser(maxDepth: 16)
        while start < bytes.count {
            lineNumber += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1 }
            let line = bytes[start..<end]
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let node: JSONNode
            do {
                node = try parser.parse(Array(line))
            } catch {
                self.problem(
                    "invalid-json", error.message, file: file, line: lineNumber,
                    column: error.location.column)
                continue
            }
            if let article = self.article(node, file: file, line: lineNumber) {
                articles.append(article)
            }
        }
        return articles
    }

    private mutating func article(_ node: JSONNode, file: String, line: Int) -> KBArticle? {
        var decoder = DefinitionDecoder(file: file)
        defer {
            self.diagnostics += decoder.diagnostics.map { diagnostic in
                var moved = diagnostic
                moved.origin?.location.line = line
                return moved
            }
        }
        let allowed = ["id", "title", "body", "questions", "url", "tags"]
        guard let object = decoder.object(node, at: "", allowed: allowed) else { return nil }
        let id = decoder.string(object, "id", in: node, at: "", required: true)
        let title = decoder.string(object, "title", in: node, at: "", required: true)
        let body = decoder.string(object, "body", in: node, at: "", required: true)
        let questions = object["questions"].map { decoder.strings($0, at: "questions") } ?? []
        let url = decoder.string(object, "url", in: node, at: "")
        let tags = object["tags"].map { decoder.strings($0, at: "tags") } ?? []
        guard let id, let title, let body else { return nil }
        guard Identifier.isValidArticleID(id) else {
            decoder.error("invalid-id", "\"\(id)\" is not a valid article id", node, "id")
            return nil
        }
        return KBArticle(
            id: id, title: title, body: body, questions: questions, url: url, tags: tags,
            source: "\(file):\(line)")
    }

    private mutating func problem(
        _ code: String, _ message: String, file: String, line: Int, column: Int = 1,
        suggestion: String? = nil
    ) {
        self.diagnostics.append(
            .error(
                code, message,
                at: Origin(
                    file: file, location: SourceLocation(line: line, column: column, offset: 0),
                    path: ""),
                suggestion: suggestion))
    }

    private static func list(_ value: String?, separator: Character) -> [String] {
        guard let value else { return [] }
        return value.split(separator: separator).map { String($0.trimmingCharacters()) }.filter {
            !$0.isEmpty
        }
    }
}
