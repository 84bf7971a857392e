/// The result of replaying one transcript.
public enum TranscriptOutcome: Sendable {
    /// Every expectation held.
    case passed(TranscriptRunner.Run)
    /// The first difference.
    case failed(TranscriptFailure)
}
