import Testing

@testable import SwitchboardCore

@Suite struct JSONParseErrorTests {
    @Test func describesItselfWithLineAndColumn() {
        let location = SwitchboardCore.SourceLocation(line: 3, column: 7, offset: 40)
        let error = JSONParseError(message: "unterminated string", location: location)
        #expect(error.description == "3:7: unterminated string")
        #expect("\(error)" == "3:7: unterminated string")
    }

    @Test func reportsTheLocationOfTheParseFailure() {
        #expect(throws: JSONParseError.self) { try JSONParser().parse("[1,\n  x]") }
        do {
            _ = try JSONParser().parse("[1,\n  x]")
        } catch {
            #expect(error.description == "2:3: expected value after ',', found 'x'")
            #expect(error.location.offset == 6)
        }
    }
}
