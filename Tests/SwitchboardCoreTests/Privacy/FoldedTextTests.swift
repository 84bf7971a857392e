import Testing

@testable import SwitchboardCore

/// Line breaks outside ASCII (next line U+0085, line separator U+2028, paragraph separator
/// U+2029) are read as spaces.
@Suite struct FoldedTextTests {
    let masker = PIIMasker()

    @Test(arguments: [
        ("card 4111\u{2028}1111 1111 1111 ok", "card [card] ok"),
        ("4111\u{2029}1111\u{2029}1111\u{2029}1111", "[card]"),
        ("4111\u{0085}1111 1111 1111.", "[card]."),
        ("IBAN DE89\u{2028}3704 0044 0532 0130 00", "IBAN [iban]"),
        ("call +44\u{2028}20 7946 0958", "call [phone]"),
        ("PIN:\u{2028}4821", "PIN:\u{2028}[credential]"),
        // Read as written, the password runs from the next-line character, which goes with it.
        ("my password is\u{0085}hunter2!", "my password is[credential]!"),
        ("my password is\u{2028}hunter2!", "my password is[credential]!"),
    ])
    func readsUnicodeLineBreaksAsSpaces(text: String, masked: String) {
        #expect(self.masker.mask(text) == masked)
    }

    @Test func foldsLineBreaksToOneSpaceWithTheTextsOffsets() {
        let text = Array("a\u{2028}b\u{0085}c\u{2029}".utf8)
        let folded = FoldedText(text)
        #expect(folded?.bytes == Array("a b c ".utf8))
        // U+2028 is 3 bytes, U+0085 2.
        #expect(folded?.originalRange(1..<2) == 1..<4)
        #expect(folded?.originalRange(3..<4) == 5..<7)
    }

    @Test(arguments: [
        "Order TP-48213377\u{2028}arrived on 27.11.2026", "Total 1\u{2028}234,56 € for 3 items",
        "line one\u{2029}line two\u{0085}line three", "ticket #483920\u{2028}version 2.3.1",
    ])
    func leavesCleanTextAlone(text: String) {
        #expect(self.masker.mask(text) == text)
    }

    /// No-break and narrow no-break spaces in phone numbers and IBANs were folded already;
    /// these pin that down.
    @Test(arguments: [
        ("ruf 030\u{00A0}1234567 an", "ruf [phone] an"),
        ("Tel.\u{00A0}+49\u{202F}151\u{202F}12345678", "Tel.\u{00A0}[phone]"),
        ("appelez le 06\u{00A0}12\u{00A0}34\u{00A0}56\u{00A0}78", "appelez le [phone]"),
        (
            "IBAN\u{00A0}DE89\u{202F}3704\u{202F}0044\u{202F}0532\u{202F}0130\u{202F}00",
            "IBAN\u{00A0}[iban]"
        ),
        ("DE89\u{00A0}37040044\u{202F}0532013000", "[iban]"),
        ("GB82\u{202F}WEST\u{202F}1234\u{202F}5698\u{202F}7654\u{202F}32", "[iban]"),
    ])
    func masksNoBreakSpacesInPhonesAndIBANs(text: String, masked: String) {
        #expect(self.masker.mask(text) == masked)
    }
}
