import Testing

@testable import SwitchboardCore

@Suite struct MoneyExtractorTests {
    let extractor = MoneyExtractor()

    @Test(arguments: [
        ("I paid $12 for it", "$12", 1200, "USD"),
        ("I paid $12.50.", "$12.50", 1250, "USD"),
        ("$12.5", "$12.5", 1250, "USD"),
        ("US$12", "US$12", 1200, "USD"),
        ("CA$7", "CA$7", 700, "CAD"),
        ("12.50 USD", "12.50 USD", 1250, "USD"),
        ("12.50 usd", "12.50 usd", 1250, "USD"),
        ("USD 12.50", "USD 12.50", 1250, "USD"),
        ("EUR12", "EUR12", 1200, "EUR"),
        ("12EUR", "12EUR", 1200, "EUR"),
        ("€20", "€20", 2000, "EUR"),
        ("€ 20", "€ 20", 2000, "EUR"),
        ("20€", "20€", 2000, "EUR"),
        ("20 €", "20 €", 2000, "EUR"),
        ("20 euros", "20 euros", 2000, "EUR"),
        ("£5", "£5", 500, "GBP"),
        ("5 pounds", "5 pounds", 500, "GBP"),
        ("¥500", "¥500", 50000, "JPY"),
        ("10 bucks", "10 bucks", 1000, "USD"),
        ("twenty dollars", "twenty dollars", 2000, "USD"),
        ("a hundred bucks", "a hundred bucks", 10000, "USD"),
        ("12,345.67 EUR", "12,345.67 EUR", 1_234_567, "EUR"),
        ("12.345,67 EUR", "12.345,67 EUR", 1_234_567, "EUR"),
        ("1.234.567,89 €", "1.234.567,89 €", 123_456_789, "EUR"),
        ("12,50 €", "12,50 €", 1250, "EUR"),
        ("1,234 USD", "1,234 USD", 123_400, "USD"),
        ("1.234 EUR", "1.234 EUR", 123_400, "EUR"),
        ("$1.5k", "$1.5k", 150_000, "USD"),
        ("$2K budget", "$2K", 200_000, "USD"),
        ("1.5k EUR", "1.5k EUR", 150_000, "EUR"),
        ("0.01 CHF", "0.01 CHF", 1, "CHF"),
        ("a refund of -$5.00", "-$5.00", -500, "USD"),
        ("(-12.30 GBP)", "-12.30 GBP", -1230, "GBP"),
        ("1000 SEK", "1000 SEK", 100_000, "SEK"),
        ("500 TRY", "500 TRY", 50000, "TRY"),
        ("1 000 €", "1 000 €", 100_000, "EUR"),
        ("12 345,67 EUR", "12 345,67 EUR", 1_234_567, "EUR"),
        ("$ 1,000", "$ 1,000", 100_000, "USD"),
        ("costs 12.99$", "12.99$", 1299, "USD"),
        ("HK$ 100", "HK$ 100", 10000, "HKD"),
        ("5 quid", "5 quid", 500, "GBP"),
        ("100 yen", "100 yen", 10000, "JPY"),
        ("$12.345", "$12.345", 1_234_500, "USD"),
        ("$99,999,999,999.99", "$99,999,999,999.99", 9_999_999_999_999, "USD"),
    ])
    func findsAmount(text: String, written: String, minor: Int64, currency: String) {
        let value = SlotValue.money(Money(minorUnits: minor, currency: currency))
        let expected = EntityFixture.match(value, written, in: text)
        #expect(EntityFixture.extract(self.extractor, text) == [expected], "\(text)")
    }

    @Test func exactRanges() {
        let text = "£5 or 20€, not 7"
        #expect(
            EntityFixture.extract(self.extractor, text) == [
                EntityMatch(
                    value: .money(Money(minorUnits: 500, currency: "GBP")), range: 0..<3,
                    text: "£5"),
                EntityMatch(
                    value: .money(Money(minorUnits: 2000, currency: "EUR")), range: 7..<12,
                    text: "20€"),
            ])
    }

    @Test func severalAmounts() {
        let text = "charged $12.50 twice, then 20 EUR"
        let values = EntityFixture.extract(self.extractor, text).map(\.value)
        #expect(
            values == [
                .money(Money(minorUnits: 1250, currency: "USD")),
                .money(Money(minorUnits: 2000, currency: "EUR")),
            ])
    }

    @Test(arguments: [
        "I waited 45 minutes", "order of 3 items", "try 5 times", "order TP-123",
        "on 2026-11-27", "at 10:30", "1.2345 EUR", "1,2,3 USD", "$", "v2 USD",
        "$12abc", "USD", "20 euro-cents-ish abc", "x$5", "1.2.3 EUR",
    ])
    func rejectsWithoutCurrency(text: String) {
        #expect(EntityFixture.extract(self.extractor, text).isEmpty, "\(text)")
    }

    @Test func bareNumbersInDefaultCurrency() {
        let bare = MoneyExtractor(acceptsBareNumbers: true)
        let context = ExtractionContext(today: EntityFixture.today, defaultCurrency: "EUR")
        let text = "12.50 or twenty, 1 000"
        let euros = { (minor: Int64) in SlotValue.money(Money(minorUnits: minor, currency: "EUR")) }
        #expect(
            bare.extract(from: text, in: context) == [
                EntityFixture.match(euros(1250), "12.50", in: text),
                EntityFixture.match(euros(2000), "twenty", in: text),
                EntityFixture.match(euros(100_000), "1 000", in: text),
            ])
    }

    @Test func bareNumbersGiveWayToAmountsWithCurrency() {
        let bare = MoneyExtractor(acceptsBareNumbers: true)
        let text = "I bought 500 coins for $4.99 on 12 May"
        let expected = EntityFixture.match(
            .money(Money(minorUnits: 499, currency: "USD")), "$4.99", in: text)
        #expect(bare.extract(from: text, in: EntityFixture.context) == [expected])
    }

    @Test(arguments: ["TP-123", "on 2026-11-27", "at 10:30", "v2", "4g", "1.2.3"])
    func bareNumbersSkipIdentifiers(text: String) {
        let bare = MoneyExtractor(acceptsBareNumbers: true)
        #expect(bare.extract(from: text, in: EntityFixture.context).isEmpty, "\(text)")
    }

    @Test func wordLikeCodesNeedUpperCase() {
        #expect(EntityFixture.extract(self.extractor, "5 try").isEmpty)
        #expect(EntityFixture.extract(self.extractor, "5 cad").isEmpty)
        #expect(EntityFixture.extract(self.extractor, "5 CAD").count == 1)
    }
}
