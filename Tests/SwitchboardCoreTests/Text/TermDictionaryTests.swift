import Testing

@testable import SwitchboardCore

@Suite struct TermDictionaryTests {
    @Test("A new dictionary is empty")
    func empty() {
        let dictionary = TermDictionary()
        #expect(dictionary.count == 0)
        #expect(dictionary.id(of: "refund") == nil)
        #expect(dictionary.id(of: "") == nil)
    }

    @Test("Ids are dense, in order of first interning, and stable")
    func denseStableIds() {
        var dictionary = TermDictionary()
        #expect(dictionary.intern("refund") == 0)
        #expect(dictionary.intern("order") == 1)
        #expect(dictionary.intern("charg") == 2)
        #expect(dictionary.intern("order") == 1)
        #expect(dictionary.intern("refund") == 0)
        #expect(dictionary.count == 3)
        #expect(dictionary.id(of: "charg") == 2)
    }

    @Test("Looking up a missing term neither finds nor adds it")
    func missingTerms() {
        var dictionary = TermDictionary()
        _ = dictionary.intern("refund")
        #expect(dictionary.id(of: "refunds") == nil)
        #expect(dictionary.id(of: "refun") == nil)
        #expect(dictionary.id(of: "REFUND") == nil)
        #expect(dictionary.count == 1)
    }

    @Test("Terms that share prefixes, and the empty term, are distinct")
    func prefixesAndEmpty() {
        var dictionary = TermDictionary(minimumCapacity: 0)
        let terms = ["a", "ab", "abc", "", "abcdefgh", "abcdefghi", "abcdefgh\u{0}"]
        let ids = terms.map { dictionary.intern($0) }
        #expect(ids == Array(0..<terms.count))
        for (id, term) in terms.enumerated() {
            #expect(dictionary.id(of: term) == id)
            #expect(dictionary.term(id) == term)
        }
    }

    @Test("term() and withTermBytes round-trip every term")
    func roundTrip() {
        var dictionary = TermDictionary()
        let terms = [
            "verif", "\u{9000}\u{6B3E}", "caf\u{E9}", "\u{1F44D}",
            String(repeating: "x", count: 300),
        ]
        for term in terms {
            _ = dictionary.intern(term)
        }
        for (id, term) in terms.enumerated() {
            #expect(dictionary.term(id) == term)
            let bytes = dictionary.withTermBytes(id) { Array($0) }
            #expect(bytes == Array(term.utf8))
        }
    }

    @Test("Byte and String forms find the same ids")
    func byteAndStringForms() {
        var dictionary = TermDictionary()
        let bytes = Array("payment".utf8)
        let id = bytes.withUnsafeBufferPointer { dictionary.intern($0) }
        #expect(dictionary.id(of: "payment") == id)
        #expect(dictionary.intern("payment") == id)
        #expect(bytes.withUnsafeBufferPointer { dictionary.id(of: $0) } == id)
        let other = Array("payments".utf8)
        #expect(other.withUnsafeBufferPointer { dictionary.id(of: $0) } == nil)
    }

    @Test("The dictionary grows past many thousands of terms and keeps every id")
    func growth() {
        var dictionary = TermDictionary(minimumCapacity: 1)
        let total = 60_000
        for index in 0..<total {
            #expect(dictionary.intern("t\(index)") == index)
        }
        #expect(dictionary.count == total)
        var wrong = 0
        for index in 0..<total {
            if dictionary.id(of: "t\(index)") != index || dictionary.term(index) != "t\(index)" {
                wrong += 1
            }
            if dictionary.id(of: "u\(index)") != nil {
                wrong += 1
            }
        }
        #expect(wrong == 0)
        #expect(dictionary.intern("t59999") == 59_999)
        #expect(dictionary.count == total)
    }

    @Test("Long terms that differ only in one byte are distinct")
    func longTerms() {
        var dictionary = TermDictionary()
        let base = Array(repeating: UInt8(ascii: "k"), count: 100)
        for position in 0..<100 {
            var term = base
            term[position] = UInt8(ascii: "z")
            #expect(term.withUnsafeBufferPointer { dictionary.intern($0) } == position)
        }
        #expect(base.withUnsafeBufferPointer { dictionary.id(of: $0) } == nil)
        #expect(dictionary.count == 100)
    }

    @Test("Copies are independent values")
    func valueSemantics() {
        var original = TermDictionary()
        _ = original.intern("refund")
        var copy = original
        #expect(copy.intern("order") == 1)
        #expect(original.count == 1)
        #expect(original.id(of: "order") == nil)
        #expect(copy.count == 2)
        #expect(copy.id(of: "refund") == 0)
    }
}
