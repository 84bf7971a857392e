import Testing

@testable import SwitchboardCore

/// German dates, resolved against Wednesday 2026-03-18.
@Suite struct GermanDateExtractorTests {
    let extractor = DateExtractor(language: .german)

    @Test(arguments: [
        ("am 3. März 2026", "3. März 2026", "2026-03-03"),
        ("03.03.2026", "03.03.2026", "2026-03-03"),
        ("am 3. Mär. 2026 bestellt", "3. Mär. 2026", "2026-03-03"),
        ("3. Maerz", "3. Maerz", "2026-03-03"),
        ("15. Jänner", "15. Jänner", "2026-01-15"),
        ("1. April", "1. April", "2025-04-01"),
        ("27 November 2026", "27 November 2026", "2026-11-27"),
        ("Freitag, 27. November 2026", "Freitag, 27. November 2026", "2026-11-27"),
        ("Fr., 27. Nov. 2026", "Fr., 27. Nov. 2026", "2026-11-27"),
        ("heute", "heute", "2026-03-18"),
        ("Morgen bitte", "Morgen", "2026-03-19"),
        ("bis morgen", "morgen", "2026-03-19"),
        ("übermorgen", "übermorgen", "2026-03-20"),
        ("gestern kam nichts", "gestern", "2026-03-17"),
        ("vorgestern", "vorgestern", "2026-03-16"),
        ("vor 3 Tagen", "vor 3 Tagen", "2026-03-15"),
        ("vor zwei Wochen", "vor zwei Wochen", "2026-03-04"),
        ("vor einer Woche", "vor einer Woche", "2026-03-11"),
        ("vor einundzwanzig Tagen", "vor einundzwanzig Tagen", "2026-02-25"),
        ("vor einem Monat", "vor einem Monat", "2026-02-18"),
        ("in 3 Tagen", "in 3 Tagen", "2026-03-21"),
        ("letzte Woche", "letzte Woche", "2026-03-11"),
        ("nächste Woche", "nächste Woche", "2026-03-25"),
        ("letzten Montag", "letzten Montag", "2026-03-16"),
        ("am Montag", "Montag", "2026-03-16"),
        ("es kam Donnerstag", "Donnerstag", "2026-03-12"),
        ("nächsten Freitag", "nächsten Freitag", "2026-03-20"),
        ("naechsten Mittwoch", "naechsten Mittwoch", "2026-03-25"),
        ("diesen Freitag", "diesen Freitag", "2026-03-20"),
        ("am Freitag, den 27. November", "Freitag, den 27. November", "2025-11-27"),
        ("Freitag, passt das?", "Freitag", "2026-03-13"),
    ])
    func findsDate(text: String, written: String, iso: String) {
        let found = EntityFixture.extract(self.extractor, text)
        #expect(found.map(\.text) == [written], "\(text)")
        #expect(found.map(\.value.displayText) == [iso], "\(text)")
        if let match = found.first {
            #expect(match == EntityFixture.match(match.value, written, in: text))
        }
    }

    @Test(
        "The morning is not tomorrow",
        arguments: ["Guten Morgen", "guten morgen, ich brauche Hilfe", "jeden Morgen", "Moin"])
    func greetingsAreNoDates(text: String) {
        #expect(EntityFixture.extract(self.extractor, text).isEmpty, "\(text)")
    }

    @Test func thisMorningIsToday() {
        let found = EntityFixture.extract(self.extractor, "heute Morgen kam das Paket")
        #expect(found.map(\.value.displayText) == ["2026-03-18"])
        #expect(found.map(\.text) == ["heute"])
    }

    @Test func dotsAreDayFirstEvenWhenTheBotReadsMonthFirst() {
        let monthFirst = DateExtractor(dayFirst: false, language: .german)
        let found = monthFirst.extract(from: "03.04.2026", in: EntityFixture.context)
        #expect(found.map(\.value.displayText) == ["2026-04-03"])
    }

    @Test func englishWordsAreNotReadByAGermanBot() {
        #expect(EntityFixture.extract(self.extractor, "yesterday").isEmpty)
        #expect(EntityFixture.extract(DateExtractor(), "gestern").isEmpty)
    }
}
