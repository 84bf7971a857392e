import Testing

@testable import SwitchboardCore

@Suite struct SearchIndexTests {
    /// An index of documents given as (title, questions, body), without re-ranking unless asked.
    static func index(
        _ documents: [(String, [String], String)], rerank: Bool = false,
        fieldScoring: SearchIndex.FieldScoring = .combined, k1: Float = 1.2,
        correctsSpelling: Bool = true, scoring: SearchIndex.Scoring = .bm25
    ) -> SearchIndex {
        var options = SearchIndex.Options()
        options.scoring = scoring
        options.correctsSpelling = correctsSpelling
        options.rerankDepth = rerank ? 20 : 0
        options.fieldScoring = fieldScoring
        options.k1 = k1
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

    @Test("A term's impact under cosine is its IDF times its share of the unit document vector")
    func cosineImpactByHand() throws {
        let index = Self.index(
            [
                ("Payments", [], "refund money card"),
                ("Refund", [], "money back"),
                ("Shipping", [], "parcel post"),
            ], scoring: .cosine)
        let hits = index.search("refund", limit: 3)
        #expect(hits.map(\.document) == [1, 0])
        // idf(t) = ln((1 + n) / (1 + df)) + 1; a component is (1 + ln tf̃) · idf, a title
        // occurrence counting 2.
        func idf(_ df: Float) -> Float { logarithm(4 / (1 + df)) + 1 }
        let titleTF = 1 + logarithm(2)
        // Payments: payment (title), refund, money, card; Refund: refund (title), money, back.
        let first = [titleTF * idf(1), idf(2), idf(2), idf(1)]
        let second = [titleTF * idf(2), idf(2), idf(1)]
        func length(_ vector: [Float]) -> Float { vector.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        let expectedFirst = idf(2) * idf(2) / length(first)
        let expectedSecond = idf(2) * titleTF * idf(2) / length(second)
        #expect(abs(hits[0].score - expectedSecond) < expectedSecond * 1e-3)
        #expect(abs(hits[1].score - expectedFirst) < expectedFirst * 1e-3)
        // Relative to the best the query could reach: the term's IDF (a unit vector's share).
        #expect(abs(hits[0].relativeScore - expectedSecond / idf(2)) < 1e-3)
        #expect(hits.allSatisfy { $0.relativeScore <= 1 })
    }

    /// "password" is in one title and in the body of every other document, several times.
    static let rareInTitles: [(String, [String], String)] = [
        ("Password", [], "reset it from the sign in page"),
        ("Account", [], "password password password settings"),
        ("Billing", [], "password password password invoices"),
        ("Email", [], "password password password inbox"),
        ("Profile", [], "password password password photo"),
        ("Security", [], "password password password devices"),
    ]

    /// Any limit is a limit: one larger than the documents gives them all (it used to trap
    /// on `limit + 1` overflowing, from `kb search --limit 9223372036854775807`).
    @Test(arguments: [false, true])
    func aLimitBeyondTheDocumentsGivesThemAll(rerank: Bool) {
        let index = Self.index(
            [
                ("Refunds", [], "how to get a refund"), ("Passwords", [], "reset a password"),
                ("Refund times", [], "a refund takes days"),
            ], rerank: rerank)
        let all = index.search("refund", limit: 3).map(\.document)
        #expect(all.count == 2)
        #expect(index.search("refund", limit: Int.max).map(\.document) == all)
    }

    @Test("Separate field scoring ranks a title match of a word rare among titles first")
    func separateFavoursRareTitleWords() {
        // BM25F gives every document the same IDF for "password" (it is in all of them), and
        // three body occurrences outweigh one title occurrence at twice the weight. Per field,
        // "password" is rare among titles and common among bodies, so the title match wins.
        let combined = Self.index(Self.rareInTitles)
        let separate = Self.index(Self.rareInTitles, fieldScoring: .separate)
        #expect(combined.search("password", limit: 6).first?.document == 1)
        #expect(separate.search("password", limit: 6).first?.document == 0)
        #expect(combined.search("password", limit: 6).count == 6)
        #expect(separate.search("password", limit: 6).count == 6)
    }

    @Test("Separate field scoring by hand: each field its own IDF and average, over its documents")
    func separateImpactByHand() throws {
        // Four documents; only the first two have alternate questions.
        let index = Self.index(
            [
                ("Refund", ["where is my refund"], "money back soon"),
                ("Payments", ["card declined"], "refund money card"),
                ("Shipping", [], "parcel post"),
                ("Returns", [], "send it back"),
            ], fieldScoring: .separate)
        let k1: Float = 1.2
        let b: Float = 0.75
        func idf(_ n: Float, _ df: Float) -> Float { logarithm(1 + (n - df + 0.5) / (df + 0.5)) }
        func bm25(_ tf: Float, length: Float, average: Float) -> Float {
            tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / average))
        }
        // "refund" is in 1 of 4 titles (each 1 word long), in 1 of the 2 documents' questions
        // (document 0's, 4 words; document 1's has 2; stop words are left out of queries only)
        // and in 1 of 4 bodies (document 1's, 3 words). Documents without questions count
        // neither in the questions' IDF nor in their average length.
        let terms = index.contributions(of: "refund", to: 0)
        #expect(terms.map(\.term) == ["refund"])
        let bodies: Float = (3 + 3 + 2 + 3) / 4
        let questionLengths: [Float] = [4, 2]
        let questionAverage = (questionLengths[0] + questionLengths[1]) / 2
        let expectedFirst =
            2 * idf(4, 1) * bm25(1, length: 1, average: 1)
            + 2 * idf(2, 1) * bm25(1, length: questionLengths[0], average: questionAverage)
        let expectedSecond = idf(4, 1) * bm25(1, length: 3, average: bodies)
        let hits = index.search("refund", limit: 4)
        #expect(hits.map(\.document) == [0, 1])
        #expect(abs(hits[0].score - expectedFirst) < expectedFirst * 1e-3)
        #expect(abs(hits[1].score - expectedSecond) < expectedSecond * 1e-3)
        // The ceiling sums the three fields "refund" occurs in: Σ w_f idf_f (k1 + 1).
        let ceiling = (2 * idf(4, 1) + 2 * idf(2, 1) + idf(4, 1)) * (k1 + 1)
        #expect(abs(hits[0].relativeScore - expectedFirst / ceiling) < 1e-3)
        #expect(abs(hits[1].relativeScore - expectedSecond / ceiling) < 1e-3)
    }

    @Test(
        "relativeScore stays within 0...1 under either field scoring, with or without re-ranking",
        arguments: [SearchIndex.FieldScoring.combined, .separate], [false, true])
    func relativeScoreIsAShare(_ fieldScoring: SearchIndex.FieldScoring, _ rerank: Bool) {
        let documents =
            Self.rareInTitles + [
                ("Refund refund", ["refund refund refund"], "refund refund refund refund"),
                ("Orders", ["where is my order"], "track the order"),
            ]
        let index = Self.index(documents, rerank: rerank, fieldScoring: fieldScoring)
        for query in ["password", "refund", "where is my order", "password refund order", "zzz"] {
            for hit in index.search(query, limit: 10) {
                #expect(hit.relativeScore >= 0 && hit.relativeScore <= 1, "\(query): \(hit)")
            }
        }
        // With k1 = 0 a term saturates at once, so a document with the term in every field where
        // it occurs anywhere reaches the ceiling: the share is 1, not more.
        let saturated = Self.index(documents, fieldScoring: fieldScoring, k1: 0)
        let best = saturated.search("refund", limit: 1)
        #expect(best.map(\.document) == [6])
        #expect(abs((best.first?.relativeScore ?? 0) - 1) < 1e-3)
        #expect((best.first?.relativeScore ?? 2) <= 1)
    }

    /// Queries that are headings, where the heading cosine rounds to just over 1, at accepted
    /// heading and alignment weights: the re-ranked share still stays within 0...1.
    @Test(arguments: [(Float(0.5), Float(0)), (0.9, 0), (1, 0), (0.32, 0.2), (0.5, 0.5), (0, 1)])
    func rerankedRelativeScoreStaysAShare(_ headingWeight: Float, _ alignmentWeight: Float) {
        let words = [
            "refund", "order", "password", "reset", "card", "billing", "ship", "track", "cancel",
            "account", "email", "phone", "delivery", "late", "broken",
        ]
        var random = SplitMix64(seed: 3)
        var titles: [String] = []
        for _ in 0..<300 {
            let count = Int(random.next() % 5) + 1
            titles.append(
                (0..<count).map { _ in words[Int(random.next() % UInt64(words.count))] }
                    .joined(separator: " "))
        }
        var options = SearchIndex.Options()
        options.headingWeight = headingWeight
        options.alignmentWeight = alignmentWeight
        var builder = SearchIndex.Builder(options: options)
        for title in titles { builder.add(title: title, body: title) }
        let index = builder.build()
        for title in titles {
            for hit in index.search(title, limit: 5) {
                #expect(hit.relativeScore >= 0 && hit.relativeScore <= 1, "\(title): \(hit)")
            }
        }
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

    @Test func anUnknownWordIsReadAsTheKnownWordOneSlipAway() {
        let documents = [
            ("Refund policy", [String](), "refunds take five days"),
            ("Reset your password", [], "use the reset link"),
            ("Shipping", [], "parcels arrive in a week"),
        ]
        let index = Self.index(documents)
        #expect(index.search("refnd", limit: 3).map(\.document) == [0])
        #expect(index.search("pasword reset", limit: 3).first?.document == 1)
        #expect(index.queryTermNames("refnd pasword") == ["refund", "password"])
        // Off, the unknown words find nothing.
        let exact = Self.index(documents, correctsSpelling: false)
        #expect(exact.search("refnd", limit: 3).isEmpty)
        #expect(exact.queryTermNames("refnd pasword").isEmpty)
        // Words the index knows, short words and words with digits are never changed.
        #expect(index.queryTermNames("parcel") == ["parcel"])
        #expect(index.search("rset", limit: 3).isEmpty)
        #expect(index.search("refnd2", limit: 3).isEmpty)
    }

    @Test func theCorrectionInTheMostArticlesWinsAndStopWordsAreNeverChosen() {
        // "stripe" and "strike" are both one slip from "strile"; "strike" is in two articles.
        let index = Self.index([
            ("Stripe payouts", [], "connect stripe"),
            ("Strike a line", [], "strike through text"),
            ("Strike out", [], "strike formatting"),
        ])
        #expect(index.queryTermNames("strile") == ["strike"])
        // "whicj" is one slip from the stop word "which", and from nothing else.
        #expect(index.queryTermNames("whicj") == [])
    }
}
