import Testing

@testable import SwitchboardCore

@Suite struct NumberExtractorTests {
    let extractor = NumberExtractor()

    @Test(arguments: [
        ("I waited 42 minutes", "42", 42.0),
        ("it dropped to -7 today", "-7", -7),
        ("(-7)", "-7", -7),
        ("about 3.5 hours", "3.5", 3.5),
        ("1,200 points", "1,200", 1200),
        ("total 1,200.50.", "1,200.50", 1200.5),
        ("12,345,678 rows", "12,345,678", 12_345_678),
        ("twelve items", "twelve", 12),
        ("Zero problems", "Zero", 0),
        ("twenty-five boxes", "twenty-five", 25),
        ("twenty five boxes", "twenty five", 25),
        ("thirty", "thirty", 30),
        ("ninety-nine", "ninety-nine", 99),
        ("a hundred times", "a hundred", 100),
        ("one hundred times", "one hundred", 100),
        ("two hundred and five", "two hundred and five", 205),
        ("a thousand", "a thousand", 1000),
        ("three thousand two hundred", "three thousand two hundred", 3200),
        ("nineteen", "nineteen", 19),
        ("50% off", "50", 50),
        ("ticket #3", "3", 3),
        ("007", "007", 7),
        ("1 200 000 visitors", "1 200 000", 1_200_000),
        ("1 234.5 m", "1 234.5", 1234.5),
        ("went from 1 949 to", "1 949", 1949),
    ])
    func findsNumber(text: String, written: String, value: Double) {
        let expected = EntityFixture.match(.number(value), written, in: text)
        #expect(EntityFixture.extract(self.extractor, text) == [expected], "\(text)")
    }

    @Test func exactRanges() {
        let text = "3 boxes, twenty-one bags and 1,000.5 kg"
        #expect(
            EntityFixture.extract(self.extractor, text) == [
                EntityMatch(value: .number(3), range: 0..<1, text: "3"),
                EntityMatch(value: .number(21), range: 9..<19, text: "twenty-one"),
                EntityMatch(value: .number(1000.5), range: 29..<36, text: "1,000.5"),
            ])
    }

    @Test func readsRangesAsTwoNumbers() {
        let text = "between 10-20 items"
        #expect(
            EntityFixture.extract(self.extractor, text) == [
                EntityFixture.match(.number(10), "10", in: text),
                EntityFixture.match(.number(20), "20", in: text),
            ])
    }

    @Test func listsNumbers() {
        let values = EntityFixture.extract(self.extractor, "1, 2 and three").map(\.value)
        #expect(values == [.number(1), .number(2), .number(3)])
    }

    @Test(arguments: [
        "order TP-123", "v2", "4g network", "A1234567", "1234567A", "2nd time",
        "on 2026-11-27", "at 10:30", "version 2.3.1", "27/11/2026", "555-123-4567",
        "ip 192.168.1.1", "a lot", "one-off fee", "twenty-something", "covid-19",
        "file_2", "x.5", ".5", "1st", "1,2,3", "1,20", "$1.5k", "sku 123-AB",
    ])
    func rejects(text: String) {
        #expect(EntityFixture.extract(self.extractor, text).isEmpty, "\(text)")
    }
}
