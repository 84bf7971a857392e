import Testing

@testable import SwitchboardCore

@Suite struct GermanOptionPickTests {
    @Test(arguments: [
        ("2", 2), ("nummer zwei", 2), ("option 3", 3), ("die zweite", 2), ("das erste", 1),
        ("die letzte", 5), ("ich nehme die dritte", 3), ("zweitens", 2), ("funf", 5),
    ])
    func picks(answer: String, expected: Int) {
        #expect(OptionPick.number(in: answer, count: 5, language: .german) == expected)
    }

    @Test(arguments: ["ich habe zwei konten", "das zweite mal ging es schief", "the second one"])
    func otherTextPicksNothing(answer: String) {
        #expect(OptionPick.number(in: answer, count: 5, language: .german) == nil)
    }
}
