/// One line of bridge input, as a ``LineSource`` frames it.
///
/// A line is the bytes before a newline (`\n`), without the newline. Lines longer than the
/// limit are not kept: the source skips them and reports only their length.
public enum InputLine: Sendable, Equatable {
    /// A complete line within the size limit.
    case line([UInt8])
    /// A line longer than the limit, skipped without being held in memory.
    case tooLong(byteCount: Int)
    /// Bytes after the last newline when the input ended.
    case incomplete(byteCount: Int)
}
