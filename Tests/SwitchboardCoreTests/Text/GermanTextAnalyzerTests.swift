import Testing

@testable import SwitchboardCore

@Suite struct GermanTextAnalyzerTests {
    let analyzer = TextAnalyzer(language: .german)

    @Test func stemsGermanWordsWhateverTheUmlautSpelling() {
        let stems = ["Rückerstattungen", "Rueckerstattung", "Ruckerstattung"].map {
            self.analyzer.analyze($0).stems
        }
        #expect(stems == [["ruckerstatt"], ["ruckerstatt"], ["ruckerstatt"]])
        #expect(self.analyzer.analyze("Größe, Straße!").stems == ["gross", "strass"])
    }

    @Test func bigramsJoinGermanStems() {
        var dictionary = TermDictionary()
        let terms = self.analyzer.terms(
            of: self.analyzer.analyze("Bestellungen stornieren"), interningInto: &dictionary)
        #expect(terms.map { dictionary.term($0) } == ["bestell", "storni", "bestell storni"])
    }

    @Test(arguments: ["der", "die", "für", "fuer", "bitte", "danke", "möchte", "ich", "deine"])
    func functionWordsAreStopWords(word: String) {
        let stem = self.analyzer.analyze(word).stems.first ?? ""
        #expect(Language.german.isStopWord(stem), "\(word) → \(stem)")
    }

    @Test(arguments: ["ändern", "Ware", "Konto", "Passwort", "Lieferung", "Rechnung"])
    func supportWordsAreNotStopWords(word: String) {
        let stem = self.analyzer.analyze(word).stems.first ?? ""
        #expect(!Language.german.isStopWord(stem), "\(word) → \(stem)")
    }

    @Test func englishStopWordsStayEnglish() {
        #expect(Language.english.isStopWord("the"))
        #expect(!Language.english.isStopWord("der"))
        #expect(!Language.german.isStopWord("the"))
    }

    @Test func aGermanGrouperGroupsGermanQuestions() {
        let groups = QuestionGrouper(language: .german).groups(
            ["Wo ist meine Lieferung?", "die Lieferungen kommen nicht", "asdf"], limit: 5)
        #expect(groups.first?.count == 2)
    }

    @Test func germanAmountsInWords() {
        let money = MoneyExtractor(language: .german)
        let found = money.extract(from: "ich will zwanzig Euro zurück", in: EntityFixture.context)
        #expect(found.map(\.text) == ["zwanzig Euro"])
    }
}
