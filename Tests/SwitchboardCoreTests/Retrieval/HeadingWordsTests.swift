import Testing

@testable import SwitchboardCore

@Suite struct HeadingWordsTests {
    /// An index that re-ranks with the given shares of heading cosine and word alignment.
    ///
    /// `headingBudget` 0 keeps no 3-grams, as for a large catalogue.
    static func index(
        _ documents: [(String, [String], String)], headingWeight: Float, alignmentWeight: Float,
        headingBudget: Int? = nil
    ) -> SearchIndex {
        var options = SearchIndex.Options()
        options.headingWeight = headingWeight
        options.alignmentWeight = alignmentWeight
        var builder = SearchIndex.Builder(options: options)
        if let headingBudget { builder.headingVectorBudget = headingBudget }
        for (title, questions, body) in documents {
            builder.add(title: title, questions: questions, body: body)
        }
        return builder.build()
    }

    /// The best alignment of `query` with each document's headings.
    static func alignments(_ index: SearchIndex, _ query: String) -> [Float] {
        let prepared = HeadingWords.Query(
            index.queryTerms(query), words: index.headingWords, vocabulary: index.terms)
        return index.headingWords.bestAlignments(
            prepared,
            headings: (0..<index.documentCount).map {
                Int(index.headingStart[$0])..<Int(index.headingStart[$0 + 1])
            }, stems: index.terms.stems)
    }

    static func grams(_ stem: String) -> [UInt32] {
        var grams: [UInt32] = []
        var copy = stem
        copy.withUTF8 { HeadingWords.appendGrams(of: $0, to: &grams) }
        return grams
    }

    @Test("A stem's 3-grams are those of the stem padded with spaces, sorted, each once")
    func gramsOfAStem() {
        func pack(_ text: String) -> UInt32 {
            text.utf8.reduce(0) { $0 << 8 | UInt32($1) }
        }
        #expect(Self.grams("git") == [" gi", "git", "it "].map(pack).sorted())
        // "aaaa" has the 3-gram "aaa" twice.
        #expect(Self.grams("aaaa") == [" aa", "aa ", "aaa"].map(pack).sorted())
        #expect(Self.grams("a") == [pack(" a ")])
    }

    @Test("Alignment by hand: each query word's best Dice match, weighted by heading IDF")
    func alignmentByHand() {
        let index = Self.index(
            [
                ("Delete my account", [], "git"),
                ("Account photos", [], "git"),
                ("GitHub markdown", [], "git"),
            ], headingWeight: 0.32, alignmentWeight: 0.2)
        // "git" is in no heading; "github" shares " gi" and "git" of its 3 and 6 3-grams.
        let git = Self.alignments(index, "git")
        #expect(git == [0, 0, Float(2 * 2) / Float(3 + 6)])
        // "account" is in two of three headings, "delet" in one: the exact match of the rarer
        // word counts for more.
        let n: Float = 3
        func idf(_ df: Float) -> Float { logarithm(1 + (n - df + 0.5) / (df + 0.5)) }
        let both = Self.alignments(index, "deleting an account")
        #expect(abs(both[0] - 1) < 1e-6)
        #expect(abs(both[1] - idf(2) / (idf(1) + idf(2))) < 1e-6)
        // Stop words take no part, in the query or the headings.
        #expect(Self.alignments(index, "the account") == Self.alignments(index, "account"))
    }

    @Test("Re-ranking by word alignment lifts the title whose word is most like the query's")
    func alignmentReranks() {
        // Same bodies, so BM25 ties and the earlier document comes first; "github" shares more
        // of "git"'s 3-grams than "gist" does.
        let documents: [(String, [String], String)] = [
            ("Gist snippets", [], "git tilde"), ("GitHub markdown", [], "git tilde"),
        ]
        let plain = Self.index(documents, headingWeight: 0, alignmentWeight: 0)
        let aligned = Self.index(documents, headingWeight: 0, alignmentWeight: 1)
        #expect(plain.search("git tilde", limit: 2).map(\.document) == [0, 1])
        #expect(aligned.search("git tilde", limit: 2).map(\.document) == [1, 0])
        let top = aligned.search("git tilde", limit: 1)[0]
        // The relative score is the absolute alignment: the query's content words are "git"
        // (4/9 like "github") and "tild" (in no heading), equally rare among headings.
        #expect(abs(top.relativeScore - Float(4) / 9 / 2) < 1e-6)
    }

    @Test("3-grams kept at build time and 3-grams worked out per query align the same")
    func keptAndWorkedOutGramsAgree() {
        let documents: [(String, [String], String)] = [
            ("Delete my account", ["How do I remove my profile"], "steps"),
            ("Strikethrough with GitHub Markdown", ["crossed out text on github"], "tilde"),
            ("Change your email address", [], "settings"),
        ]
        let kept = Self.index(documents, headingWeight: 0.32, alignmentWeight: 0.2)
        let workedOut = Self.index(
            documents, headingWeight: 0.32, alignmentWeight: 0.2, headingBudget: 0)
        #expect(kept.headingWords.memoryBytes > workedOut.headingWords.memoryBytes)
        for query in ["removing my accounts", "cross out github text", "e-mail adress", "the"] {
            let expected = Self.alignments(kept, query)
            #expect(Self.alignments(workedOut, query) == expected, "\(query)")
            #expect(
                workedOut.search(query, limit: 3) == kept.search(query, limit: 3), "\(query)")
        }
        // Each heading of the first document has one of the two words: half the weight.
        #expect(Self.alignments(kept, "removing my accounts")[0] > 0.4)
    }

    @Test("A query of stop words only, or headings of stop words only, align with nothing")
    func nothingToAlign() {
        let index = Self.index(
            [("How do I", [], "how do i refund"), ("Refund", [], "refund")], headingWeight: 0.32,
            alignmentWeight: 0.2)
        #expect(Self.alignments(index, "refund")[0] == 0)
        #expect(Self.alignments(index, "refund")[1] == 1)
        #expect(Self.alignments(index, "how do i") == [0, 0])
    }
}
