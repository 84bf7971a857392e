@testable import SwitchboardCore

/// What a transcript says, without where it says it: line numbers left out, so a transcript
/// read from text can be compared with one built in memory or written and read again.
struct TranscriptContent: Equatable {
    /// An expected message: how its text must match, and its options.
    struct Expectation: Equatable {
        var match: ExpectedMessage.Match
        var options: [String]?
    }

    /// A user message with what must follow it.
    struct Turn: Equatable {
        var input: String
        var expected: [Expectation]
        var assertions: [TranscriptAssertion]
    }

    var given: TranscriptGiven
    var greeting: [Expectation]
    var turns: [Turn]

    init(_ transcript: Transcript) {
        self.given = transcript.given
        self.greeting = transcript.greeting.map {
            Expectation(match: $0.match, options: $0.options)
        }
        self.turns = transcript.turns.map { turn in
            Turn(
                input: turn.input,
                expected: turn.expected.map { Expectation(match: $0.match, options: $0.options) },
                assertions: turn.assertions)
        }
    }
}
