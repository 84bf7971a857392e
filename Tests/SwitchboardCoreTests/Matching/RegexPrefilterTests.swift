import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct RegexPrefilterTests {
    private func prefilter(_ source: String, ignoresCase: Bool = false) throws -> RegexPrefilter? {
        RegexPrefilter(pattern: try CompiledPattern(source, ignoresCase: ignoresCase))
    }

    private func needles(_ source: String) throws -> [String]? {
        try self.prefilter(source).map { $0.needles.map { String(decoding: $0, as: UTF8.self) } }
    }

    @Test func requiredStringsComeFromLiteralsAndSmallAlternations() throws {
        #expect(
            try self.needles(#"\b(delete|remove) my (tidepool )?account\b"#) == [
                "delete my account", "delete my tidepool account", "remove my account",
                "remove my tidepool account",
            ])
        #expect(try self.needles(#"\bpo ?\d{6}\b"#) == ["po"])
        #expect(try self.needles(#"\bmod ?\d{7}\b"#) == ["mod"])
        #expect(
            try self.needles(#"(nude|naked)\b.*\b([4-9]|1[0-7]) ?(yo|year old)"#) == [
                "naked", "nude",
            ])
    }

    @Test("A pattern past the length limit is not analysed (a 1 MB literal took minutes)")
    func longPatternsAreNotAnalysed() throws {
        let limit = RegexPrefilter.maximumPatternLength
        let short = "^(ok " + String(repeating: "a", count: limit - 12) + ")$"
        #expect(try self.prefilter(short) != nil)
        let long = "^(ok " + String(repeating: "a", count: 1 << 20) + ")$"
        #expect(try self.prefilter(long) == nil)
    }

    @Test func anchoredPatternsCheckTheFirstAndLastBytes() throws {
        let filter = try #require(try self.prefilter("^(hi+|hey|yo)( there)?$"))
        #expect(filter.needles.isEmpty)
        #expect(filter.mayMatch("hiii there"))
        #expect(filter.mayMatch("yo"))
        #expect(!filter.mayMatch("i want a refund"))
        #expect(!filter.mayMatch("hey you"))
        #expect(!filter.mayMatch(""))
        // `$` may match before a final line break: such texts are left to the pattern.
        #expect(filter.mayMatch("hey\n"))
        // The first three bytes count, not only the first.
        #expect(
            filter.heads?.map { String(decoding: $0, as: UTF8.self) } == [
                "hey", "hi", "hi ", "hii", "yo", "yo ",
            ])
        #expect(
            Set(filter.tails?.map { String(decoding: $0.reversed(), as: UTF8.self) } ?? [])
                == ["ere", "hey", "hi", "hii", "iii", "yo"])
        #expect(!filter.mayMatch("how long do refunds take"))
        #expect(!filter.mayMatch("yesterday"))
        #expect(!filter.mayMatch("hi you"))
        #expect(filter.mayMatch("hi there"))
    }

    @Test func startsAndEndsSurviveRepeatsAndGiveWayToUnknownPieces() throws {
        func heads(_ source: String) throws -> [String]? {
            try self.prefilter(source)?.heads?.map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(try heads("^(ab)+c") == ["aba", "abc"])
        #expect(try heads("^a*bc") == ["aaa", "aab", "abc", "bc"])
        #expect(try heads("^ab.d") == ["ab"])
        #expect(try heads("^a\\bcd") == ["acd"])
        // More than 64 starts are cut to two bytes, then one.
        let letters = (0..<26).map { String(UnicodeScalar(UInt8(97 + $0))) }.joined(separator: "|")
        #expect(try heads("^(\(letters))(\(letters))x")?.count == 26)
    }

    @Test func patternsBeyondTheAnalysisGetNoPrefilter() throws {
        #expect(try self.prefilter("(?i)refund") == nil)
        #expect(try self.prefilter("refund", ignoresCase: true) == nil)
        #expect(try self.prefilter(#"(ref)und \1"#) == nil)
        #expect(try self.prefilter("café") == nil)
        #expect(try self.prefilter(#"\p{L}+ refund"#) == nil)
        #expect(try self.prefilter("[[a-z]&&[^x]]refund") == nil)
        // Nothing to rule out: no literal of two bytes and no anchor.
        #expect(try self.prefilter(#"\d+|ab"#) == nil)
        #expect(try self.prefilter(#"a\d+"#) == nil)
        #expect(try self.prefilter("(ab)*") == nil)
    }

    @Test func aPatternWithAFewKnownMatchesIsDecidedByLookup() throws {
        let filter = try #require(
            try self.prefilter("^(i want a |i need a )?refund( please| now)?$"))
        #expect(filter.wholeMatches?.count == 9)
        #expect(filter.decide("i want a refund") == true)
        #expect(filter.decide("refund now") == true)
        #expect(filter.decide("i want a refund today") == false)
        #expect(filter.decide("refund\n") == nil)
        // Word boundaries inside, unbounded repeats, or no anchors: the pattern decides.
        #expect(try self.prefilter(#"^a\bb$"#)?.wholeMatches == nil)
        #expect(try self.prefilter("^(hi+|hey)$")?.wholeMatches == nil)
        #expect(try self.prefilter("(i want a )?refund")?.wholeMatches == nil)
        #expect(try self.prefilter("^(ab|cd)$|^x$")?.wholeMatches == nil)
    }

    @Test func optionalAndRepeatedPiecesAreNotRequired() throws {
        #expect(try self.needles("refund( please)?") == ["refund"])
        #expect(try self.needles("(abc)*refund") == ["refund"])
        #expect(try self.needles("x(abcd)+y") == ["abcd"])
        #expect(try self.needles("(abcd){0,3}xy") == ["xy"])
        #expect(try self.needles("(abcd){0,3}x") == nil)
        #expect(try self.needles("(?:order|ticket) (?<id>\\d+)") == ["order ", "ticket "])
        #expect(try self.needles("(?=abc)x") == nil)
    }

    /// Whatever the text, a prefilter that says no must mean the pattern does not match.
    @Test func aPrefilterNeverRulesOutAMatch() throws {
        let bot = try Bot.load(from: ProjectPaths.exampleBot).bot
        var sources: [String] = []
        for intent in bot.definition.intents {
            for rule in intent.rules {
                if case .regex(let pattern) = rule.matcher { sources.append(pattern.source) }
            }
        }
        #expect(sources.count >= 10)
        sources += [
            "^(hi+|hey|yo)( there)?$", #"\b(delete|remove) my (tidepool )?account\b"#,
            #"^a\bb$"#, "^(ab|a)(c|bc)?$", "^(x|y){2}$", "^(a|b)?c$", "^yes( please)?$",
            "a(b|c)*d$", "^x?y{2,3}z", "(?:ab|)cd", "^$", "a.c", "[a-c]{2}def", "^(a|b)?$",
            #"\$\d+(\.\d\d)?"#, "cat(?!s)", "(ab)*refund( now)?", "x|^yz$",
            "^(ab)+c", "^a*bc", "x(yz)+$", "^(a|bc){2,3}d?$", "(ab|c)*d$", "^(hi+|yo)( ya)?$",
        ]
        // Matches of the patterns above that random texts rarely hit.
        var texts: [String] = [
            "", "abababc", "abc", "aaaabc", "bc", "xyz", "xyzyzyz", "q xyz", "abcbcd", "aa",
            "bcbcbc", "ababd", "cccd", "d", "hiiii", "yo ya", "hi ya", "hiii ya\n",
        ]
        for intent in bot.definition.intents {
            for example in intent.examples {
                texts.append(bot.analyzer.analyze(example).normalizedText)
            }
        }
        var random = SplitMix64(seed: 6)
        let alphabet = Array("abcdehilmnoprstuwxyz 0123456789$.\n")
        var checked = 0
        var ruledOut = 0
        for source in sources {
            let pattern = try CompiledPattern(source)
            guard let filter = RegexPrefilter(pattern: pattern) else { continue }
            var candidates = texts
            for whole in filter.wholeMatches ?? [] {
                let text = String(decoding: whole, as: UTF8.self)
                candidates += [text, text + " ", "a" + text]
            }
            for needle in filter.needles {
                let text = String(decoding: needle, as: UTF8.self)
                candidates += [text, "so " + text, text + " now", "x" + text + "y", text + "\n"]
            }
            for _ in 0..<400 {
                let length = Int(random.next() % 14)
                candidates.append(
                    String(
                        (0..<length).map { _ in
                            alphabet[Int(random.next() % UInt64(alphabet.count))]
                        }))
            }
            for text in candidates {
                let matches = pattern.matches(in: text)
                let mayMatch = filter.mayMatch(text)
                if matches && !mayMatch {
                    Issue.record("prefilter of /\(source)/ ruled out a match: \"\(text)\"")
                }
                if let decided = filter.decide(text), decided != matches {
                    Issue.record("prefilter of /\(source)/ decided \(decided) for \"\(text)\"")
                }
                checked += 1
                if !mayMatch { ruledOut += 1 }
            }
        }
        #expect(checked > 10_000)
        #expect(ruledOut > checked / 2)
    }
}

extension RegexPrefilter {
    /// ``decide(utf8:)`` for a string, as the tests write texts.
    fileprivate func decide(_ text: String) -> Bool? { self.decide(utf8: Array(text.utf8)) }

    /// ``mayMatch(utf8:)`` for a string.
    fileprivate func mayMatch(_ text: String) -> Bool { self.mayMatch(utf8: Array(text.utf8)) }
}
