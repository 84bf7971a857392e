import Testing

@testable import SwitchboardCore

@Suite struct TranscriptParserErrorTests {
    /// The error a text gives, or `nil` when it parses.
    private func error(_ text: String, path: String = "bots/t.transcript") -> TranscriptError? {
        do {
            _ = try TranscriptParser().parse(text, path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("> hi\n  intnet: refund\n", 2, "unknown directive 'intnet' (did you mean 'intent'?)"),
        ("> hi\n  sate: idle\n", 2, "unknown directive 'sate' (did you mean 'state'?)"),
        (
            "> hi\n< hello\n  artcle: none\n", 3,
            "unknown directive 'artcle' (did you mean 'article'?)"
        ),
        (
            "> hi\nexpect hello\n", 2,
            "unknown directive 'expect' (lines start with '>', '<', '<~', '<*', '<|', 'given', "
                + "an assertion such as 'intent:', or '#')"
        ),
        ("> hi\n<= hello\n", 2, "unknown expectation '<=' (use '<', '<~', '<*' or '<|')"),
        (
            "given colck 2026-11-27T10:00:00Z\n> hi\n", 1,
            "unknown 'given colck' (did you mean 'clock'?)"
        ),
    ])
    func unknownDirectivesAreNamed(_ text: String, _ line: Int, _ message: String) throws {
        let error = try #require(self.error(text))
        #expect(error == TranscriptError(path: "bots/t.transcript", line: line, message: message))
        #expect(error.description == "bots/t.transcript:\(line): \(message)")
    }

    @Test func controlCharactersQuotedFromTheTranscriptAreEscaped() throws {
        let error = try #require(self.error("> hi\n  int\u{1B}[2Jent: refund\n"))
        #expect(error.line == 2)
        #expect(error.message.contains("\u{1B}"))
        #expect(
            error.description.hasPrefix(
                #"bots/t.transcript:2: unknown directive 'int\u{1B}[2Jent'"#))
        #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func aMistypedSlotAssertionSuggestsSlot() throws {
        let error = try #require(self.error("> hi\n  slott order_id: TP-12345678\n"))
        #expect(error.line == 2)
        #expect(error.message.hasPrefix("unknown directive 'slott"))
        #expect(error.message.hasSuffix("(did you mean 'slot'?)"))
    }

    @Test(arguments: [
        ("> hi\n  intent refund: yes\n", 2, "malformed assertion 'intent refund:'"),
        ("> hi\n  slot: TP-1\n", 2, "malformed assertion: write 'slot NAME: VALUE'"),
        (
            "> hi\n  handoff: general\n", 2,
            "malformed assertion: write 'handoff: QUEUE REASON' or 'handoff: none'"
        ),
        (
            "> hi\n  handoff: general user_requst\n", 2,
            "unknown handoff reason 'user_requst' (did you mean 'user_request'?)"
        ),
        ("> hi\n  intent:\n", 2, "'intent:' needs an intent id or 'none'"),
        ("> hi\n  state:\n", 2, "'state:' needs flow.state, 'idle' or 'ended'"),
        ("> hi\n  article:\n", 2, "'article:' needs an article id or 'none'"),
        ("> hi\n  ended: maybe\n", 2, "'ended:' must be true or false"),
        ("intent: refund\n> hi\n", 1, "'intent:' checks a turn, so it must follow a '>' line"),
        ("options: Yes | No\n> hi\n", 1, "'options:' must follow a '<' line"),
        ("> hi\n  options: Yes | No\n", 2, "'options:' must follow a '<' line"),
        ("> hi\n<| only one\n", 2, "'<|' needs two or more texts separated by '|'"),
    ])
    func malformedAssertionsAreReported(_ text: String, _ line: Int, _ message: String) throws {
        let error = try #require(self.error(text))
        #expect(error == TranscriptError(path: "bots/t.transcript", line: line, message: message))
    }

    @Test(arguments: [
        (
            "given clock tomorrow\n> hi\n",
            "'given clock' needs an ISO 8601 UTC time such as 2026-11-27T10:00:00Z"
        ),
        ("given seed -1\n> hi\n", "'given seed' needs a whole number"),
        ("given session\n> hi\n", "'given session' needs an id"),
        ("given user\n> hi\n", "'given user' needs an id"),
        ("given slot order_id TP-1\n> hi\n", "write 'given slot NAME = VALUE'"),
        ("given slot 9lives = 1\n> hi\n", "'9lives' is not a valid slot name"),
        ("given state ask_order\n> hi\n", "'given state' needs flow.state, e.g. refund.ask_order"),
    ])
    func malformedGivenLinesAreReported(_ text: String, _ message: String) throws {
        let error = try #require(self.error(text))
        #expect(error == TranscriptError(path: "bots/t.transcript", line: 1, message: message))
    }

    @Test func anEmptyFileIsAnError() throws {
        #expect(
            self.error("")
                == TranscriptError(
                    path: "bots/t.transcript", line: 1, message: "the transcript is empty"))
        #expect(
            self.error("# only a comment\n\n")
                == TranscriptError(
                    path: "bots/t.transcript", line: 3, message: "the transcript is empty"))
        #expect(
            self.error("given seed 3\n")
                == TranscriptError(
                    path: "bots/t.transcript", line: 2, message: "the transcript has no '>' lines"))
    }

    @Test func invalidUTF8IsReportedOnItsLine() throws {
        var bytes = Array("# one\n> two\n< thr".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("ee\n> four\n".utf8)
        #expect(
            throws: TranscriptError(
                path: "x.transcript", line: 3, message: "the file is not valid UTF-8")
        ) {
            _ = try TranscriptParser().parse(bytes, path: "x.transcript")
        }
    }

    @Test func invalidUTF8OnTheLastLineWithoutANewline() throws {
        let bytes = Array("> one\n< two".utf8) + [0xFF]
        #expect(throws: TranscriptError(path: "x", line: 2, message: "the file is not valid UTF-8"))
        {
            _ = try TranscriptParser().parse(bytes, path: "x")
        }
    }

    @Test func givenAfterTheFirstTurnIsAnError() throws {
        let error = try #require(self.error("given seed 1\n> hi\n< hello\ngiven seed 2\n"))
        #expect(
            error
                == TranscriptError(
                    path: "bots/t.transcript", line: 4,
                    message: "'given' lines come before the first '>' line"))
    }

    @Test func anInvalidRegularExpressionIsReportedOnItsLine() throws {
        let error = try #require(self.error("> hi\n< hello\n<* (unclosed\n"))
        #expect(error.path == "bots/t.transcript")
        #expect(error.line == 3)
        #expect(error.message.hasPrefix("invalid regular expression: "))
        #expect(error.message.count > "invalid regular expression: ".count)
    }

    @Test func aGreetingCannotBeExpectedMidFlow() throws {
        let error = try #require(self.error("given state refund.ask_order\n< Hello\n> hi\n"))
        #expect(error.line == 2)
        #expect(
            error.message == "a transcript that starts at a 'given state' has no greeting to expect"
        )
    }
}
