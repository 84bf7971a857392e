/// Finds credentials a user gives away in a message: "my PIN is 4821", "the verification code
/// was 193 552", "my code is 482913", "the code my bank sent: 482913", "password: hunter2!",
/// "CVV 123".
///
/// A bot never collects these (PSD2), but users type them anyway. The scanner looks for a word
/// that names a credential, then an optional "is", "was", ":" or "=", and takes the value
/// after it when it has the credential's shape: digits for PINs (4 to 8), CVVs (3 or 4) and
/// named codes such as "security code", "verification code", "backup code" or the user's own
/// "my code" (3 to 8, in at most two groups; a bare "the code is 123456" may be a discount or
/// an error code and is left); for passwords, one token with
/// a digit or a symbol in it, so "my password is wrong" and "the password reset email" pass.
/// Words are ASCII, compared without case; the scan is linear in the message's bytes.
enum CredentialScanner {
    /// What a credential's value looks like.
    private enum Shape {
        /// Digits only: a PIN, a CVV or a one-time code, with the lengths allowed.
        case digits(ClosedRange<Int>)
        /// A password: one token with a digit or a symbol.
        case secret
    }

    /// A word of up to 16 ASCII bytes, lowercased and packed, so looking one up allocates
    /// nothing; longer words have no key.
    private struct WordKey: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        init?(_ bytes: ArraySlice<UInt8>) {
            guard bytes.count <= 16 else { return nil }
            self.init(packing: bytes)
        }

        /// A key for one of the scanner's own words (at most 16 bytes).
        init(_ word: StaticString) {
            self = word.withUTF8Buffer { WordKey(packing: $0.prefix(16)) }
        }

        private init(packing bytes: some Collection<UInt8>) {
            for (offset, byte) in bytes.enumerated() {
                let shifted = UInt64(ASCIIByte.lowercased(byte)) << UInt64(8 * (offset % 8))
                if offset < 8 { self.low |= shifted } else { self.high |= shifted }
            }
        }
    }

    /// Words that name a credential on their own.
    private static let names: [WordKey: Shape] = [
        WordKey("pin"): .digits(4...8), WordKey("cvv"): .digits(3...4),
        WordKey("cvv2"): .digits(3...4), WordKey("cvc"): .digits(3...4),
        WordKey("cvc2"): .digits(3...4), WordKey("otp"): .digits(4...8),
        WordKey("passcode"): .digits(4...8), WordKey("password"): .secret,
        WordKey("passwd"): .secret, WordKey("passphrase"): .secret,
        WordKey("pwd"): .secret, WordKey("pw"): .secret,
    ]

    /// "code", which names a credential after one of ``codeQualifiers``.
    private static let code = WordKey("code")

    /// Words that make the next "code" a credential ("verification code", "one-time code",
    /// "backup code"); "my code" is the user's own, sent to them, so it is one too.
    private static let codeQualifiers: Set<WordKey> = [
        WordKey("verification"), WordKey("security"), WordKey("sms"), WordKey("time"),
        WordKey("2fa"), WordKey("mfa"), WordKey("auth"), WordKey("authentication"),
        WordKey("authenticator"), WordKey("login"), WordKey("access"), WordKey("confirmation"),
        WordKey("otp"), WordKey("backup"), WordKey("recovery"), WordKey("my"),
    ]

    /// Words that may stand between the name and the value.
    private static let linkWords: Set<WordKey> = [
        WordKey("is"), WordKey("was"), WordKey("number"), WordKey("of"),
    ]

    /// The byte ranges of credential values in `bytes`, in order.
    static func scan(_ bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var previousWord: WordKey?
        var index = 0
        while index < bytes.count {
            guard ASCIIByte.isAlphanumeric(bytes[index]) else {
                index += 1
                continue
            }
            let wordEnd = Self.tokenEnd(bytes, from: index) { ASCIIByte.isAlphanumeric($0) }
            let word = WordKey(bytes[index..<wordEnd])
            var shape = word.flatMap { Self.names[$0] }
            if shape == nil, word == Self.code, let previous = previousWord,
                Self.codeQualifiers.contains(previous)
            {
                // A card's security code has 3 or 4 digits, one-time codes 4 to 8.
                shape = .digits(3...8)
            }
            let previous = previousWord
            previousWord = word
            var value = shape.flatMap { Self.value(bytes, after: wordEnd, shape: $0) }
            // Looked up only for "code": every other word would pay two set lookups.
            if value == nil, word == Self.code,
                !(previous.map { Self.codeQualifiers.contains($0) || Self.otherCodes.contains($0) }
                    ?? false)
            {
                value = Self.deliveredCode(bytes, after: wordEnd)
            }
            guard let value else {
                index = wordEnd
                continue
            }
            found.append(value)
            index = value.upperBound
            previousWord = nil
        }
        return found
    }

    /// Words that make the next "code" one that is not a credential ("error code", "zip
    /// code"), whatever follows it.
    private static let otherCodes: Set<WordKey> = [
        WordKey("error"), WordKey("zip"), WordKey("postal"), WordKey("post"), WordKey("area"),
        WordKey("country"), WordKey("promo"), WordKey("discount"), WordKey("voucher"),
        WordKey("coupon"), WordKey("gift"), WordKey("referral"), WordKey("invite"),
        WordKey("sort"), WordKey("tracking"), WordKey("product"), WordKey("reference"),
        WordKey("order"), WordKey("status"), WordKey("exit"), WordKey("reason"), WordKey("tax"),
        WordKey("bar"), WordKey("qr"), WordKey("source"),
    ]

    /// Words saying that a code was sent to the user ("the code my bank sent", "the code I
    /// got"), which makes it a one-time code whatever names it.
    private static let deliveryWords: Set<WordKey> = [
        WordKey("sent"), WordKey("texted"), WordKey("got"), WordKey("received"),
        WordKey("emailed"), WordKey("from"),
    ]

    /// The digits of a code the words after "code" say was sent to the user: "the code my
    /// bank sent: 482913", "the code I got by SMS is 4829 13", "code from my bank 482913".
    ///
    /// Within the six words after "code" and before any sentence punctuation, one of
    /// ``deliveryWords`` must come before 4 to 8 digits (in at most two groups), so "the code
    /// is 123456" stays as it is; "code" after one of ``otherCodes`` ("error code from the app
    /// 4012") is never read so.
    private static func deliveredCode(_ bytes: [UInt8], after start: Int) -> Range<Int>? {
        var index = start
        var words = 0
        var isDelivered = false
        while index < bytes.count, words < 6 {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "!"),
                UInt8(ascii: "?"), UInt8(ascii: "\n"):
                return nil  // the sentence ended
            default: break
            }
            guard ASCIIByte.isAlphanumeric(byte) else {
                index += 1
                continue
            }
            if ASCIIByte.isDigit(byte) {
                return isDelivered ? Self.digits(bytes, from: index, lengths: 4...8) : nil
            }
            let end = Self.tokenEnd(bytes, from: index) { ASCIIByte.isAlphanumeric($0) }
            if let word = WordKey(bytes[index..<end]), Self.deliveryWords.contains(word) {
                isDelivered = true
            }
            words += 1
            index = end
        }
        return nil
    }

    /// The value following a credential's name, if it has the credential's shape.
    private static func value(_ bytes: [UInt8], after start: Int, shape: Shape) -> Range<Int>? {
        var index = start
        var links = 0
        while true {
            while index < bytes.count, ASCIIByte.isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "=") {
                index += 1
                continue
            }
            let end = Self.tokenEnd(bytes, from: index) { ASCIIByte.isAlphanumeric($0) }
            guard links < 2, end > index, let word = WordKey(bytes[index..<end]),
                Self.linkWords.contains(word)
            else { break }
            links += 1
            index = end
        }
        switch shape {
        case .digits(let lengths):
            return Self.digits(bytes, from: index, lengths: lengths)
        case .secret:
            var end = Self.tokenEnd(bytes, from: index) { !ASCIIByte.isSpace($0) }
            // Sentence punctuation after the value is not part of it.
            while end > index, Array(".,;!?)\"'".utf8).contains(bytes[end - 1]) { end -= 1 }
            let token = bytes[index..<end]
            guard token.count >= 4,
                token.contains(where: { !ASCIIByte.isLetter($0) && $0 < 0x80 })
            else { return nil }
            return index..<end
        }
    }

    /// Digits, in one group or two separated by one space or dash, whose count is in `lengths`
    /// and which are not part of a longer word or number.
    private static func digits(
        _ bytes: [UInt8], from start: Int, lengths: ClosedRange<Int>
    ) -> Range<Int>? {
        guard start < bytes.count, ASCIIByte.isDigit(bytes[start]) else { return nil }
        var end = Self.tokenEnd(bytes, from: start, while: ASCIIByte.isDigit)
        var count = end - start
        if end + 1 < bytes.count,
            bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "-"),
            ASCIIByte.isDigit(bytes[end + 1])
        {
            let second = Self.tokenEnd(bytes, from: end + 1, while: ASCIIByte.isDigit)
            if lengths.contains(count + second - end - 1) {
                count += second - end - 1
                end = second
            }
        }
        guard lengths.contains(count), end == bytes.count || !ASCIIByte.isAlphanumeric(bytes[end])
        else { return nil }
        return start..<end
    }

    /// The end of the run of bytes from `start` that satisfy `predicate`.
    private static func tokenEnd(
        _ bytes: [UInt8], from start: Int, while predicate: (UInt8) -> Bool
    ) -> Int {
        var end = start
        while end < bytes.count, predicate(bytes[end]) { end += 1 }
        return end
    }
}
