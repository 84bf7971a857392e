import Testing

@testable import SwitchboardCore

@Suite struct ReferenceExtractorTests {
    @Test(arguments: [
        ("Order TP-12345678 is late", "TP-12345678"),
        ("order tp 12345678", "tp 12345678"),
        ("TP12345678", "TP12345678"),
        ("(Tp-12345678).", "Tp-12345678"),
        ("#TP-12345678", "TP-12345678"),
        ("TP-12345678, TP-00000001", "TP-12345678"),
        ("it's TP 1234 5678 thanks", "TP 1234 5678"),
        ("TP-1234-5678", "TP-1234-5678"),
        ("tp 12 34 56 78", "tp 12 34 56 78"),
    ])
    func findsOrderNumbers(text: String, written: String) throws {
        let extractor = try #require(ReferenceExtractor(format: "TP-########"))
        let found = EntityFixture.extract(extractor, text)
        #expect(found.first == EntityFixture.match(.text("TP-12345678"), written, in: text))
    }

    @Test func exactRangesAndOrder() throws {
        let extractor = try #require(ReferenceExtractor(format: "TP-########"))
        let text = "TP-12345678, tp00000001"
        #expect(
            EntityFixture.extract(extractor, text) == [
                EntityMatch(value: .text("TP-12345678"), range: 0..<11, text: "TP-12345678"),
                EntityMatch(value: .text("TP-00000001"), range: 13..<23, text: "tp00000001"),
            ])
    }

    @Test(arguments: [
        "XTP-12345678", "TP-123456789", "TP-1234567", "TP-1234567A", "TP--12345678",
        "TP_12345678", "A-TP-12345678", "TP-12345678-2", "TP-12345678.5", "TPX12345678",
        "TP-1234  5678", "TP-1234 56789", "TP-1234 567", "TP-1234 - 5678",
        "TP-1234-",
    ])
    func rejectsOrderNumbers(text: String) throws {
        let extractor = try #require(ReferenceExtractor(format: "TP-########"))
        #expect(EntityFixture.extract(extractor, text).isEmpty, "\(text)")
    }

    @Test func placeholdersAndSeparators() throws {
        let extractor = try #require(ReferenceExtractor(format: "AA/####.XX"))
        let cases = [
            ("ab/1234.c9", "AB/1234.C9"), ("AB-1234-C9", "AB/1234.C9"),
            ("ab 1234 c9", "AB/1234.C9"), ("AB1234C9", "AB/1234.C9"),
            ("ZZ/0000.00", "ZZ/0000.00"),
        ]
        for (text, canonical) in cases {
            let found = EntityFixture.extract(extractor, text)
            #expect(found.map(\.value) == [.text(canonical)], "\(text)")
        }
        #expect(EntityFixture.extract(extractor, "A1/1234.C9").isEmpty)
        #expect(EntityFixture.extract(extractor, "AB/1234.C").isEmpty)
    }

    @Test func escapedLiterals() throws {
        let extractor = try #require(ReferenceExtractor(format: "\\A\\X-###"))
        #expect(EntityFixture.extract(extractor, "ax-123").map(\.value) == [.text("AX-123")])
        #expect(EntityFixture.extract(extractor, "AB-123").isEmpty)
    }

    @Test func lowerCaseFormatLiteralsAreUpperCased() throws {
        let extractor = try #require(ReferenceExtractor(format: "inc#####"))
        #expect(EntityFixture.extract(extractor, "INC00042").map(\.value) == [.text("INC00042")])
    }

    @Test func plainDigitFormat() throws {
        let extractor = try #require(ReferenceExtractor(format: "########"))
        let text = "ref 12345678 not 123456789 or A12345678"
        #expect(
            EntityFixture.extract(extractor, text) == [
                EntityFixture.match(.text("12345678"), "12345678", in: text)
            ])
    }

    @Test(arguments: ["", "TP-", "---", "\\#\\A\\X", "TP-#\\"])
    func rejectsFormatsWithoutPlaceholders(format: String) {
        #expect(ReferenceExtractor(format: format) == nil)
    }
}
