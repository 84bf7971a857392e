import Testing

@testable import SwitchboardCore

@Suite struct GermanYesNoTests {
    private let extractor = YesNoExtractor(language: .german)

    @Test(arguments: [
        "ja", "Ja!", "jawohl", "genau", "klar", "na klar", "gerne", "sehr gern", "ok", "Okay",
        "passt", "stimmt", "richtig", "auf jeden Fall", "einverstanden", "mach das",
        "Ja, bitte", "ja gerne", "natürlich", "in Ordnung", "alles klar", "das stimmt",
    ])
    func readsYes(_ text: String) {
        #expect(self.extractor.answer(in: text) == true, "\(text)")
    }

    @Test(arguments: [
        "nein", "Nein danke", "nee", "nö", "lieber nicht", "auf keinen Fall", "nicht mehr",
        "falsch", "stimmt nicht", "das stimmt nicht", "nicht jetzt", "noch nicht", "niemals",
        "klar nicht", "ok, nein", "nicht mehr nötig",
    ])
    func readsNo(_ text: String) {
        #expect(self.extractor.answer(in: text) == false, "\(text)")
    }

    @Test(arguments: [
        "weiß nicht", "ich weiß nicht", "vielleicht", "keine Ahnung", "bin mir nicht sicher",
        "ja, aber nicht heute", "kommt drauf an", "ist mir egal", "was heißt das",
    ])
    func doubtAndOtherTextAreNeither(_ text: String) {
        #expect(self.extractor.answer(in: text) == nil, "\(text)")
    }

    @Test(arguments: ["kein Problem", "warum nicht", "keine Sorge", "ich habe nichts dagegen"])
    func agreeingIdiomsWithANegationAreYes(_ text: String) {
        #expect(self.extractor.answer(in: text) == true, "\(text)")
    }

    @Test func shortMessagesFollowTheEnglishRules() {
        #expect(self.extractor.answer(in: "das passt schon, ok") == true)
        #expect(self.extractor.answer(in: "bitte") == true)
        #expect(self.extractor.answer(in: "hm, bitte nein") == false)
        #expect(self.extractor.isShort("ja das ist gut"))
        #expect(self.extractor.declines("keine Ahnung"))
        #expect(self.extractor.declines("nein, habe ich nicht"))
    }

    @Test func anEnglishBotKeepsItsWords() {
        let english = YesNoExtractor()
        #expect(english.answer(in: "genau") == nil)
        #expect(english.answer(in: "ja") == true)
        #expect(english.answer(in: "nein") == false)
        #expect(self.extractor.answer(in: "yes") == true)
    }
}
