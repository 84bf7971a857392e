import Testing

@testable import SwitchboardCore

@Suite struct GermanNumberWordsTests {
    let extractor = NumberExtractor(language: .german)

    @Test(arguments: [
        ("null Probleme", "null", 0.0), ("eins", "eins", 1), ("zwei Pakete", "zwei", 2),
        ("fünf", "fünf", 5), ("fuenf", "fuenf", 5), ("zwölf Artikel", "zwölf", 12),
        ("sechzehn", "sechzehn", 16), ("siebzehn", "siebzehn", 17), ("zwanzig", "zwanzig", 20),
        ("einundzwanzig", "einundzwanzig", 21), ("dreiundvierzig", "dreiundvierzig", 43),
        ("dreißig", "dreißig", 30), ("neunundneunzig", "neunundneunzig", 99),
        ("hundert", "hundert", 100), ("einhundert", "einhundert", 100),
        ("hundertfünf", "hundertfünf", 105),
        ("zweihundertdreiundvierzig", "zweihundertdreiundvierzig", 243),
        ("tausend", "tausend", 1000), ("eintausend", "eintausend", 1000),
        ("dreitausendzweihundert", "dreitausendzweihundert", 3200),
        ("zwei tausend", "zwei tausend", 2000), ("ein hundert Euro", "ein hundert", 100),
        ("ich habe 42 Minuten gewartet", "42", 42),
    ])
    func findsNumber(text: String, written: String, value: Double) {
        let expected = EntityFixture.match(.number(value), written, in: text)
        #expect(EntityFixture.extract(self.extractor, text) == [expected], "\(text)")
    }

    @Test(arguments: ["ein Paket", "eine Frage", "einen Moment", "einsam", "vierzigjährig"])
    func articlesAndOtherWordsAreNoNumbers(text: String) {
        #expect(EntityFixture.extract(self.extractor, text).isEmpty, "\(text)")
    }

    @Test func compoundsAreReadWhole() {
        #expect(NumberWords.germanNumber("einundzwanzig") == 21)
        #expect(
            NumberWords.germanNumber("neunhundertneunundneunzigtausendneunhundertneunundneunzig")
                == 999_999)
        #expect(NumberWords.germanNumber("hundertundeins") == 101)
        #expect(NumberWords.germanNumber("einsundzwanzig") == nil)
        #expect(NumberWords.germanNumber("zehnhundert") == nil)
    }

    @Test func englishExtractorIgnoresGermanWords() {
        #expect(EntityFixture.extract(NumberExtractor(), "zwölf").isEmpty)
    }
}
