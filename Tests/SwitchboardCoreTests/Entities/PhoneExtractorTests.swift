import Testing

@testable import SwitchboardCore

@Suite struct PhoneExtractorTests {
    let extractor = PhoneExtractor()

    @Test(arguments: [
        ("+44 20 7946 0958", "+442079460958"),
        ("+1 (555) 123-4567", "+15551234567"),
        ("(555) 123-4567", "5551234567"),
        ("(555)123-4567", "5551234567"),
        ("555-123-4567", "5551234567"),
        ("555.123.4567", "5551234567"),
        ("555 123 4567", "5551234567"),
        ("+49 30 1234567", "+49301234567"),
        ("07700 900123", "07700900123"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("06 12 34 56 78", "0612345678"),
        ("06.12.34.56.78", "0612345678"),
        ("+44 (0)20 7946 0958", "+442079460958"),
        ("+442079460958", "+442079460958"),
        ("07700900123", "07700900123"),
        ("5551234567", "5551234567"),
        ("15551234567", "15551234567"),
        ("1-800-555-0199", "18005550199"),
        ("+1-555-123-4567", "+15551234567"),
        ("+1.555.123.4567", "+15551234567"),
        ("020 7946 0958", "02079460958"),
        ("030 1234567", "0301234567"),
        ("+49 151 23456789", "+4915123456789"),
        ("+34 612 345 678", "+34612345678"),
        ("612 345 678", "612345678"),
        ("+91 98765 43210", "+919876543210"),
        ("0412 345 678", "0412345678"),
        ("555-1234", "5551234"),
        ("0044 20 7946 0958", "00442079460958"),
        ("0800 123 4567", "08001234567"),
        ("0170-1234567", "01701234567"),
        ("(03) 9123 4567", "0391234567"),
        ("+61 (0)3 9123 4567", "+61391234567"),
        ("+44 7700 900 123", "+447700900123"),
        // A slash after the area code, as in Germany and Austria.
        ("030/1234567", "0301234567"),
        ("0151/12345678", "015112345678"),
        ("07151/12345", "0715112345"),
        ("0664/123 45 67", "06641234567"),
        ("089/12 34 56", "089123456"),
    ])
    func findsNumbers(written: String, number: String) {
        for text in ["\(written)", "Call me on \(written), thanks.", "(tel: \(written))"] {
            let expected = EntityFixture.match(.text(number), written, in: text)
            #expect(EntityFixture.extract(self.extractor, text) == [expected], "\(text)")
        }
    }

    /// A slash joins a number only after its area code, so a date after a phone number is
    /// dropped from it as a word after a space is (with slashes read as separators, the
    /// number and the date had read as one, and neither was a phone).
    @Test func aDateAfterANumberIsNotPartOfIt() {
        let text = "call 0151 12345678 12/03/2026 please"
        #expect(
            EntityFixture.extract(self.extractor, text) == [
                EntityFixture.match(.text("015112345678"), "0151 12345678", in: text)
            ])
    }

    @Test func exactRange() {
        let text = "call +1 (555) 123-4567 now"
        #expect(
            EntityFixture.extract(self.extractor, text) == [
                EntityMatch(value: .text("+15551234567"), range: 5..<22, text: "+1 (555) 123-4567")
            ])
    }

    @Test func dropsTrailingCountAcrossSpace() {
        let text = "I called 555 123 4567 3 times"
        let expected = EntityFixture.match(.text("5551234567"), "555 123 4567", in: text)
        #expect(EntityFixture.extract(self.extractor, text) == [expected])
    }

    @Test func findsNumberAfterDate() {
        let text = "On 2026-11-27 555 123 4567 rang"
        let expected = EntityFixture.match(.text("5551234567"), "555 123 4567", in: text)
        #expect(EntityFixture.extract(self.extractor, text) == [expected])
    }

    @Test func acceptsColonAfterWord() {
        let text = "tel:+442079460958"
        let expected = EntityFixture.match(.text("+442079460958"), "+442079460958", in: text)
        #expect(EntityFixture.extract(self.extractor, text) == [expected])
    }

    @Test func findsTwoNumbers() {
        let text = "home 020 7946 0958 or mobile +44 7700 900123."
        #expect(
            EntityFixture.extract(self.extractor, text).map(\.value) == [
                .text("02079460958"), .text("+447700900123"),
            ])
    }

    @Test(arguments: [
        "Delivered 2026-11-27", "on 27/11/2026", "on 27.11.2026", "on 11-27-2026",
        "charged $1,234.56", "charged $1 234 567", "€ 1234567", "1234567 EUR",
        "it costs 12 345 678 dollars", "I waited 45 minutes", "order of 3 items",
        "order 12345", "order TP-12345678", "ref A1234567", "id 1234567A", "#12345678",
        "IBAN DE89 3704 0044 0532 0130 00", "IBAN DE89370400440532013000",
        "card 4111 1111 1111 1111", "card 4111111111111111", "amex 3782 822463 10005",
        "card 4111-1111-1111-1111", "visa 4222222222222",
        "at 10:30", "v2.3.1", "version 10.2.15", "ip 192.168.100.200", "pi 3.14159265",
        "1 234 567 users", "1,234,567 users", "order 1234567890", "ts 20261127-0042",
        "code 12-34-56", "x 12.34.56.78", "ext 5551234567@sms.example.com",
        "count 123456789", "2026 11 27", "user_5551234567", "1 234 567 890",
        "ID 1234 5678 9012", "70 1234567", "at 10:5551234567", "12 items for 1234567 people",
        // Slashes: dates, fractions, numbers of a year, and none but after an area code.
        "on 2026/11/27", "on 01/12/2026", "invoice 030/2026", "ratio 1/1234567", "12/345678",
        "0030/1234567", "030/123/4567", "+49/30/1234567", "555/123-4567", "(030)/1234567",
        "path /030/1234567", "x 030/1234567/8",
    ])
    func rejects(text: String) {
        #expect(EntityFixture.extract(self.extractor, text).isEmpty, "\(text)")
    }
}
