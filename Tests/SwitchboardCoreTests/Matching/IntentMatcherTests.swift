import Testing

@testable import SwitchboardCore

@Suite struct IntentMatcherTests {
    let analyzer = TextAnalyzer()
    /// Intents 0 refund, 1 hours, 2 agent; documents 0-1, 2-3 and 4.
    let matcher = IntentMatcher(examples: [
        ["i want a refund", "refund my order"],
        ["what are your opening hours", "when are you open"],
        ["talk to a human"],
    ])

    private func rank(_ text: String, limit: Int = 5) -> [IntentMatcher.Candidate] {
        self.matcher.rank(self.analyzer.analyze(text), limit: limit)
    }

    /// Each example document's cosine with `text`.
    private func cosines(_ text: String) -> [Float] {
        var scores = [Float](repeating: 0, count: self.matcher.index.documentCount)
        var touched: [Int32] = []
        self.matcher.index.accumulate(
            self.matcher.vector(for: self.analyzer.analyze(text)), into: &scores,
            touched: &touched)
        return scores
    }

    @Test("An example said word for word scores 1 for its intent, at that example")
    func exactExample() throws {
        let best = try #require(self.rank("When are you open?").first)
        #expect(best.intent == 1)
        #expect(best.example == 3)
        #expect(abs(best.score - 1) < 1e-6)
        #expect(self.matcher.exampleText(best.example) == "when are you open")
    }

    @Test("An intent scores its nearest example, not the sum of its examples")
    func nearestExample() throws {
        let text = "please refund my order"
        let scores = self.cosines(text)
        let candidates = self.rank(text)
        let refund = try #require(candidates.first { $0.intent == 0 })
        #expect(refund.example == 1)
        #expect(refund.score == Double(max(scores[0], scores[1])))
        #expect(refund.score < Double(scores[0] + scores[1]))
        #expect(candidates.first?.intent == 0)
    }

    @Test("Candidates are ranked best first; intents with no shared term are left out")
    func ranking() {
        let candidates = self.rank("i want to talk to a human")
        #expect(candidates.map(\.intent) == [2, 0])
        #expect(zip(candidates, candidates.dropFirst()).allSatisfy { $0.score > $1.score })
        #expect(self.rank("i want to talk to a human", limit: 1).map(\.intent) == [2])
    }

    @Test("Equal scores are broken by intent order, then by example order")
    func ties() {
        let matcher = IntentMatcher(examples: [["help me", "help me"], ["help me"]])
        let candidates = matcher.rank(self.analyzer.analyze("help me"))
        #expect(candidates.map(\.intent) == [0, 1])
        #expect(candidates.map(\.example) == [0, 2])
        #expect(candidates[0].score == candidates[1].score)
    }

    @Test(
        "A message with no known term gives no candidates",
        arguments: ["", "   ", "?!", "zebra crossing", "xylophone"])
    func noCandidates(text: String) {
        #expect(self.rank(text).isEmpty)
    }

    @Test("contributingTerms lists the shared terms, largest first, summing to the score")
    func contributingTerms() throws {
        let text = "please refund my order"
        let analyzed = self.analyzer.analyze(text)
        let candidate = try #require(self.matcher.rank(analyzed).first)
        let terms = self.matcher.contributingTerms(analyzed, to: candidate)
        #expect(
            Set(terms.map(\.term)) == ["refund", "my", "order", "refund my", "my order"])
        #expect(terms.count == 5)
        #expect(zip(terms, terms.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        let total = terms.reduce(0) { $0 + $1.weight }
        #expect(abs(total - candidate.score) < 1e-5)
        let top = self.matcher.contributingTerms(analyzed, to: candidate, limit: 2)
        #expect(top.map(\.term) == terms.prefix(2).map(\.term))
    }

    @Test("The matcher counts its intents, including those without examples")
    func intentCount() {
        let matcher = IntentMatcher(examples: [["hello"], [], ["bye"]])
        #expect(matcher.intentCount == 3)
        #expect(matcher.rank(self.analyzer.analyze("bye")).map(\.intent) == [2])
    }
}
