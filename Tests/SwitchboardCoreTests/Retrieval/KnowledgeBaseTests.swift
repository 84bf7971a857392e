import Testing

@testable import SwitchboardCore

@Suite struct KnowledgeBaseTests {
    static let articles = [
        KBArticle(
            id: "reset-password", title: "Reset your password",
            body: "To reset your password, tap Forgot password on the sign-in screen.",
            questions: ["I forgot my password", "can't remember my login"]),
        KBArticle(
            id: "delete-account", title: "Delete your account",
            body: "Deleting your account removes your videos and purchases after 30 days."),
        KBArticle(
            id: "shipping", title: "Shipping times",
            body: "Orders ship within two working days. Refunds take five days to reach your "
                + "card. Contact us anytime."),
    ]
    let kb = KnowledgeBase(articles: Self.articles)

    private func ids(_ query: String) -> [String] {
        self.kb.search(query).map { self.kb.articles[$0.article].id }
    }

    @Test("A paraphrase found only in an alternate question finds the article")
    func alternateQuestions() throws {
        let hits = self.kb.search("I can't remember my login")
        #expect(hits.map(\.article) == [0])
        let score = try #require(hits.first?.score)
        #expect(score > 0.3)
        // Without its alternate questions, the article does not know those words.
        var bare = Self.articles
        bare[0].questions = []
        #expect(KnowledgeBase(articles: bare).search("I can't remember my login").isEmpty)
    }

    @Test(
        "Questions find their article first",
        arguments: [
            ("how do I change my password", "reset-password"),
            ("delete my account", "delete-account"),
            ("when will my order ship?", "shipping"),
            ("how long do refunds take", "shipping"),
        ])
    func ranking(query: String, article: String) {
        #expect(self.ids(query).first == article)
    }

    @Test("A word in the title weighs more than the same word in the body")
    func titleOutweighsBody() throws {
        let kb = KnowledgeBase(articles: [
            KBArticle(
                id: "credit", title: "Store credit",
                body: "Gift cards and store credit can be spent on anything in the app."),
            KBArticle(
                id: "gift", title: "Gift cards",
                body: "Buy them in the app and spend them on anything, like store credit."),
        ])
        let hits = kb.search("gift cards")
        #expect(hits.map(\.article) == [1, 0])
        let first = try #require(hits.first)
        let second = try #require(hits.last)
        #expect(first.score > second.score * 1.5)
    }

    @Test(
        "Stop words alone find nothing",
        arguments: ["how do I", "what is the", "can you tell me", "please", ""])
    func stopWordsAlone(query: String) {
        #expect(self.kb.search(query).isEmpty)
    }

    @Test("Equal scores keep article order, and limit caps the hits")
    func tiesAndLimit() {
        let twin = KBArticle(id: "a", title: "Opening hours", body: "We open at nine.")
        var other = twin
        other.id = "b"
        let kb = KnowledgeBase(articles: [twin, other])
        let hits = kb.search("opening hours")
        #expect(hits.map(\.article) == [0, 1])
        #expect(hits[0].score == hits[1].score)
        #expect(kb.search("opening hours", limit: 1).map(\.article) == [0])
        #expect(kb.search("opening hours", limit: 0).isEmpty)
        #expect(kb.count == 2)
    }

    @Test("contributingTerms names the shared terms, largest first")
    func contributingTerms() throws {
        let query = TextAnalyzer().analyze("delete my account now")
        let hit = try #require(self.kb.search(query).first)
        let terms = self.kb.contributingTerms(query, to: hit.article)
        #expect(Set(terms.map(\.term)) == ["delet", "account"])
        #expect(zip(terms, terms.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        #expect(terms.allSatisfy { $0.weight > 0 })
        let raw = try #require(self.kb.index.search("delete my account now", limit: 1).first)
        #expect(raw.document == hit.article)
    }

    @Test("The snippet is the sentence sharing most query words, with them in **")
    func snippet() {
        #expect(
            self.kb.snippet(for: 2, query: "how long do refunds take")
                == "**Refunds take** five days to reach your card.")
        #expect(
            self.kb.snippet(for: 2, query: "when do you ship")
                == "Orders **ship** within two working days.")
        #expect(self.kb.snippet(for: 2, query: "contact") == "**Contact** us anytime.")
    }

    @Test("With no shared word the snippet is the first sentence")
    func snippetWithoutMatch() {
        #expect(
            self.kb.snippet(for: 2, query: "zebra") == "Orders ship within two working days.")
    }

    @Test("A long snippet is cut between words to maxLength, marks included, with an ellipsis")
    func snippetLength() {
        let snippet = self.kb.snippet(for: 2, query: "refunds", maxLength: 20)
        #expect(snippet == "**Refunds** take…")
        #expect(
            self.kb.snippet(for: 2, query: "refunds", maxLength: 22) == "**Refunds** take five…")
    }

    static let longSentence = KnowledgeBase(articles: [
        KBArticle(
            id: "plus", title: "Tidepool Plus",
            body: "On the web, sign in at tidepool.example, go to Settings, then Tidepool Plus, "
                + "then Manage, and tap Cancel subscription (it takes effect at the end of the "
                + "month).")
    ])

    @Test("A long sentence is cut around its first query word, with a few words before it")
    func snippetWindow() {
        #expect(
            Self.longSentence.snippet(for: 0, query: "cancel my subscription", maxLength: 60)
                == "…Manage, and tap **Cancel subscription** (it takes effect…")
    }

    @Test("Punctuation stays outside the marks, and neighbouring query words share one mark")
    func snippetMarks() {
        #expect(
            Self.longSentence.snippet(for: 0, query: "month subscription", maxLength: 500)
                .hasSuffix(
                    "tap Cancel **subscription** (it takes effect at the end of the **month**).")
        )
        #expect(
            Self.longSentence.snippet(for: 0, query: "manage cancel", maxLength: 500)
                .contains("then **Manage**, and tap **Cancel** subscription"))
    }

    @Test("Whatever the length, a snippet fits it and never cuts a mark in two")
    func snippetLengths() {
        #expect(Self.longSentence.snippet(for: 0, query: "manage", maxLength: 0).isEmpty)
        #expect(
            Self.longSentence.snippet(for: 0, query: "subscription", maxLength: 10) == "…subscrip…")
        for maxLength in 1...140 {
            for query in ["cancel subscription", "web month", "zebra", "manage"] {
                let snippet = Self.longSentence.snippet(for: 0, query: query, maxLength: maxLength)
                #expect(snippet.count <= maxLength, "\(query) \(maxLength): \(snippet)")
                #expect(
                    snippet.filter { $0 == "*" }.count % 4 == 0,
                    "\(query) \(maxLength): \(snippet)")
            }
        }
    }

    @Test("The snippet reads the body without Markdown")
    func snippetPlainText() {
        let kb = KnowledgeBase(articles: [
            KBArticle(
                id: "a", title: "Passwords",
                body: "Tap **Forgot password** on the [sign-in screen](https://x.example).")
        ])
        #expect(
            kb.snippet(for: 0, query: "forgot password")
                == "Tap **Forgot password** on the sign-in screen.")
    }
}
