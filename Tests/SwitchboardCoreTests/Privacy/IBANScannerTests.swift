import Testing

@testable import SwitchboardCore

/// IBANs grouped other than in fours, or with mixed separators, as statements and users
/// write them.
@Suite struct IBANScannerTests {
    let masker = PIIMasker(kinds: .iban)

    @Test(arguments: [
        // Mixed separators.
        "DE89 3704-0044 0532 0130 00", "DE89-3704 0044.0532 0130-00", "GB82 WEST-1234 5698.7654 32",
        // Bank code and account number, as German statements print them.
        "DE89 37040044 0532013000", "de89 37040044 0532013000", "DE89-37040044-0532013000",
        // Irregular groups, in other countries.
        "DE8937040044 0532013000", "NL91 ABNA 0417164300", "BE68 539 0075470 34",
        "FR14 20041 01005 0500013M026 06", "CH93 00762 011623852957",
        "DE89\u{00A0}37040044\u{00A0}0532013000",
    ])
    func masksIrregularlyGroupedIBANs(iban: String) {
        #expect(self.masker.mask("to \(iban) please") == "to [iban] please", "\(iban)")
        #expect(self.masker.mask("IBAN: \(iban).") == "IBAN: [iban].", "\(iban)")
    }

    /// Once the groups hold the country's length, what follows is not taken into the IBAN.
    @Test(arguments: [
        ("DE89 37040044 0532013000 12 EUR", "[iban] 12 EUR"),
        ("DE89 3704 0044 0532 0130 00 2026", "[iban] 2026"),
        ("IBAN DE89-3704-0044-0532-0130-00 4711 please", "IBAN [iban] 4711 please"),
        ("BE68 5390 0754 7034 12 34", "[iban] 12 34"),
        ("GB82 WEST 1234 5698 7654 32 and more", "[iban] and more"),
    ])
    func stopsAtTheRegisteredLength(text: String, masked: String) {
        #expect(self.masker.mask(text) == masked)
    }

    @Test(arguments: [
        // The last group runs past the country's length.
        "DE89 37040044 05320130001", "DE89 3704 0044 0532 0130 0012",
        // Checksum fails.
        "DE89 37040044 0532013001", "DE89 3704-0044 0532 0130 01",
        // Too short for the country.
        "DE89 37040044 053201300",
        // Words after what looks like a country code and check digits: more letters than
        // digits, grouped other than in fours.
        "at12 thanks a lot for the help", "be10 there at 7 tonight please",
        // Two spaces, a comma or a slash is no separator.
        "DE89 37040044  0532013000", "DE89 37040044, 0532013000", "DE89/37040044/0532013000",
        // Glued to a word or a number before.
        "xDE89 37040044 0532013000", "1-DE89 37040044 0532013000",
        // Order ids, dates and amounts after a country-like prefix.
        "Order DE12-3456-7890-1234 from 2026-11-27", "AT20 2026-11-27 12:30 EUR 1.234,56",
    ])
    func leavesNonIBANs(text: String) {
        #expect(!self.masker.mask(text).contains("[iban]"), "\(text)")
    }

    /// Every way of grouping a valid IBAN by chance of the checksum: no random pair of
    /// groups is read as one unless it has the registered length and passes mod 97.
    @Test func irregularGroupingStillNeedsTheChecksum() {
        var random = CorpusRandom(seed: 0x1BA4)
        var masked = 0
        let tries = 2000
        for _ in 0..<tries {
            let bank = random.digits(8)
            let account = random.digits(10)
            let text = "DE\(random.digits(2)) \(bank) \(account)"
            if self.masker.mask(text) == "[iban]" { masked += 1 }
        }
        // One in 97 by chance: about 21 of 2,000.
        #expect(masked < tries / 40, "\(masked) of \(tries)")
    }
}
