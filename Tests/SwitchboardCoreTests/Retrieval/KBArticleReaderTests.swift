import Testing

@testable import SwitchboardCore

@Suite struct KBArticleReaderTests {
    /// Reads one Markdown file named `name`.md; the article and the diagnostics.
    private func markdown(
        _ text: String, name: String = "billing-faq"
    ) -> (KBArticle?, [Diagnostic]) {
        var reader = KBArticleReader()
        let article = reader.markdown(
            Array(text.utf8), file: "kb/\(name).md", defaultID: name)
        return (article, reader.diagnostics)
    }

    /// The code, line and suggestion of each diagnostic.
    private func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map {
            "\($0.code)@\($0.origin?.location.line ?? 0)" + ($0.suggestion.map { " \($0)" } ?? "")
        }
    }

    @Test("A header closed on the file's last line: no body, at that line (not one past the end)")
    func headerClosedOnLastLine() {
        let (article, diagnostics) = self.markdown("---\ntitle: Billing\n---")
        #expect(article == nil)
        #expect(self.summary(diagnostics) == ["empty-value@3"])
        #expect(diagnostics.first?.message == "the article has no body")
    }

    @Test("The header gives title, url, tags (on commas) and questions (on |)")
    func header() throws {
        let (article, diagnostics) = self.markdown(
            """
            ---
            title: FAQ: billing
            url: https://help.example/billing
            tags: billing, refunds ,, money,
            questions: Why was I charged twice? | where is my invoice||  how do I pay
            ---

            Invoices are emailed monthly.
            """)
        #expect(diagnostics.isEmpty)
        let found = try #require(article)
        #expect(found.id == "billing-faq")
        #expect(found.title == "FAQ: billing")
        #expect(found.url == "https://help.example/billing")
        #expect(found.tags == ["billing", "refunds", "money"])
        #expect(
            found.questions == ["Why was I charged twice?", "where is my invoice", "how do I pay"])
        #expect(found.body == "Invoices are emailed monthly.")
        #expect(found.source == "kb/billing-faq.md")
    }

    @Test("An id in the header replaces the file name")
    func idFromHeader() throws {
        let (article, diagnostics) = self.markdown(
            "---\nid: billing\ntitle: Billing\n---\nPay by card.\n")
        #expect(diagnostics.isEmpty)
        let found = try #require(article)
        #expect(found.id == "billing")
        #expect(found.title == "Billing")
        #expect(found.body == "Pay by card.")
        #expect(found.questions.isEmpty)
        #expect(found.tags.isEmpty)
        #expect(found.url == nil)
    }

    @Test(
        "A file with Windows or classic Mac line endings reads like one with Unix line endings",
        arguments: ["\r\n", "\r"])
    func otherLineEndings(ending: String) {
        let (article, diagnostics) = self.markdown(
            ["---", "id: billing", "title: Billing", "---", "Pay by card.", "", "Or by bank.", ""]
                .joined(separator: ending))
        #expect(diagnostics.isEmpty)
        #expect(article?.id == "billing")
        #expect(article?.title == "Billing")
        #expect(article?.body == "Pay by card.\n\nOr by bank.")
    }

    @Test("A header error in a file with classic Mac line endings is at its own line")
    func classicMacLineNumbers() {
        let (article, diagnostics) = self.markdown("---\rtitle: Billing\rcolour: blue\r---\rBody\r")
        #expect(article?.title == "Billing")
        #expect(self.summary(diagnostics) == ["unknown-field@3"])
    }

    @Test("A missing title is an error at line 1 of the file, an empty one at its line")
    func missingTitle() {
        for (text, line) in [
            ("---\nurl: https://x.example\n---\nBody.", 1), ("---\nid: a\ntitle:\n---\nBody.", 3),
        ] {
            let (article, diagnostics) = self.markdown(text)
            #expect(article == nil)
            #expect(self.summary(diagnostics) == ["missing-field@\(line)"])
            #expect(diagnostics.first?.origin?.file == "kb/billing-faq.md")
            #expect(diagnostics.first?.message == "missing required header \"title\"")
        }
    }

    @Test("A misspelled title is one error, not also a missing title")
    func misspelledTitle() {
        let (article, diagnostics) = self.markdown("---\nTitel: Billing\n---\nBody.")
        #expect(article == nil)
        #expect(self.summary(diagnostics) == ["unknown-field@2 title"])
    }

    @Test("A file with no header, or nothing at all, is told what an article looks like")
    func noHeader() {
        let (article, diagnostics) = self.markdown("Body only.")
        #expect(article == nil)
        #expect(self.summary(diagnostics) == ["missing-field@1"])
        #expect(
            diagnostics.first?.message
                == "the article has no header: start the file with a '---' line, "
                + "a 'title: ...' line and a closing '---' line")
        for empty in ["", " \n\n"] {
            let (nothing, problems) = self.markdown(empty)
            #expect(nothing == nil)
            #expect(
                problems.map(\.message) == [
                    "the file is empty: an article needs a header with a title and a body"
                ])
        }
    }

    @Test("Header problems are reported at their line")
    func headerProblems() {
        let (article, diagnostics) = self.markdown(
            """
            ---
            title: Billing
            titel: Billing again
            no colon here
            title: Billing twice
            ---
            Body.
            """)
        #expect(article?.title == "Billing twice")
        #expect(
            self.summary(diagnostics) == [
                "unknown-field@3 title", "invalid-header@4", "duplicate-key@5",
            ])
    }

    @Test("A header without its closing line, an invalid id or an empty body is an error")
    func invalidArticles() {
        #expect(self.summary(self.markdown("---\ntitle: A\nBody.").1) == ["invalid-header@1"])
        let fromName = self.markdown("---\ntitle: A\n---\nB.", name: "-first").1
        #expect(self.summary(fromName) == ["invalid-id@1"])
        #expect(
            fromName.first?.message
                == "the file name gives the article id \"-first\", which is not valid; add an "
                + "'id:' header (a letter or digit, then letters, digits, '-', '_', '.', '+')")
        #expect(self.summary(self.markdown("---\ntitle: A\n---\n\n  \n").1) == ["empty-value@4"])
        // An id from the header is reported at its line.
        #expect(
            self.summary(self.markdown("---\ntitle: A\nid: a b\n---\nB.").1) == ["invalid-id@3"])
    }

    @Test("A file that is not UTF-8 is an error")
    func invalidUTF8() {
        var reader = KBArticleReader()
        let article = reader.markdown([0x2D, 0xFF, 0xFE], file: "kb/x.md", defaultID: "x")
        #expect(article == nil)
        #expect(reader.diagnostics.map(\.code) == ["invalid-utf8"])
    }

    @Test("Bytes that are not UTF-8 are reported at their line and column, not at line 1")
    func invalidUTF8Place() {
        var reader = KBArticleReader()
        let bytes =
            Array("---\ntitle: Billing\n---\nPay by cärd".utf8) + [0xFF] + Array(" now.\n".utf8)
        #expect(reader.markdown(bytes, file: "kb/x.md", defaultID: "x") == nil)
        #expect(
            reader.diagnostics.map(\.description) == [
                "kb/x.md:4:12: error: the file is not valid UTF-8"
            ])
    }

    @Test("A byte order mark at the start of the file is skipped, so the header is read")
    func byteOrderMark() {
        let (article, diagnostics) = self.markdown(
            "\u{FEFF}---\ntitle: Billing\n---\nPay by card.\n")
        #expect(diagnostics.isEmpty)
        #expect(article?.title == "Billing")
        #expect(article?.body == "Pay by card.")
    }

    @Test("JSON Lines: a malformed line is reported at its line; the others are read")
    func jsonLines() {
        let text = [
            #"{"id": "gift-cards", "title": "Gift cards", "body": "Never expire.", "#
                + #""tags": ["gifts"]}"#,
            #"{"id": "returns", "title": "Returns", "body": "Within 30 days.",}"#,
            "",
            #"{"id": "coupons", "title": "Coupons", "body": "One per order.", "#
                + #""questions": ["can I stack coupons"], "url": "https://x.example/c"}"#,
        ].joined(separator: "\n")
        var reader = KBArticleReader()
        let articles = reader.jsonLines(Array(text.utf8), file: "kb/import.jsonl")
        #expect(articles.map(\.id) == ["gift-cards", "coupons"])
        #expect(articles.map(\.source) == ["kb/import.jsonl:1", "kb/import.jsonl:4"])
        #expect(articles.first?.tags == ["gifts"])
        #expect(articles.last?.questions == ["can I stack coupons"])
        #expect(articles.last?.url == "https://x.example/c")
        #expect(self.summary(reader.diagnostics) == ["invalid-json@2"])
        let column = #"{"id": "returns", "title": "Returns", "body": "Within 30 days.",}"#.count
        #expect(reader.diagnostics.first?.origin?.location.column == column)
    }

    @Test("JSON Lines: missing fields, unknown fields and invalid ids are reported at their line")
    func jsonLinesFields() {
        let text = """
            {"id": "a", "body": "No title."}
            {"id": "b", "title": "B", "body": "Fine.", "tgs": ["x"]}
            {"id": "a c", "title": "C", "body": "Bad id."}
            ["not", "an", "object"]
            """
        var reader = KBArticleReader()
        let articles = reader.jsonLines(Array(text.utf8), file: "kb/import.jsonl")
        #expect(articles.map(\.id) == ["b"])
        #expect(
            self.summary(reader.diagnostics) == [
                "missing-field@1", "unknown-field@2 tags", "invalid-id@3", "wrong-type@4",
            ])
    }
}

@Suite struct ArticleIDTests {
    @Test(arguments: ["libstdc++6", "python3.11", "3d-secure", "reset_password", "faq000"])
    func importedIDsAreValid(_ id: String) {
        #expect(Identifier.isValidArticleID(id))
    }

    @Test(arguments: ["", "-first", "a c", "über", "a/b", String(repeating: "x", count: 129)])
    func invalidIDs(_ id: String) {
        #expect(!Identifier.isValidArticleID(id))
    }
}
