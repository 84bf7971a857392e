import Testing

@testable import SwitchboardCore

@Suite struct OptionPickTests {
    @Test(arguments: [
        ("2", 2), ("option 3", 3), ("number two", 2), ("the second one", 2), ("2nd", 2),
        ("the first", 1), ("third one please", 3), ("the last one", 5), ("one", 1),
    ])
    func aShortAnswerPicksAnOption(_ answer: String, _ expected: Int) {
        #expect(OptionPick.number(in: answer, count: 5) == expected)
    }

    @Test(arguments: [
        "i have two accounts", "the second time it failed", "the one", "it is two", "7",
        "the sixth one", "first and second", "no", "",
    ])
    func otherAnswersPickNothing(_ answer: String) {
        #expect(OptionPick.number(in: answer, count: 5) == nil)
    }
}
