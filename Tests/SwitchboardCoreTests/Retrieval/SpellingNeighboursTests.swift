import Testing

@testable import SwitchboardCore

@Suite struct SpellingNeighboursTests {
    private func variants(_ word: String, upTo limit: Int = .max) -> [String] {
        var neighbours = SpellingNeighbours()
        var found: [String] = []
        Array(word.utf8).withUnsafeBufferPointer { bytes in
            neighbours.forEach(of: bytes) { variant in
                found.append(String(decoding: variant, as: UTF8.self))
                return found.count < limit
            }
        }
        return found
    }

    @Test func everySlipIsTried() {
        let variants = Set(self.variants("refnd"))
        // Left out, swapped, changed, added.
        #expect(variants.isSuperset(of: ["efnd", "rfend", "refne", "refund", "srefnd", "refndz"]))
        #expect(!variants.contains("refnd"))
        #expect(!variants.contains("rfnd e"))
        // 5 left out, 4 swapped, 5 × 25 changed, 6 × 26 added (some alike).
        #expect(self.variants("refnd").count == 5 + 4 + 125 + 156)
    }

    @Test func shortLongAndNonLetterWordsHaveNone() {
        #expect(self.variants("rset").isEmpty)
        #expect(self.variants(String(repeating: "a", count: 25)).isEmpty)
        #expect(self.variants("refnd2").isEmpty)
        #expect(self.variants("réfund").isEmpty)
        #expect(self.variants("Refnd").isEmpty)
    }

    @Test func theSearchStopsWhenAsked() {
        #expect(self.variants("refnd", upTo: 3) == ["efnd", "rfnd", "rend"])
    }
}
