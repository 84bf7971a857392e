/// Replaces personal data with fake values of the same kind, the same fake for the same value.
///
/// Masking with `[email]` keeps a log safe but a bot cannot recognise `[email]` as an email;
/// saved transcripts use substitution instead, so they are safe to commit and still replay.
///
/// The same value is the same whichever way it is written (see ``identity(of:kind:)``):
/// `Ana@Example.org` and `ana@example.org` get one fake email, `GB82 WEST 1234 5698 7654 32`
/// and `GB82WEST12345698765432` one fake IBAN, `(555) 123-4567` and `555-123-4567` one fake
/// phone number, so a conversation that repeats a value replays as repeating it.
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
        // Fakes are numbered in reading order, then put in from the end, so that the ranges
        // still ahead stay where they were.
        let fakes = findings.map { finding in
            self.fake(
                for: String(decoding: bytes[finding.range], as: UTF8.self), kind: finding.kind)
        }
        for (finding, fake) in zip(findings, fakes).reversed() {
            bytes.replaceSubrange(finding.range, with: Array(fake.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What tells one value of `kind` from another, the kind included.
    ///
    /// The text with fullwidth forms read as ASCII and invisible characters left out (as the
    /// masker reads it), then for an email the address in lower case (Unicode's case mapping:
    /// only telling addresses apart hangs on it), for an IBAN or a card its letters and
    /// digits in upper case, for a phone number its last eight digits (see
    /// ``phoneIdentity(_:)``); a credential as typed, its fake having its shape.
    static func identity(of original: String, kind: PIIMasker.Kinds) -> String {
        let bytes = Array(original.utf8)
        let folded = FoldedText(bytes)?.bytes ?? bytes
        let text = String(decoding: folded, as: UTF8.self)
        let identity: String
        switch kind {
        case .email:
            identity = text.lowercased()
        case .iban, .paymentCard:
            identity = String(
                decoding: folded.filter(ASCIIByte.isAlphanumeric).map(ASCIIByte.uppercased),
                as: UTF8.self)
        case .phone:
            identity = Self.phoneIdentity(PhoneExtractor.scan(folded).first?.number ?? text)
        default:
            identity = original
        }
        return "\(kind.rawValue) \(identity)"
    }

    /// A phone number's last eight digits (all of them when it has fewer).
    ///
    /// So one number written with its country code and written as dialled at home is one
    /// value: `+44 20 7946 0958` and `020 7946 0958`, `+1 415 555 0134` and `(415) 555-0134`,
    /// `+45 12 34 56 78` and `12 34 56 78`. Two different numbers of one conversation ending in
    /// the same eight digits would share a fake.
    private static func phoneIdentity(_ number: String) -> String {
        let digits = number.utf8.filter(ASCIIByte.isDigit)
        return String(decoding: digits.suffix(8), as: UTF8.self)
    }

    private mutating func fake(for original: String, kind: PIIMasker.Kinds) -> String {
        let identity = Self.identity(of: original, kind: kind)
        if let known = self.fakes[identity] { return known }
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
        self.fakes[identity] = fake
        return fake
    }
}
