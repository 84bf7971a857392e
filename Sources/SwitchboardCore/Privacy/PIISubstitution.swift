/// Replaces personal data with fake values of the same kind, the same fake for the same value.
///
/// Masking with `[email]` keeps a log safe but a bot cannot recognise `[email]` as an email;
/// saved transcripts use substitution instead, so they are safe to commit and still replay.
public struct PIISubstitution: Sendable {
    private let masker: PIIMasker
    private var fakes: [String: String] = [:]
    private var counts: [PIIMasker.Kinds.RawValue: Int] = [:]

    /// Creates a substitution that finds personal data with `masker`.
    public init(masker: PIIMasker) {
        self.masker = masker
    }

    /// The text with each finding replaced by its fake.
    public mutating func substitute(in text: String) -> String {
        let findings = self.masker.findings(in: text)
        guard !findings.isEmpty else { return text }
        var bytes = Array(text.utf8)
        for finding in findings.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            let original = String(decoding: bytes[finding.range], as: UTF8.self)
            let fake = self.fake(for: original, kind: finding.kind)
            bytes.replaceSubrange(finding.range, with: Array(fake.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func fake(for original: String, kind: PIIMasker.Kinds) -> String {
        if let known = self.fakes[original] { return known }
        let number = self.counts[kind.rawValue, default: 0] + 1
        self.counts[kind.rawValue] = number
        let fake: String
        switch kind {
        case .email:
            fake = "user\(number)@example.com"
        case .phone:
            fake = "+1 202 555 \(String(100 + number % 900))\(number % 10)"
        case .paymentCard:
            fake = "4111 1111 1111 1111"
        case .credential:
            // The same shape, so the replayed message still reads as a credential.
            fake = String(
                original.map { $0.isNumber ? "1" : $0.isLetter ? "x" : $0 })
        default:
            fake = "GB82 WEST 1234 5698 7654 32"
        }
        self.fakes[original] = fake
        return fake
    }
}
