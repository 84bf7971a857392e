import Testing

@testable import SwitchboardCore

@Suite struct JSONNumberTests {
    @Test func buildsFromIntegers() {
        #expect(JSONNumber(-7) == JSONNumber(text: "-7", double: -7, integer: -7))
        #expect(JSONNumber(Int.min).text == "-9223372036854775808")
    }

    @Test func buildsFromFiniteDoublesOnly() {
        #expect(JSONNumber(2.5) == JSONNumber(text: "2.5", double: 2.5, integer: nil))
        #expect(JSONNumber(5.0)?.text == "5.0")
        #expect(JSONNumber(5.0)?.integer == nil)
        #expect(JSONNumber(.nan) == nil)
        #expect(JSONNumber(.infinity) == nil)
        #expect(JSONNumber(-.infinity) == nil)
    }

    @Test func matchesWhatTheParserProduces() throws {
        for number in [JSONNumber(12), JSONNumber(-0.125), JSONNumber(1e-7), JSONNumber(3e100)] {
            let number = try #require(number)
            #expect(try JSONParser().parse(number.text).value == .number(number))
        }
    }

    @Test(arguments: ["0", "-0", "12", "-12.5", "0.0", "1e5", "1E-5", "1.5e+10", "-0.0e0"])
    func acceptsValidSyntax(text: String) {
        #expect(JSONNumber.isValidSyntax(text))
    }

    @Test(arguments: [
        "", "-", "01", "+1", ".5", "1.", "1e", "1e+", "1.5.2", "0x1", "NaN", " 1", "1 ",
    ])
    func rejectsInvalidSyntax(text: String) {
        #expect(!JSONNumber.isValidSyntax(text))
    }
}
