import Testing

@testable import SwitchboardCore

@Suite struct TextAnalyzerTests {
    let analyzer = TextAnalyzer()

    /// The terms of `text` as strings, interned into a fresh dictionary.
    private func terms(
        _ text: String, _ options: TextAnalyzer.Options = TextAnalyzer.Options()
    ) -> [String] {
        var dictionary = TermDictionary()
        let ids = self.analyzer.terms(
            of: self.analyzer.analyze(text), options: options, interningInto: &dictionary)
        return ids.map { dictionary.term($0) }
    }

    @Test("analyze normalises the message and stems each word")
    func analyze() {
        let analyzed = self.analyzer.analyze("Refunds, please!")
        #expect(analyzed.original == "Refunds, please!")
        #expect(analyzed.normalizedText == "refunds please")
        #expect(analyzed.stems == ["refund", "pleas"])
        #expect(analyzed.wordCount == 2)
        #expect(self.analyzer.analyze("Don't charge me!").stems == ["dont", "charg", "me"])
    }

    @Test("An empty or punctuation-only message has no words")
    func noWords() {
        for text in ["", "   ", "?!...", "--"] {
            let analyzed = self.analyzer.analyze(text)
            #expect(analyzed.wordCount == 0, "\(text)")
            #expect(self.terms(text).isEmpty, "\(text)")
        }
    }

    @Test("Terms are the stems, then each adjacent pair of stems")
    func termsWithBigrams() {
        #expect(self.terms("Refunds, please!") == ["refund", "pleas", "refund pleas"])
        #expect(
            self.terms("refunded my orders") == [
                "refund", "my", "order", "refund my", "my order",
            ])
        #expect(self.terms("refund") == ["refund"])
    }

    @Test("Without bigrams the terms are the stems alone, repeats included")
    func termsWithoutBigrams() {
        let options = TextAnalyzer.Options(bigrams: false)
        #expect(self.terms("refunded my orders", options) == ["refund", "my", "order"])
        #expect(self.terms("order order", options) == ["order", "order"])
    }

    @Test("Stop words stay unless asked to be dropped")
    func stopWords() {
        let text = "how do I reset my password"
        #expect(
            self.terms(text, TextAnalyzer.Options(bigrams: false)) == [
                "how", "do", "i", "reset", "my", "password",
            ])
        #expect(
            self.terms(text, TextAnalyzer.Options(bigrams: false, dropsStopWords: true)) == [
                "reset", "password",
            ])
    }

    /// "why" stems to "whi" and "any" to "ani": a stop word must go whatever its stem, or
    /// "why do you need that" finds any article with "why" in it.
    @Test("Stop words whose stems differ from the word are dropped too")
    func stopWordsByStem() {
        let options = TextAnalyzer.Options(bigrams: false, dropsStopWords: true)
        #expect(self.terms("why do you need that", options).isEmpty)
        #expect(self.terms("is there any refund", options) == ["refund"])
        #expect(self.terms("very slow", options) == ["slow"])
    }

    @Test("With stop words dropped, bigrams pair the words that are left")
    func bigramsAfterStopWords() {
        let options = TextAnalyzer.Options(bigrams: true, dropsStopWords: true)
        #expect(
            self.terms("how do I reset my password", options) == [
                "reset", "password", "reset password",
            ])
        #expect(self.terms("what is the", options).isEmpty)
    }

    @Test("Interning reuses ids for terms already in the dictionary")
    func interning() {
        var dictionary = TermDictionary()
        let first = self.analyzer.terms(
            of: self.analyzer.analyze("refund my order"), interningInto: &dictionary)
        let second = self.analyzer.terms(
            of: self.analyzer.analyze("my order"), interningInto: &dictionary)
        #expect(first == [0, 1, 2, 3, 4])
        #expect(second == [1, 2, 4])
        #expect(dictionary.count == 5)
    }

    @Test("knownTerms skips the terms the dictionary does not know, and adds nothing")
    func knownTerms() {
        var dictionary = TermDictionary()
        _ = self.analyzer.terms(
            of: self.analyzer.analyze("refund my order"), interningInto: &dictionary)
        let known = self.analyzer.knownTerms(
            of: self.analyzer.analyze("Refunds for my car"), in: dictionary)
        // "for", "car" and the bigrams "refund for", "for my" and "my car" are unknown.
        #expect(known.map { dictionary.term($0) } == ["refund", "my"])
        let order = self.analyzer.knownTerms(
            of: self.analyzer.analyze("my orders"), in: dictionary)
        #expect(order.map { dictionary.term($0) } == ["my", "order", "my order"])
        #expect(dictionary.count == 5)
    }
}
