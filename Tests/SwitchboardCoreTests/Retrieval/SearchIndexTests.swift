import Testing

@testable import SwitchboardCore

@Suite struct SearchIndexTests {
    /// An index of documents given as (title, questions, body), without re-ranking unless asked.
    static func index(
        _ documents: [(String, [String], String)], rerank: Bool = false
    ) -> SearchIndex {
        var options = SearchIndex.Options()
        options.rerankDepth = rerank ? 20 : 0
        var builder = SearchIndex.Builder(options: options)
        for (title, questions, body) in documents {
            builder.add(title: title, questions: questions, body: body)
        }
        return builder.build()
    }

    @Test("A term's impact is BM25F: idf × tf̃ (k1 + 1) / (tf̃ + k1), fields weighted and normalised")
    func impactByHand() throws {
        // Three documents; "refund" is in the body of the first (once) and the title of the second.
        let index = Self.index([
            ("Payments", [], "refund money card"),
            ("Refund", [], "money back"),
            ("Shipping", [], "parcel post"),
        ])
        let hits = index.search("refund", limit: 3)
        #expect(hits.map(\.document) == [1, 0])
        let n: Float = 3
        let df: Float = 2
        let idf = logarithm(1 + (n - df + 0.5) / (df + 0.5))
        // Field lengths: titles all 1 word (average 1); bodies 3, 2, 2 words (average 7/3).
        let k1: Float = 1.2
        let b: Float = 0.75
        func impact(_ weighted: Float) -> Float { idf * weighted * (k1 + 1) / (weighted + k1) }
        let bodyNorm: Float = 1 - b + b * 3 / (7 / 3)
        let expectedFirst = impact(1 / bodyNorm)
        let expectedSecond = impact(2 / 1)  // title weight 2, title length at the average
        #expect(abs(hits[0].score - expectedSecond) < expectedSecond * 1e-3)
        #expect(abs(hits[1].score - expectedFirst) < expectedFirst * 1e-3)
        // Relative to the best the query could reach: idf × (k1 + 1).
        #expect(abs(hits[0].relativeScore - expectedSecond / (idf * (k1 + 1))) < 1e-3)
    }

    @Test("Stop words are left out of queries; words are matched by stem")
    func stopWordsAndStems() {
        let index = Self.index([
            ("Refunds", [], "we refund purchases"), ("Other", [], "the the the"),
        ])
        #expect(index.search("the", limit: 5).isEmpty)
        #expect(index.search("refunding", limit: 5).map(\.document) == [0])
        #expect(index.queryTermNames("How do I get the refunds?") == ["refund"])
    }

    @Test("Ties go to the earlier document, and limit bounds the results")
    func tiesAndLimits() {
        let index = Self.index([("A", [], "coins"), ("B", [], "coins"), ("C", [], "coins")])
        #expect(index.search("coins", limit: 2).map(\.document) == [0, 1])
        #expect(index.search("coins", limit: 0).isEmpty)
        #expect(index.search("nothing here", limit: 3).isEmpty)
    }

    @Test("Re-ranking lifts the document whose title or question resembles the query")
    func headingRerank() {
        // BM25 prefers the first (its body repeats both words); its title shares nothing with
        // the query, while the second's question is the query itself.
        let documents: [(String, [String], String)] = [
            ("Schedule", [], "payout arrived payout arrived payout arrived"),
            ("Late payouts", ["has my payout arrived"], "check your bank"),
        ]
        let plain = Self.index(documents)
        let reranked = Self.index(documents, rerank: true)
        #expect(plain.search("has my payout arrived", limit: 2).map(\.document) == [0, 1])
        #expect(reranked.search("has my payout arrived", limit: 2).map(\.document) == [1, 0])
        let hit = reranked.search("has my payout arrived", limit: 1)[0]
        #expect(hit.relativeScore > 0 && hit.relativeScore <= 1)
    }

    @Test("Headings' vectors kept ready re-rank exactly as vectors made per query")
    func headingVectorsMatchOnTheFly() {
        let documents: [(String, [String], String)] = (0..<60).map { number in
            (
                "Refund for order \(number)", ["where is my refund \(number % 7)", "money back"],
                "refund order money card bank \(number % 5) days"
            )
        }
        var options = SearchIndex.Options()
        options.rerankDepth = 20
        var ready = SearchIndex.Builder(options: options)
        var onTheFly = SearchIndex.Builder(options: options)
        onTheFly.headingVectorBudget = 0
        for (title, questions, body) in documents {
            ready.add(title: title, questions: questions, body: body)
            onTheFly.add(title: title, questions: questions, body: body)
        }
        let (kept, made) = (ready.build(), onTheFly.build())
        #expect(kept.headingVectors != nil && made.headingVectors == nil)
        for query in ["where is my refund 3", "money back for order 12", "bank days", "refund"] {
            let a = kept.search(query, limit: 10)
            let b = made.search(query, limit: 10)
            #expect(a.map(\.document) == b.map(\.document))
            #expect(a.map(\.score) == b.map(\.score))
            #expect(a.map(\.relativeScore) == b.map(\.relativeScore))
        }
    }

    @Test("contributions lists the query's terms in a document with their impacts")
    func contributions() {
        let index = Self.index([
            ("Delete account", [], "delete your account and data"), ("Other", [], "account"),
        ])
        let terms = index.contributions(of: "how do I delete my account", to: 0)
        #expect(Set(terms.map(\.term)) == ["delet", "account"])
        #expect(terms.allSatisfy { $0.weight > 0 })
        #expect(index.contributions(of: "delete", to: 1).isEmpty)
    }

    @Test("The scratch buffers are reset between queries")
    func scratchReuse() {
        let index = Self.index([("Coins", [], "buy coins"), ("Gifts", [], "send gifts")])
        var scratch = SearchIndex.Scratch()
        let first = index.search("coins", limit: 2, scratch: &scratch)
        let second = index.search("gifts", limit: 2, scratch: &scratch)
        #expect(first.map(\.document) == [0])
        #expect(second.map(\.document) == [1])
        #expect(index.search("coins", limit: 2, scratch: &scratch) == first)
    }
}
