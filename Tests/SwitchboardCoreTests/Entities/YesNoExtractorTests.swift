import Testing

@testable import SwitchboardCore

@Suite struct YesNoExtractorTests {
    private let extractor = YesNoExtractor()

    @Test(arguments: [
        "yes", "Yes!", "yeah sure", "ok go ahead", "of course", "yes please", "Sure, do it",
        "that's right", "y", "please do",
    ])
    func readsYes(_ text: String) {
        #expect(self.extractor.answer(in: text) == true)
    }

    @Test(arguments: [
        "no", "No thanks", "nope", "not really", "nah", "of course not", "sure not",
        "no, I don't", "don't", "never", "ok, no",
    ])
    func readsNo(_ text: String) {
        #expect(self.extractor.answer(in: text) == false)
    }

    @Test(arguments: [
        "I'm not sure", "not sure", "maybe", "I don't know", "no idea", "perhaps later",
        "yes but not now", "hmm", "what does that mean", "TP-12345678",
    ])
    func doubtAndOtherTextAreNeither(_ text: String) {
        #expect(self.extractor.answer(in: text) == nil)
    }

    @Test(arguments: [
        "no problem, go ahead", "No problem", "no worries", "not a problem", "why not",
        "Why not?", "sure, why not", "I don't see why not", "I don't mind", "I wouldn't mind",
        "don't mind", "that's no problem", "ok no worries", "no objection", "no doubt",
    ])
    func agreeingIdiomsWithANegationAreYes(_ text: String) {
        #expect(self.extractor.answer(in: text) == true)
    }

    @Test(arguments: [
        "I don't use it anymore", "not anymore", "no longer", "I don't think so",
        "absolutely not", "never again", "no, it's a different one",
    ])
    func negatedAnswersAreNo(_ text: String) {
        #expect(self.extractor.answer(in: text) == false)
    }

    @Test(arguments: [
        // An idiom of agreement after a no, or a negation after one, contradicts it.
        "no, I don't mind", "no problem but not today", "why not, I can't right now",
        // Doubt and indifference win wherever they stand.
        "not sure why not", "I don't care", "either way", "doesn't matter", "I can't remember",
        "I don't remember", "hard to say",
    ])
    func contradictionsAndIndifferenceAreNeither(_ text: String) {
        #expect(self.extractor.answer(in: text) == nil)
    }

    @Test func doubtAndIdiomsOfAgreementDoNotDecline() {
        // A slot question answered "I can't remember" is declined, not a wrong value; "no
        // problem" gives nothing but is no refusal either.
        #expect(self.extractor.declines("I can't remember"))
        #expect(self.extractor.declines("I don't use it anymore"))
        #expect(!self.extractor.declines("no problem"))
    }

    @Test func extractsOneBoolCoveringTheMessage() {
        let context = ExtractionContext(today: CalendarDate(daysSinceEpoch: 0))
        let matches = self.extractor.extract(from: "yes please", in: context)
        #expect(matches == [EntityMatch(value: .bool(true), range: 0..<10, text: "yes please")])
        #expect(self.extractor.extract(from: "maybe", in: context).isEmpty)
    }
}
