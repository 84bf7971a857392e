/// A piece of personal data found in a text.
public struct PIIFinding: Sendable, Hashable {
    /// What was found: exactly one of the masker's kinds.
    public var kind: PIIMasker.Kinds
    /// Where it was found: UTF-8 byte offsets in the text.
    public var range: Range<Int>

    /// Creates a finding.
    public init(kind: PIIMasker.Kinds, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}
