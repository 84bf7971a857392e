import Testing

@testable import SwitchboardCore

@Suite struct GermanStemmerTests {
    let stemmer = GermanStemmer()

    @Test(
        "Support vocabulary stems as the published algorithm says",
        arguments: [
            ("erstattungen", "erstatt"), ("rückerstattung", "ruckerstatt"),
            ("bestellungen", "bestell"), ("lieferung", "liefer"), ("überweisungen", "uberweis"),
            ("kündigung", "kundig"), ("rechnungen", "rechnung"), ("gebühren", "gebuhr"),
            ("passwörter", "passwort"),
        ])
    func supportVocabulary(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test(
        "Umlauts are dropped, ß becomes ss, and ae oe ue read as umlauts",
        arguments: [
            ("häuser", "haus"), ("mädchen", "madch"), ("bäume", "baum"), ("vögel", "vogel"),
            ("größe", "gross"), ("straße", "strass"), ("fußball", "fussball"),
            ("weiß", "weiss"), ("schließlich", "schliesslich"), ("maerz", "marz"),
            ("märz", "marz"), ("muessen", "muss"), ("müssen", "muss"),
            ("quelle", "quell"), ("neue", "neu"), ("bauer", "bau"), ("bayern", "bay"),
        ])
    func umlauts(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test(
        "Step 1 endings in R1: e em en ern er es s, -erin, -nisse, -system",
        arguments: [
            ("ärgerlich", "arg"), ("händlern", "handl"), ("wandern", "wand"), ("bauern", "bau"),
            ("kindern", "kind"), ("lehrerin", "lehr"), ("lehrerinnen", "lehr"),
            ("systemen", "system"), ("system", "system"), ("problem", "probl"),
            ("kenntnisse", "kenntnis"), ("ergebnissen", "ergebnis"), ("kindes", "kind"),
            ("kontos", "kontos"), ("wanderns", "wandern"),
        ])
    func step1(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test(
        "Step 2 endings in R1: en er est st et, and the -et exceptions",
        arguments: [
            ("fragst", "frag"), ("kauftest", "kauft"), ("gekauft", "gekauft"),
            ("geplant", "geplant"), ("gerettet", "gerett"), ("getickt", "getickt"),
            ("geordnet", "geordnet"), ("fragten", "fragt"),
        ])
    func step2(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test(
        "Step 3 endings in R2: end ung ig ik isch lich heit keit",
        arguments: [
            ("kategorischen", "kategor"), ("logisch", "logisch"), ("freundlich", "freundlich"),
            ("freundlichkeit", "freundlich"), ("möglichkeiten", "moglich"),
            ("wahrheit", "wahrheit"), ("gesundheit", "gesund"), ("bestätigung", "bestat"),
            ("bedeutend", "bedeut"), ("abwesend", "abwes"), ("vereinigung", "verein"),
            ("heiligung", "heilig"), ("ruhigen", "ruhig"), ("mutig", "mutig"),
        ])
    func step3(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test("A trailing apostrophe form goes when two letters come before it")
    func apostrophes() {
        #expect(stemmer.stem("peter's") == "peter")
        #expect(stemmer.stem("andrea'") == "andrea")
        #expect(stemmer.stem("hans'sch") == "hans")
        #expect(stemmer.stem("a's") == "a's")
    }

    @Test("Short words lose only their umlauts", arguments: [("", ""), ("ab", "ab"), ("öl", "ol")])
    func shortWords(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test(
        "Words with other non-ASCII letters are unchanged",
        arguments: ["caf\u{E9}s", "se\u{F1}ores", "\u{9000}\u{6B3E}", "konten\u{1F44D}"])
    func otherLetters(word: String) {
        #expect(stemmer.stem(word) == word)
    }

    @Test("Folded spellings stem like the umlaut spellings a German user may not type")
    func foldedSpellings() {
        for (umlaut, folded) in [
            ("kündigung", "kundigung"), ("kündigung", "kuendigung"), ("größe", "grosse"),
            ("überweisungen", "ueberweisungen"), ("gebühren", "gebuhren"),
        ] {
            #expect(stemmer.stem(umlaut) == stemmer.stem(folded), "\(folded)")
        }
    }

    @Test("The byte API appends the stem to what the output already holds")
    func appendsToOutput() {
        var output = Array("stems: ".utf8)
        let word = Array("erstattungen".utf8)
        word.withUnsafeBufferPointer { stemmer.stem($0, into: &output) }
        output.append(0x20)
        let short = Array("öl".utf8)
        short.withUnsafeBufferPointer { stemmer.stem($0, into: &output) }
        #expect(String(decoding: output, as: UTF8.self) == "stems: erstatt ol")
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
        #expect(pairs > 2000)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }
}
