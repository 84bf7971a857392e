/// Hides personal data (emails, phone numbers, payment cards, IBANs, credentials such as
/// "my PIN is 4821") before text is written anywhere: handoff logs, conversation logs,
/// transcripts.
///
/// Each finding is replaced by a placeholder: `[email]`, `[phone]`, `[card]`, `[iban]`,
/// `[credential]`.
/// The scanners are the ones the entity extractors use, tuned so that ordinary support
/// sentences (order ids, amounts, dates, times, versions, counts) come out unchanged.
///
/// ```swift
/// let masker = PIIMasker()
/// masker.mask("Mail jane.doe+orders@example.com or call +44 20 7946 0958")
/// // "Mail [email] or call [phone]"
/// ```
public struct PIIMasker: Sendable {
    /// A set of kinds of personal data.
    public struct Kinds: OptionSet, Sendable, Hashable {
        /// The raw bits.
        public let rawValue: UInt8

        /// Creates a set from raw bits.
        public init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        /// Email addresses.
        public static let email = Kinds(rawValue: 1 << 0)
        /// Telephone numbers.
        public static let phone = Kinds(rawValue: 1 << 1)
        /// Payment card numbers.
        public static let paymentCard = Kinds(rawValue: 1 << 2)
        /// International Bank Account Numbers.
        public static let iban = Kinds(rawValue: 1 << 3)
        /// Credentials given away in a message: PINs, security and one-time codes, passwords.
        public static let credential = Kinds(rawValue: 1 << 4)
        /// Every kind.
        public static let all: Kinds = [.email, .phone, .paymentCard, .iban, .credential]
        /// What a bot must never keep or repeat, whatever it masks in its logs (PSD2).
        public static let paymentSecrets: Kinds = [.paymentCard, .credential]

        /// The text that replaces a finding of this single kind in masked output:
        /// `[email]`, `[phone]`, `[card]`, `[iban]` or `[credential]` (`[redacted]` for a
        /// mixed set).
        public var placeholder: String {
            switch self {
            case .email:
                return "[email]"
            case .phone:
                return "[phone]"
            case .paymentCard:
                return "[card]"
            case .iban:
                return "[iban]"
            case .credential:
                return "[credential]"
            default:
                return "[redacted]"
            }
        }
    }

    /// The kinds this masker hides.
    public var kinds: Kinds

    /// Creates a masker for `kinds`.
    public init(kinds: Kinds = .all) {
        self.kinds = kinds
    }

    /// Returns `text` with every finding replaced by its placeholder.
    public func mask(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let found = self.findings(in: bytes)
        guard !found.isEmpty else { return text }
        return Self.replacing(found, in: bytes)
    }

    /// Returns `text` with every finding cut out (a space in its place), for reading a message
    /// whose placeholders would otherwise count as words ("[card]" as "card").
    public func removing(from text: String) -> String {
        let bytes = Array(text.utf8)
        let found = self.findings(in: bytes)
        guard !found.isEmpty else { return text }
        return Self.replacing(found, in: bytes, with: " ")
    }

    /// `bytes` as text with each of `findings` (non-overlapping, in order) replaced by its
    /// placeholder, or by `replacement` when one is given.
    static func replacing(
        _ findings: [PIIFinding], in bytes: [UInt8], with replacement: String? = nil
    ) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        for finding in findings {
            output += bytes[copied..<finding.range.lowerBound]
            output += (replacement ?? finding.kind.placeholder).utf8
            copied = finding.range.upperBound
        }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    /// Returns the personal data in `text`, non-overlapping, in order of appearance.
    public func findings(in text: String) -> [PIIFinding] {
        self.findings(in: Array(text.utf8))
    }

    /// Whether `text` holds a payment card number, whichever kinds this masker hides.
    ///
    /// Use it to warn users not to type card numbers into the chat.
    public func containsPaymentCard(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return !PaymentCardScanner.scan(FoldedText(bytes)?.bytes ?? bytes).isEmpty
    }

    /// The findings in `bytes`; on overlap, emails win over credentials, credentials over
    /// IBANs, IBANs over cards and cards over phone numbers.
    ///
    /// Fullwidth forms (`４１１１`, `ＰＩＮ：４８２１`) are read as the ASCII they stand for,
    /// no-break and other spaces as a space, and invisible characters (a zero-width space
    /// between digits) are left out (see ``FoldedText``); the ranges are the text's own bytes
    /// all the same.
    ///
    /// A text that has something to fold is also scanned as written, and folded with its
    /// invisible characters read as spaces, and what any reading finds is masked: leaving a
    /// character out can join what it kept apart (`PIN ４８２１` U+00AD `I want…` reads
    /// `PIN 4821I want…`, no PIN), so the folded reading alone could mask less than the text's
    /// own. Overlapping findings become one, of the kind that wins on overlap.
    func findings(in bytes: [UInt8]) -> [PIIFinding] {
        guard let folded = FoldedText(bytes) else { return self.foldedFindings(in: bytes) }
        let read = self.foldedFindings(in: folded.bytes).map {
            PIIFinding(kind: $0.kind, range: folded.originalRange($0.range))
        }
        var others = self.foldedFindings(in: bytes)
        if let spaced = FoldedText(bytes, invisibleAsSpace: true), spaced.bytes != folded.bytes {
            others += self.foldedFindings(in: spaced.bytes).map {
                PIIFinding(kind: $0.kind, range: spaced.originalRange($0.range))
            }
        }
        guard !others.isEmpty else { return read }
        return Self.coalesced(read + others)
    }

    /// Findings with those that overlap made one, spanning them all, of the kind that wins on
    /// overlap; in order.
    private static func coalesced(_ findings: [PIIFinding]) -> [PIIFinding] {
        var merged: [PIIFinding] = []
        for finding in findings.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            guard let last = merged.last, finding.range.lowerBound < last.range.upperBound else {
                merged.append(finding)
                continue
            }
            merged[merged.count - 1] = PIIFinding(
                kind: Self.rank(finding.kind) < Self.rank(last.kind) ? finding.kind : last.kind,
                range: last.range.lowerBound..<max(last.range.upperBound, finding.range.upperBound))
        }
        return merged
    }

    /// Which kind wins on overlap: the lowest rank.
    private static func rank(_ kind: Kinds) -> Int {
        [Kinds.email, .credential, .iban, .paymentCard, .phone].firstIndex(of: kind) ?? 5
    }

    /// The findings in `bytes`, folded already.
    ///
    /// A finding that overlaps one of a kind that wins makes it reach as far as both do: a
    /// password given as `ana@example.com0044` is masked whole, not as the address with the
    /// digits after it left.
    private func foldedFindings(in bytes: [UInt8]) -> [PIIFinding] {
        var found: [PIIFinding] = []
        var overlapping = false
        func add(_ kind: Kinds, _ scan: ([UInt8]) -> [Range<Int>]) {
            guard self.kinds.contains(kind) else { return }
            let taken = DisjointRanges(found.map(\.range))
            for range in scan(bytes) {
                if taken.overlaps(range) { overlapping = true }
                found.append(PIIFinding(kind: kind, range: range))
            }
        }
        add(.email, EmailExtractor.scanForMasking)
        add(.credential, CredentialScanner.scan)
        add(.iban, IBANScanner.scan)
        add(.paymentCard, PaymentCardScanner.scan)
        add(.phone) { PhoneExtractor.scan($0).map(\.range) }
        guard overlapping else { return found.sorted { $0.range.lowerBound < $1.range.lowerBound } }
        return Self.coalesced(found)
    }
}
