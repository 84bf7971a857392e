import Testing

@testable import SwitchboardCore

/// Hand rules see the normalized message: patterns that ask for what it never has are found.
@Suite struct CompiledPatternNormalizedTextTests {
    @Test(
        "A literal upper-case letter or punctuation mark is found",
        arguments: [
            ("^Refund( please)?$", "R"), (#"refund\?$"#, "?"), ("refund, please", ","),
            ("don't charge", "'"), ("order \\#\\d+", "#"), ("tp-\\d{8}", "-"),
            ("(?:Cancel|stop)", "C"), ("a{x}", "{"),
        ])
    func found(_ source: String, _ literal: Character) throws {
        #expect(try CompiledPattern(source).literalNeverInNormalizedText == literal)
    }

    @Test(
        "Syntax, escapes, classes and case-insensitive patterns are not literals",
        arguments: [
            #"^(i want a |i need a )?refund( please| pls| now)?$"#,
            #"\bpo ?\d{6}\b"#, #"\S+\s\W\D\B"#, "[A-Z,.!-]+ x", #"\p{Lu}x"#,
            "(?<Name>abc)(?=x)(?!y)(?'Other'z)", "(?i)Refund", "a{2,5}b{3}c{1,}",
            "(?i:Refund)", #"[\]A]"#, "^a$|b.*c+d?",
        ])
    func notFound(_ source: String) throws {
        #expect(try CompiledPattern(source).literalNeverInNormalizedText == nil)
    }

    @Test func aPatternThatIgnoresCaseMayHaveCapitals() throws {
        #expect(
            try CompiledPattern("Refund", ignoresCase: true).literalNeverInNormalizedText == nil)
    }
}
