import Testing

@testable import SwitchboardCore

@Suite struct ChecksumTests {
    /// Digit values of a string of ASCII digits.
    func digits(_ text: String) -> [UInt8] {
        text.utf8.map { $0 - 0x30 }
    }

    @Test func luhn() {
        #expect(Luhn.isValid(self.digits("4111111111111111")))
        #expect(Luhn.isValid(self.digits("79927398713")))
        #expect(Luhn.isValid(self.digits("378282246310005")))
        #expect(Luhn.isValid(self.digits("0")))
        #expect(!Luhn.isValid(self.digits("4111111111111112")))
        #expect(!Luhn.isValid(self.digits("79927398710")))
        #expect(!Luhn.isValid([UInt8]()))
        #expect(!Luhn.isValid([4, 1, 10, 1]))
        #expect(Luhn.isValid(self.digits("x4111111111111111").dropFirst()))
    }

    @Test(arguments: [
        "GB82WEST12345698765432", "DE89370400440532013000", "gb82west12345698765432",
        "NL91ABNA0417164300", "BE68539007547034", "FR1420041010050500013M02606",
        "CH9300762011623852957", "AT611904300234573201",
    ])
    func validIBANs(iban: String) {
        #expect(IBANChecksum.isValid(Array(iban.utf8)))
    }

    @Test(arguments: [
        "GB82WEST12345698765433", "GB28WEST12345698765432", "GB82 WEST 1234 5698 7654 32",
        "1282WEST12345698765432", "GBX2WEST12345698765432", "GB82WEST1234", "",
        "GB82WEST12345698765432GB82WEST123456", "GB82WEST1234569876543!",
    ])
    func invalidIBANs(iban: String) {
        #expect(!IBANChecksum.isValid(Array(iban.utf8)))
    }

    @Test func generatedCheckDigitsAgree() {
        #expect(PIICorpus.checkDigits("GB", "WEST12345698765432") == "82")
        #expect(PIICorpus.checkDigits("DE", "370400440532013000") == "89")
        #expect(PIICorpus.luhnCheckDigit("411111111111111") == 1)
    }
}
