import Testing

@testable import SwitchboardCore

@Suite struct PluralTests {
    @Test(
        "A count takes the singular for exactly 1 and the plural otherwise",
        arguments: [
            (0, "0 unreadable lines"), (1, "1 unreadable line"), (2, "2 unreadable lines"),
            (11, "11 unreadable lines"), (-1, "-1 unreadable lines"),
        ])
    func count(count: Int, expected: String) {
        #expect(Plural.count(count, "unreadable line") == expected)
    }

    @Test func anIrregularPluralIsUsedAsGiven() {
        #expect(Plural.count(1, "query", plural: "queries") == "1 query")
        #expect(Plural.count(4, "query", plural: "queries") == "4 queries")
    }

    @Test func aWordAgreeingWithACountElsewhereIsPicked() {
        #expect(Plural.pick(1, one: "names", other: "name") == "names")
        #expect(Plural.pick(0, one: "names", other: "name") == "name")
        #expect(Plural.pick(2, one: "it", other: "them") == "them")
    }
}
