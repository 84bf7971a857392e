/// A saved conversation with the bot's expected replies: a regression test for a bot.
///
/// Transcripts are text files a person can write and review (see `docs/transcripts.md`):
///
/// ```
/// # A refund with a mistyped order number.
/// given clock 2026-11-27T10:00:00Z
///
/// > I want a refund
/// < I can help with a refund.
/// < What's the order number? It starts with TP- and is on your receipt.
///   intent: refund_request
///   state: refund.ask_order
/// ```
public struct Transcript: Sendable, Hashable {
    /// The file the transcript was read from.
    public var path: String
    /// How the conversation starts.
    public var given: TranscriptGiven
    /// The greeting expected before the first user message; not checked when empty.
    public var greeting: [ExpectedMessage]
    /// The user's messages with what the bot must do.
    public var turns: [TranscriptTurn]
    /// The line of each `given slot NAME` (key `slot NAME`) and of `given state` (key
    /// `state`) in the file, so a name the bot does not have is reported where it is written.
    public var givenLines: [String: Int] = [:]

    /// Creates a transcript.
    public init(
        path: String, given: TranscriptGiven = TranscriptGiven(), greeting: [ExpectedMessage] = [],
        turns: [TranscriptTurn] = []
    ) {
        self.path = path
        self.given = given
        self.greeting = greeting
        self.turns = turns
    }
}
