/// What became of the satisfaction question in one turn, as a `turn` line of the conversation
/// log marks it (`"csat":"asked"` or `"csat":"declined"`).
///
/// A rating is its own `csat` line; a question the user never answered has only its `asked`
/// mark. The key is left out of turns that did neither, so older lines and older readers are
/// unaffected (readers ignore keys they do not know).
public enum CSATMark: String, Sendable, Hashable, CaseIterable {
    /// The bot's reply to this message asked the satisfaction question.
    case asked
    /// This message turned the satisfaction question down ("no thanks").
    case declined
}
