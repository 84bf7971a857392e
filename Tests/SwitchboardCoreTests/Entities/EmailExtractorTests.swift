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
}
