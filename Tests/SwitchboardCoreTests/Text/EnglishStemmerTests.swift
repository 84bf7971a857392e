import Testing

@testable import SwitchboardCore

@Suite struct EnglishStemmerTests {
    let stemmer = EnglishStemmer()

    @Test(
        "Support vocabulary stems as the published algorithm says",
        arguments: [
            ("consign", "consign"), ("consigned", "consign"), ("consigning", "consign"),
            ("consignment", "consign"), ("generous", "generous"), ("generate", "generat"),
            ("generously", "generous"), ("skies", "sky"), ("dying", "die"), ("news", "news"),
            ("cancelled", "cancel"), ("refunds", "refund"), ("refunding", "refund"),
            ("payments", "payment"), ("charging", "charg"), ("charged", "charg"),
            ("charge", "charg"), ("happily", "happili"), ("hopefully", "hope"),
            ("transferred", "transfer"), ("accounts", "account"),
            ("authentication", "authent"), ("verification", "verif"),
        ])
    func supportVocabulary(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test(
        "Exceptional forms and invariant words",
        arguments: [
            ("skis", "ski"), ("skies", "sky"), ("sky", "sky"), ("idly", "idl"),
            ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"), ("only", "onli"),
            ("singly", "singl"), ("news", "news"), ("howe", "howe"), ("atlas", "atlas"),
            ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
            ("inning", "inning"), ("outing", "outing"), ("canning", "canning"),
            ("herring", "herring"), ("earring", "earring"), ("evening", "evening"),
            ("proceed", "proceed"), ("exceed", "exceed"), ("succeed", "succeed"),
            ("lying", "lie"), ("tying", "tie"),
        ])
    func exceptionalForms(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test(
        "Region prefixes, y handling and the short-syllable rules",
        arguments: [
            ("generic", "generic"), ("general", "general"), ("communism", "communism"),
            ("community", "communiti"), ("arsenal", "arsenal"), ("university", "universiti"),
            ("universal", "universal"), ("pasted", "paste"), ("pasting", "paste"),
            ("organization", "organiz"), ("international", "internat"),
            ("geologist", "geolog"), ("geology", "geolog"),
            ("youth", "youth"), ("sayings", "say"), ("enjoying", "enjoy"),
            ("crying", "cri"), ("cried", "cri"), ("ties", "tie"), ("cries", "cri"),
            ("hoping", "hope"), ("hopping", "hop"), ("filing", "file"), ("filled", "fill"),
            ("added", "add"), ("egged", "egg"), ("tanned", "tan"), ("luxuriating", "luxuri"),
            ("agreed", "agre"), ("feed", "feed"), ("bled", "bled"), ("gas", "gas"),
            ("gaps", "gap"), ("kiwis", "kiwi"), ("caresses", "caress"), ("controll", "control"),
        ])
    func regionsAndSyllables(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test("Possessive apostrophes are removed")
    func apostrophes() {
        #expect(stemmer.stem("customer's") == "custom")
        #expect(stemmer.stem("customers'") == "custom")
        #expect(stemmer.stem("'tis") == "tis")
        #expect(stemmer.stem("it's") == "it")
    }

    @Test("Words shorter than three bytes are unchanged", arguments: ["", "a", "is", "us", "'s"])
    func shortWords(word: String) {
        #expect(stemmer.stem(word) == word)
    }

    @Test(
        "Words with non-ASCII bytes are unchanged",
        arguments: ["caf\u{E9}s", "na\u{EF}vely", "\u{9000}\u{6B3E}", "refunds\u{1F44D}"])
    func nonASCIIWords(word: String) {
        #expect(stemmer.stem(word) == word)
    }

    @Test("The byte API appends the stem to what the output already holds")
    func appendsToOutput() {
        var output = Array("stems: ".utf8)
        let word = Array("refunding".utf8)
        word.withUnsafeBufferPointer { stemmer.stem($0, into: &output) }
        output.append(0x20)
        let short = Array("is".utf8)
        short.withUnsafeBufferPointer { stemmer.stem($0, into: &output) }
        #expect(String(decoding: output, as: UTF8.self) == "stems: refund is")
    }

    @Test("Stems match the Snowball reference implementation")
    func referenceImplementation() {
        var pairs = 0
        var mismatches: [String] = []
        var output: [UInt8] = []
        for pair in Self.referenceVectors.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = pair.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                mismatches.append("malformed pair \(pair)")
                continue
            }
            pairs += 1
            output.removeAll(keepingCapacity: true)
            var word = String(parts[0])
            word.withUTF8 { stemmer.stem($0, into: &output) }
            let stem = String(decoding: output, as: UTF8.self)
            if stem != parts[1] {
                mismatches.append("\(parts[0]): expected \(parts[1]), got \(stem)")
            }
        }
        #expect(pairs > 6000)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }
}
