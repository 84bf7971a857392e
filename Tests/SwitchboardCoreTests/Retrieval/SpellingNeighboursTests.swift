import Testing

@testable import SwitchboardCore

@Suite struct SpellingNeighboursTests {
    private func variants(_ word: String, upTo limit: Int = .max) -> [String] {
        var neighbours = SpellingNeighbours()
        var found: [String] = []
        Array(word.utf8).withUnsafeBufferPointer { bytes in
            neighbours.forEach(of: bytes, in: nil) { variant in
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

    @Test func variantHashesAreTheHashesOfTheVariants() {
        // A filter holding exactly the variants of "refnd", spelled out and hashed one by one:
        // if a variant's hash worked out from prefix and suffix were wrong, the filter would
        // (almost always) turn it away.
        var filter = WordFilter(capacity: 1 << 16)
        let all = self.variants("refnd")
        for variant in all {
            Array(variant.utf8).withUnsafeBufferPointer { filter.insert(hash: WordFilter.hash($0)) }
        }
        var neighbours = SpellingNeighbours()
        var offered: [String] = []
        Array("refnd".utf8).withUnsafeBufferPointer { word in
            neighbours.forEach(of: word, in: filter) { variant in
                offered.append(String(decoding: variant, as: UTF8.self))
                return true
            }
        }
        #expect(offered == all)
        // A filter of a few words lets few other variants through.
        var small = WordFilter(capacity: 2)
        for word in ["refund", "reset"] {
            Array(word.utf8).withUnsafeBufferPointer { small.insert(hash: WordFilter.hash($0)) }
        }
        var through: [String] = []
        Array("refnd".utf8).withUnsafeBufferPointer { word in
            neighbours.forEach(of: word, in: small) { variant in
                through.append(String(decoding: variant, as: UTF8.self))
                return true
            }
        }
        #expect(through.contains("refund"))
        #expect(through.count < 20)
    }
}
