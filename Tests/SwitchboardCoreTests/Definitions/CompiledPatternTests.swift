import Testing

@testable import SwitchboardCore

/// Patterns refused before Swift's `Regex` sees them, and the bound on the text a
/// definition's pattern reads.
@Suite struct CompiledPatternTests {
    @Test("Nesting up to the limit compiles; one level more is refused")
    func nestingLimit() throws {
        let limit = CompiledPattern.maximumNesting
        let deepest =
            String(repeating: "(", count: limit) + "a" + String(repeating: ")", count: limit)
        #expect(try CompiledPattern(deepest).matches(in: "a"))
        let deeper = "(" + deepest + ")"
        #expect(CompiledPattern.refusal(of: deeper)?.description.hasPrefix("groups") == true)
    }

    @Test("Escapes, classes and bounded repeats are not taken for nested repetition")
    func notRefused() {
        for pattern in [
            "^(hi+|hello+|hey+)( there)?$", "\\b(a+|b)\\b", "(\\(+)?x", "([+*]+)?y", "(ab){2,5}+",
            "(a+){2}", "[(]+[)]+", "\\bpo ?\\d{6}\\b", ".*refund",
        ] {
            #expect(CompiledPattern.refusal(of: pattern) == nil, "\(pattern)")
        }
    }

    @Test("A definition's pattern reads the first bytes of a long text, on a character boundary")
    func inputLimit() throws {
        let limit = CompiledPattern.definitionInputLimit
        let pattern = try CompiledPattern("é$|zz", inputLimit: limit)
        // 2,047 ASCII bytes and a two-byte é: the é would end past the limit, so it is dropped.
        let text = String(repeating: "a", count: limit - 1) + "é"
        #expect(!pattern.matches(in: text))
        #expect(try CompiledPattern("é$").matches(in: text))
        #expect(pattern.matches(in: "zz" + String(repeating: "a", count: 5_000)))
        #expect(!pattern.matches(in: String(repeating: "a", count: 5_000) + "zz"))
        let whole = try CompiledPattern("a+", inputLimit: limit)
        #expect(whole.matchesWhole(String(repeating: "a", count: limit)))
        #expect(!whole.matchesWhole(String(repeating: "a", count: limit + 1)))
        let found = try #require(pattern.firstMatch(in: "xxzz"))
        #expect(found.range == 2..<4)
    }
}
