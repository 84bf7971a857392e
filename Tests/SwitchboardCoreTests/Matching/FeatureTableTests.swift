import Testing

@testable import SwitchboardCore

@Suite struct FeatureTableTests {
    private func hash(_ text: String) -> UInt64 {
        Array(text.utf8).withUnsafeBufferPointer { FeatureTable.hash($0) }
    }

    /// A dictionary of `count` distinct tagged terms, short and long, ASCII and not.
    private func dictionary(_ count: Int) -> (TermDictionary, [String]) {
        var dictionary = TermDictionary()
        var terms: [String] = []
        for index in 0..<count {
            let term: String
            switch index % 4 {
            case 0: term = "w" + "term\(index)"
            case 1: term = "c \(index)x"
            case 2: term = "wcafé \(index) 東京"
            default: term = "c" + String(repeating: "z", count: index % 300) + "\(index)"
            }
            terms.append(term)
            #expect(dictionary.intern(term) == index)
        }
        return (dictionary, terms)
    }

    @Test("hash is 64-bit FNV-1a (the published test vectors)")
    func fnv1a() {
        #expect(self.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(self.hash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(self.hash("foobar") == 0x8594_4171_f739_67e8)
        var incremental = FeatureTable.basis
        for byte in "wrefund".utf8 { incremental = FeatureTable.step(incremental, byte) }
        #expect(incremental == self.hash("wrefund"))
        #expect(incremental == 0x1f2c_8f74_0875_edf4)
    }

    @Test("Every dictionary term is found by the hash of its bytes", arguments: [1, 7, 16, 2_000])
    func everyTermIsFound(count: Int) {
        let (dictionary, terms) = self.dictionary(count)
        let table = FeatureTable(dictionary) { Float($0) / 2 }
        for (id, term) in terms.enumerated() {
            let entry = table.entry(self.hash(term))
            #expect(entry?.id == Int32(id), "\(term)")
            #expect(entry?.weight == Float(id) / 2, "\(term)")
        }
    }

    @Test("Hashes of terms not in the dictionary give nil")
    func missingHashes() {
        let (dictionary, terms) = self.dictionary(500)
        let table = FeatureTable(dictionary) { _ in 1 }
        let known = Set(terms)
        for index in 0..<2_000 {
            let term = "w missing \(index)"
            #expect(!known.contains(term))
            #expect(table.entry(self.hash(term)) == nil, "\(term)")
        }
        // The same bytes without their tag are other features.
        #expect(table.entry(self.hash("term0")) == nil)
        #expect(table.entry(self.hash("wterm0"))?.id == 0)
        #expect(table.entry(0) == nil)
        #expect(table.entry(UInt64.max) == nil)
        #expect(table.entry(self.hash("")) == nil)
    }

    @Test("An empty dictionary finds nothing")
    func emptyDictionary() {
        let table = FeatureTable(TermDictionary()) { _ in 1 }
        #expect(table.entry(self.hash("wrefund")) == nil)
        #expect(table.entry(FeatureTable.basis) == nil)
    }
}
