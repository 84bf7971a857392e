import Testing

@testable import SwitchboardCore

@Suite struct EmailExtractorTests {
    let extractor = EmailExtractor()

    @Test(arguments: [
        ("Mail me at jane@example.com please", "jane@example.com", "jane@example.com"),
        ("Jane.Doe@Example.COM", "Jane.Doe@Example.COM", "jane.doe@example.com"),
        (
            "use jane.doe+orders@mail.example.co.uk.", "jane.doe+orders@mail.example.co.uk",
            "jane.doe+orders@mail.example.co.uk"
        ),
        (
            "(first-last_1@sub-domain.example.org)", "first-last_1@sub-domain.example.org",
            "first-last_1@sub-domain.example.org"
        ),
        ("email:bob%team@x.io, thanks", "bob%team@x.io", "bob%team@x.io"),
        ("it's <a.b.c@d-e.f.museum>", "a.b.c@d-e.f.museum", "a.b.c@d-e.f.museum"),
        ("ok 42@numbers.net!", "42@numbers.net", "42@numbers.net"),
        ("it's ana@example.com- thanks", "ana@example.com", "ana@example.com"),
        ("trailing dot bob@example.com.", "bob@example.com", "bob@example.com"),
        ("leading dot .bob@example.com", "bob@example.com", "bob@example.com"),
        ("host x@mail.example.com.123", "x@mail.example.com", "x@mail.example.com"),
        ("host x@b.cd.-x", "x@b.cd", "x@b.cd"),
        // A top-level domain outside ASCII, in the ASCII form DNS uses.
        ("to ivan@example.xn--p1ai.", "ivan@example.xn--p1ai", "ivan@example.xn--p1ai"),
        ("Jane@XN--MLLER-KVA.DE", "Jane@XN--MLLER-KVA.DE", "jane@xn--mller-kva.de"),
    ])
    func findsAddresses(text: String, written: String, address: String) {
        let expected = EntityFixture.match(.text(address), written, in: text)
        #expect(EntityFixture.extract(self.extractor, text) == [expected])
    }

    @Test func exactRange() {
        let matches = EntityFixture.extract(self.extractor, "Hi, a@b.cd")
        #expect(matches == [EntityMatch(value: .text("a@b.cd"), range: 4..<10, text: "a@b.cd")])
    }

    @Test func findsSeveralInOrder() {
        let text = "cc ann@x.org and BOB@Y.ORG; not @z.org"
        #expect(
            EntityFixture.extract(self.extractor, text).map(\.value) == [
                .text("ann@x.org"), .text("bob@y.org"),
            ])
    }

    @Test(arguments: [
        "no at sign here", "@example.com", "jane@", "jane@localhost", "jane@example.c",
        "jane@example.123", "jane..doe@example.com", "jane.@example.com",
        "jane@-example.com", "jane@example-.com", "price 5@ 3 each", "a@b", "user@.com",
        "jane@example.xn-p1ai", "jane@example.xn--", "lodash@4.17.21",
    ])
    func rejects(text: String) {
        #expect(EntityFixture.extract(self.extractor, text).isEmpty)
    }

    @Test func nonASCIIAroundAddress() {
        let text = "é jane@example.com ü"
        let expected = EntityFixture.match(.text("jane@example.com"), "jane@example.com", in: text)
        #expect(EntityFixture.extract(self.extractor, text) == [expected])
        #expect(expected.range == 3..<19)
    }

    /// Addresses with letters outside ASCII, which the masker hides, fill an email slot too:
    /// the domain is lower-cased with Unicode's case mapping, a local part outside ASCII is
    /// kept as typed.
    @Test(arguments: [
        ("jürgen@müller-bäckerei.de", "jürgen@müller-bäckerei.de", "jürgen@müller-bäckerei.de"),
        ("пишите иван@пример.рф, спасибо", "иван@пример.рф", "иван@пример.рф"),
        ("mail 用户@例子.广告 please", "用户@例子.广告", "用户@例子.广告"),
        ("write to rené.dupont@example.fr.", "rené.dupont@example.fr", "rené.dupont@example.fr"),
        (
            "(josé_garcía+tickets@example.es)", "josé_garcía+tickets@example.es",
            "josé_garcía+tickets@example.es"
        ),
        ("Jane@Müller.DE", "Jane@Müller.DE", "jane@müller.de"),
        ("JÜRGEN@MÜLLER.DE—thanks", "JÜRGEN@MÜLLER.DE", "JÜRGEN@müller.de"),
        ("ИВАН@ПРИМЕР.РФ", "ИВАН@ПРИМЕР.РФ", "ИВАН@пример.рф"),
        ("«jürgen@müller.de»", "jürgen@müller.de", "jürgen@müller.de"),
        ("jürgen@müller.de。谢谢", "jürgen@müller.de", "jürgen@müller.de"),
        ("raj@उदाहरण.भारत", "raj@उदाहरण.भारत", "raj@उदाहरण.भारत"),
        ("ivan@пример.xn--p1ai", "ivan@пример.xn--p1ai", "ivan@пример.xn--p1ai"),
        ("Ümit@example.com", "Ümit@example.com", "Ümit@example.com"),
        // Text in a script without spaces glued to an address in ASCII is the sentence.
        ("メールはjane@example.comです", "jane@example.com", "jane@example.com"),
        ("邮箱Jane@Example.com谢谢", "Jane@Example.com", "jane@example.com"),
    ])
    func findsInternationalisedAddresses(text: String, written: String, address: String) {
        let expected = EntityFixture.match(.text(address), written, in: text)
        #expect(EntityFixture.extract(self.extractor, text) == [expected])
    }

    /// Fullwidth forms, as East Asian input methods type them, and invisible characters are
    /// read as the masker reads them; the value is the address they stand for, the range and
    /// text the user's own.
    @Test func foldsFullwidthFormsAndInvisibleCharacters() {
        let text = "メール ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ です"
        let written = "ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ"
        #expect(
            EntityFixture.extract(self.extractor, text) == [
                EntityFixture.match(.text("jane@example.com"), written, in: text)
            ])
        let invisible = "jane\u{200B}@example.com"
        #expect(
            EntityFixture.extract(self.extractor, invisible) == [
                EntityFixture.match(.text("jane@example.com"), invisible, in: invisible)
            ])
    }

    /// What has an `@` but is no address is rejected with letters outside ASCII too, and so
    /// is what the masker hides only to be safe: doubled dots, a local part over 64 bytes.
    @Test(arguments: [
        "@jürgen thanks", "thanks @müller-bäckerei.de", "jürgen@localhost", "jürgen@müller",
        "用户@例子", "jürgen@müller.d", "jürgen@-müller.de", "jürgen@müller-.de", "jürgen@.de",
        "ü@ü", "5€@shop.de", "meet @ café.paris", "jürgen.@müller.de", "jür..gen@müller.de",
        String(repeating: "ü", count: 33) + "@müller.de",
    ])
    func rejectsNonAddressesOutsideASCII(text: String) {
        #expect(EntityFixture.extract(self.extractor, text).isEmpty)
    }

    /// Every address the extractor finds is one the masker hides whole, so a value in an
    /// email slot is masked wherever it is written.
    @Test(arguments: [
        "jürgen@müller-bäckerei.de", "иван@пример.рф", "用户@例子.广告", "JÜRGEN@MÜLLER.DE",
        "İlkay@İstanbul.com.tr", "ΟΔΥΣΣΕΑΣ@ΠΑΡΆΔΕΙΓΜΑ.ΕΛ", "ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ",
    ])
    func valuesAreMaskedWhole(text: String) {
        let values = EntityFixture.extract(self.extractor, text).map(\.value.displayText)
        #expect(values.count == 1)
        for value in values {
            #expect(PIIMasker().mask(value) == "[email]")
            #expect(PIIMasker().mask(text) == "[email]")
        }
    }

    /// The masker's generated addresses (ASCII, international, `xn--`) are found whole in a
    /// sentence.
    ///
    /// Except one shape: Chinese characters glued to an address in ASCII are the sentence
    /// (`我的邮箱123456789@qq.com`, a QQ address, is far more common than a local part such
    /// as `用户1306`), so `用户1306@example.com` gives `1306@example.com` (`用户1306@例子.广告` is
    /// whole: the domain is no address in ASCII).
    @Test func findsTheMaskersGeneratedAddresses() {
        var random = CorpusRandom(seed: 0x5EED_E4A1)
        var missed: [String] = []
        for _ in 0..<1000 {
            let address = PIICorpus.email(&random)
            let text = "my email is \(address), thanks"
            let found = EntityFixture.extract(self.extractor, text)
            let domain = address.split(separator: "@").last ?? ""
            let isGlued =
                address.hasPrefix("用户") && address.dropFirst(2).first?.isNumber == true
                && domain.allSatisfy(\.isASCII)
            if found.map(\.text) != [isGlued ? String(address.dropFirst(2)) : address] {
                missed.append(address)
            }
        }
        #expect(missed.isEmpty, "missed \(missed.count); e.g. \(missed.prefix(5))")
    }

    @Test func chineseGluedToANumericAddressIsTheSentence() {
        let text = "我的邮箱123456789@qq.com谢谢"
        #expect(EntityFixture.extract(self.extractor, text).map(\.text) == ["123456789@qq.com"])
    }

    /// Digits in a local part outside ASCII are part of the address, not a phone number.
    @Test func digitsInAnInternationalAddressAreNoPhone() {
        let text = "иван89161234567@пример.рф"
        #expect(PhoneExtractor.scan(Array(text.utf8)).isEmpty)
        #expect(EntityFixture.extract(self.extractor, text).map(\.text) == [text])
    }
}
