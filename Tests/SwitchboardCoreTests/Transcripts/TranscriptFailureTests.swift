import Testing

@testable import SwitchboardCore

@Suite struct TranscriptFailureTests {
    @Test func controlCharactersAreEscapedAndTheLayoutKept() {
        let failure = TranscriptFailure(
            path: "t.transcript", line: 4, turn: 2, input: "hi\u{1B}[2J\u{7}", what: "message 1",
            expected: "< Hello\u{1B}[31m\n  options: Yes | No\u{0}", got: "< Hello\n  options: Yes")
        #expect(
            failure.description
                == #"t.transcript:4: turn 2 (> hi\u{1B}[2J\u{7}): message 1"#
                + "\n" + #"  Expected: < Hello\u{1B}[31m"# + "\n" + #"  options: Yes | No\u{0}"#
                + "\n" + #"  Got:      < Hello"# + "\n" + #"  options: Yes"#)
    }
}
