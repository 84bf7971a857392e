import Testing

@testable import SwitchboardCore

/// How much of a query an article speaks to: the IDF-weighted share of the query's informative
/// words it has.
@Suite struct SearchIndexCoverageTests {
    /// Six articles, five of which say "account".
    static let articles = [
        KBArticle(
            id: "locked", title: "Why your account is locked",
            body: "We lock an account after too many wrong sign-in attempts."),
        KBArticle(
            id: "delete", title: "Delete your account",
            body: "Deleting your account removes your videos after 30 days."),
        KBArticle(
            id: "private", title: "Make your account private",
            body: "A private account shows your videos to followers only."),
        KBArticle(
            id: "password", title: "Reset your password",
            body: "Tap Forgot password on the sign-in screen of your account."),
        KBArticle(
            id: "email", title: "Change the email on your account",
            body: "Open Settings, then Account, then Email."),
        KBArticle(
            id: "gifts", title: "Sending gifts",
            body: "Gifts are bought with coins and sent during a live stream."),
    ]
    let kb = KnowledgeBase(articles: Self.articles)

    private func coverage(_ query: String, _ article: String) throws -> Double {
        let position = try #require(self.kb.articles.firstIndex { $0.id == article })
        return self.kb.coverage(of: query, by: position)
    }

    @Test func anArticleWithEveryWordCoversTheQuery() throws {
        #expect(try self.coverage("delete my account", "delete") == 1)
        #expect(try self.coverage("how do I reset my password?", "password") == 1)
    }

    @Test func oneCommonWordSharedIsASmallShareThoughItScoresHigh() throws {
        // The failure this guards against: "account" alone makes a strong match.
        let best = try #require(self.kb.search("pizza account", limit: 1).first)
        #expect(best.score >= 0.4)
        #expect(self.kb.coverage(of: "pizza account", by: best.article) < 0.3)
    }

    @Test func aRareSharedWordCoversMoreThanACommonOne() throws {
        let rare = try self.coverage("pizza gifts", "gifts")
        let common = try self.coverage("pizza account", "locked")
        #expect(rare > common)
        #expect(rare < 1)
    }

    @Test func stopWordsAndNumbersDoNotCount() throws {
        #expect(try self.coverage("can you delete my account in 2026, please", "delete") == 1)
        #expect(try self.coverage("account 12345678", "locked") == 1)
    }

    @Test func aMisspeltWordReadAsAKnownOneCounts() throws {
        #expect(try self.coverage("resset pasword", "password") == 1)
    }

    @Test func aWordTwiceCountsOnce() throws {
        #expect(
            try self.coverage("pizza account account account", "locked")
                == self.coverage("pizza account", "locked"))
        #expect(
            try self.coverage("pizza pizzas account", "locked")
                == self.coverage("pizza account", "locked"))
    }

    @Test func aQueryWithoutInformativeWordsIsCoveredFully() throws {
        #expect(try self.coverage("how do I", "locked") == 1)
        #expect(try self.coverage("42", "locked") == 1)
    }

    @Test func theShareIsWeightedByInverseDocumentFrequency() throws {
        // "videos" (2 articles) weighs more than "account" (5), and "pizza" (none) the most.
        let index = self.kb.index
        let account = index.inverseDocumentFrequency(documentFrequency: 5)
        let videos = index.inverseDocumentFrequency(documentFrequency: 2)
        let unknown = index.inverseDocumentFrequency(documentFrequency: 0)
        #expect(account < videos && videos < unknown)
        let expected = (account + videos) / (account + videos + unknown)
        #expect(abs(try self.coverage("pizza videos account", "delete") - Double(expected)) < 1e-6)
    }
}
