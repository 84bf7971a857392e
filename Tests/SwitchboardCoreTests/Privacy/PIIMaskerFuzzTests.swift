import Testing

@testable import SwitchboardCore

/// Personal data from the corpus generators put inside random text: random words, numbers,
/// punctuation and line breaks on both sides, so the scanners meet neighbours the sentence
/// frames never give them.
@Suite struct PIIMaskerFuzzTests {
    /// Words and numbers around the personal data: English and German words, order ids,
    /// amounts, dates and characters outside ASCII.
    static let filler = [
        "hello", "thanks", "bitte", "danke", "Grüße", "order", "Bestellung", "TP-48213377",
        "12,50 €", "$1,234.56", "27.11.2026", "2026-11-27", "10:30", "v2.3.1", "#483920", "3",
        "items", "München", "café", "—", "…", "用户", "ok", "ref", "INV-2026-00042", "42",
        "Straße 12", "für", "die", "is", "was",
    ]

    /// What may stand right before the personal data, or right after it.
    static let before = [" ", "\n", "(", ": ", "« ", "\u{00A0}", " — ", "\t", "\r\n", "\""]
    static let after = [
        " ", ". ", ", ", "!", ")", "\n", "\n\n", " — ", "\u{00A0}", "。", "? ", "\"", ";",
    ]

    @Test(arguments: [0xF022_0001, 0xF022_0002, 0xF022_0003] as [UInt64])
    func personalDataInRandomTextIsMasked(seed: UInt64) {
        var random = CorpusRandom(seed: seed)
        let masker = PIIMasker()
        var missed: [String] = []
        for index in 0..<2000 {
            var words: [String] = []
            for _ in 0..<random.int(0...4) { words.append(random.pick(Self.filler)) }
            let lead = words.joined(separator: " ")
            words = []
            for _ in 0..<random.int(0...4) { words.append(random.pick(Self.filler)) }
            let tail = words.joined(separator: " ")
            let (prefix, value): (String, String)
            // Phone numbers are left out: see `phoneNumbersNextToAmountsAndDates`.
            switch index % 4 {
            case 0: (prefix, value) = ("", PIICorpus.email(&random))
            case 1: (prefix, value) = ("", PIICorpus.card(&random))
            case 2: (prefix, value) = ("", PIICorpus.iban(&random))
            default: (prefix, value) = PIICorpus.credential(&random)
            }
            let text =
                lead + random.pick(Self.before) + prefix + value + random.pick(Self.after) + tail
            let masked = masker.mask(text)
            // A short code may also stand in the filler (`202` in `2026`): look for it with
            // the words that name it.
            if masked.contains(prefix + value) || !masked.contains("[") { missed.append(text) }
        }
        #expect(missed.isEmpty, "missed \(missed.count); e.g. \(missed.prefix(8))")
    }

    /// Found by this fuzz: a card followed by a date or a dotted number, by more than eight
    /// groups of digits, or by a currency (on the same line or the next) was left as typed.
    @Test(arguments: [
        ("card 4111 1111 1111 1111 27.11.2026", "card [card] 27.11.2026"),
        ("4111 1111 1111 1111 191 2026-11-27 27.11.2026 ok", "[card] 191 2026-11-27 27.11.2026 ok"),
        ("4111111111111111 1 2 3 4 5 6 7 8 9", "[card] 1 2 3 4 5 6 7 8 9"),
        ("1 2 3 4 5 6 7 8 9 4111 1111 1111 1111", "1 2 3 4 5 6 7 8 9 [card]"),
        ("4111 1111 1111 1111 $20 charge", "[card] $20 charge"),
        ("(4111 1111 1111 1111\n$1,234.56", "([card]\n$1,234.56"),
        ("6011000990139424 EUR", "[card] EUR"),
        ("4111 1111\n1111 1111 27.11.2026", "[card] 27.11.2026"),
    ])
    func cardsBeforeOtherNumbersAndAmounts(text: String, masked: String) {
        #expect(PIIMasker().mask(text) == masked)
    }

    /// Amounts, dates and counts next to each other stay as written.
    @Test(arguments: [
        "1 234 567 890 123 € in total", "12 345 678 EUR", "1.234.567.890.123,45 €",
        "27.11.2026 12.12.2026 01.01.2027 02.02.2027", "4111 1111 1111 1112 27.11.2026",
    ])
    func amountsAndDatesStayUnmasked(text: String) {
        #expect(PIIMasker().mask(text) == text)
    }

    /// Found by this fuzz: a phone number was read as an amount when a currency followed it
    /// on the next line, or began the next amount (`$1,234.56`); when a currency ended the
    /// amount before it; and it was lost when a date followed it.
    @Test(arguments: [
        ("call (672) 554-1508\n$1,234.56 was charged", "call [phone]\n$1,234.56 was charged"),
        ("für: 743-543-2816 $1,234.56", "für: [phone] $1,234.56"),
        ("12,50 €\n6298872822 ok", "12,50 €\n[phone] ok"),
        ("12,50 € 06298 872822 ok", "12,50 € [phone] ok"),
        ("call 07298311022 27.11.2026", "call [phone] 27.11.2026"),
        ("call 07298 311022 27.11.2026", "call [phone] 27.11.2026"),
    ])
    func phoneNumbersNextToAmountsAndDates(text: String, masked: String) {
        #expect(PIIMasker().mask(text) == masked)
    }

    /// An amount is still no phone number: its currency after it on the same line, or
    /// before it.
    @Test(arguments: [
        "paid 1234567890 USD", "paid 1234567890 $", "paid $ 1234567890", "€ 0612345678",
    ])
    func amountsWithTheirCurrencyStayAmounts(text: String) {
        #expect(PIIMasker().mask(text) == text)
    }
}
