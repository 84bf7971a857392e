import Testing

@testable import SwitchboardCore

@Suite struct SuggestionTests {
    static let fields = [
        "title", "examples", "rules", "priority", "responses", "flow", "global", "safety",
        "effect",
    ]

    @Test(
        "Typos within the distance limit find the intended name",
        arguments: [
            ("exmples", "examples"),  // a deletion
            ("examplse", "examples"),  // a transposition
            ("exampels", "examples"),  // a transposition
            ("titel", "title"),  // a transposition
            ("rulez", "rules"),  // a substitution
            ("priorty", "priority"),  // a deletion
            ("responsess", "responses"),  // an insertion
            ("Flow", "flow"),  // case is ignored
            ("efect", "effect"),
        ])
    func typos(typed: String, meant: String) {
        #expect(Suggestion.closest(to: typed, among: Self.fields) == meant)
    }

    @Test(
        "Names too far from every candidate get no suggestion",
        arguments: ["description", "zzz", "xyzzy", "flw0000", "respond", "fl"])
    func distantNames(typed: String) {
        #expect(Suggestion.closest(to: typed, among: Self.fields) == nil)
    }

    @Test("The limit grows with the name: 1 edit up to 4 letters, 2 up to 8, then 3")
    func limits() {
        #expect(Suggestion.closest(to: "flwo", among: ["flow"]) == "flow")  // 1 of 4
        #expect(Suggestion.closest(to: "fxox", among: ["flow"]) == nil)  // 2 of 4
        #expect(Suggestion.closest(to: "tixxe", among: ["title"]) == "title")  // 2 of 5
        #expect(Suggestion.closest(to: "txxxe", among: ["title"]) == nil)  // 3 of 5
        #expect(Suggestion.closest(to: "resxxxses", among: ["responses"]) == "responses")  // 3 of 9
        #expect(Suggestion.closest(to: "rxxxxxses", among: ["responses"]) == nil)  // 4 of 9
    }

    @Test("The closest candidate wins, and ties go to the one listed first")
    func closestAndTies() {
        #expect(Suggestion.closest(to: "cardd", among: ["cars", "card"]) == "card")
        #expect(Suggestion.closest(to: "cat", among: ["car", "cab"]) == "car")
        #expect(Suggestion.closest(to: "cat", among: ["cab", "car"]) == "cab")
        #expect(Suggestion.closest(to: "colour", among: ["colours", "color"]) == "colours")
    }

    @Test("The name itself is never suggested")
    func notItself() {
        #expect(Suggestion.closest(to: "title", among: ["title"]) == nil)
        #expect(Suggestion.closest(to: "title", among: ["title", "titles"]) == "titles")
        #expect(Suggestion.closest(to: "x", among: [String]()) == nil)
    }

    @Test(
        "Edit distance is the optimal string alignment distance",
        arguments: [
            ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("kitten", "sitting", 3),
            ("flaw", "lawn", 2), ("ab", "ba", 1), ("abcd", "acbd", 1),
            // Optimal string alignment does not edit a transposed pair again: 3, not 2.
            ("ca", "abc", 3),
        ])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(Suggestion.editDistance(Array(a.utf8), Array(b.utf8)) == distance)
        #expect(Suggestion.editDistance(Array(b.utf8), Array(a.utf8)) == distance)
    }
}
