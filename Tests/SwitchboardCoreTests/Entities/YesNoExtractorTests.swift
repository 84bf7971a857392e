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

    @Test func extractsOneBoolCoveringTheMessage() {
        let context = ExtractionContext(today: CalendarDate(daysSinceEpoch: 0))
        let matches = self.extractor.extract(from: "yes please", in: context)
        #expect(matches == [EntityMatch(value: .bool(true), range: 0..<10, text: "yes please")])
        #expect(self.extractor.extract(from: "maybe", in: context).isEmpty)
    }
}
