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
/// German words name the same credentials ("mein Passwort ist hunter2!", "die TAN lautet
/// 482913", "meine PIN: 4821", "Kartenprüfnummer 123"), with "ist", "war" and "lautet" between
/// name and value: masking does not know the bot's language, so they are simply more words.
/// Words are compared without case, with `ä`, `ö`, `ü` and `ß` the same as `ae`, `oe`, `ue` and
/// `ss` (see ``WordKey``); the scan is linear in the message's bytes.
enum CredentialScanner {
    /// What a credential's value looks like.
    private enum Shape {
        /// Digits only: a PIN, a CVV or a one-time code, with the lengths allowed.
        case digits(ClosedRange<Int>)
        /// A password: one token with a digit or a symbol.
        case secret
    }

    /// A word, folded and packed so looking one up allocates nothing.
    ///
    /// ASCII letters are in lower case, and the German letters `ä`, `ö`, `ü` (in either case)
    /// and `ß` spelled `ae`, `oe`, `ue` and `ss`, so `Bestätigungscode`, `BESTÄTIGUNGSCODE`
    /// and `Bestaetigungscode` are one key. A word longer than 32 bytes so spelled, or with
    /// another letter outside ASCII, has no key.
    private struct WordKey: Hashable {
        private var first: UInt64 = 0
        private var second: UInt64 = 0
        private var third: UInt64 = 0
        private var fourth: UInt64 = 0

        /// The key of the word in `bytes`, or `nil`.
        init?(_ bytes: ArraySlice<UInt8>) {
            self.init(packing: bytes)
        }

        /// A key for one of the scanner's own words.
        init(_ word: StaticString) {
            self = word.withUTF8Buffer { WordKey(packing: $0) } ?? WordKey()
        }

        /// The key no word has.
        private init() {}

        private init?(packing bytes: some Collection<UInt8>) {
            var packed: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            var length = 0
            func put(_ byte: UInt8) -> Bool {
                let shifted = UInt64(byte) << UInt64(8 * (length % 8))
                switch length / 8 {
                case 0: packed.0 |= shifted
                case 1: packed.1 |= shifted
                case 2: packed.2 |= shifted
                case 3: packed.3 |= shifted
                default: return false
                }
                length += 1
                return true
            }
            var afterLead = false
            for byte in bytes {
                let spelled: (UInt8, UInt8)
                if afterLead {
                    afterLead = false
                    switch byte {
                    case 0xA4, 0x84: spelled = (UInt8(ascii: "a"), UInt8(ascii: "e"))
                    case 0xB6, 0x96: spelled = (UInt8(ascii: "o"), UInt8(ascii: "e"))
                    case 0xBC, 0x9C: spelled = (UInt8(ascii: "u"), UInt8(ascii: "e"))
                    case 0x9F: spelled = (UInt8(ascii: "s"), UInt8(ascii: "s"))
                    default: return nil
                    }
                    guard put(spelled.0), put(spelled.1) else { return nil }
                } else if byte == 0xC3 {
                    afterLead = true
                } else if byte < 0x80 {
                    guard put(ASCIIByte.lowercased(byte)) else { return nil }
                } else {
                    return nil
                }
            }
            guard !afterLead, length > 0 else { return nil }
            (self.first, self.second, self.third, self.fourth) = packed
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
        // German: password, one-time password, PIN, transaction numbers, security and
        // confirmation codes, and the card's check number (its CVC).
        WordKey("passwort"): .secret, WordKey("kennwort"): .secret,
        WordKey("einmalpasswort"): .secret, WordKey("geheimzahl"): .digits(4...8),
        WordKey("tan"): .digits(4...8), WordKey("mtan"): .digits(4...8),
        WordKey("pushtan"): .digits(4...8), WordKey("smstan"): .digits(4...8),
        WordKey("chiptan"): .digits(4...8), WordKey("phototan"): .digits(4...8),
        WordKey("sicherheitscode"): .digits(3...8), WordKey("bestätigungscode"): .digits(3...8),
        WordKey("prüfnummer"): .digits(3...4), WordKey("kartenprüfnummer"): .digits(3...4),
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
        // German, for "Sicherheits-Code", "Bestätigungs-Code" and "mein Code".
        WordKey("sicherheits"), WordKey("bestätigungs"), WordKey("zugangs"), WordKey("mein"),
    ]

    /// Words that may stand between the name and the value.
    private static let linkWords: Set<WordKey> = [
        WordKey("is"), WordKey("was"), WordKey("number"), WordKey("of"),
        WordKey("ist"), WordKey("war"), WordKey("lautet"), WordKey("lautete"), WordKey("nummer"),
    ]

    /// The byte ranges of credential values in `bytes`, in order.
    static func scan(_ bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var previousWord: WordKey?
        var index = 0
        while index < bytes.count {
            guard ASCIIByte.isAlphanumeric(bytes[index]) || Self.isLatinLetter(bytes, at: index)
            else {
                index += 1
                continue
            }
            let wordEnd = Self.wordEnd(bytes, from: index)
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
            let end = Self.wordEnd(bytes, from: index)
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
            // A dash may join the name to a link word: "PIN-Nummer ist 4821".
            let wordStart = bytes[index] == UInt8(ascii: "-") ? index + 1 : index
            let end = Self.wordEnd(bytes, from: wordStart)
            guard links < 2, end > wordStart, let word = WordKey(bytes[wordStart..<end]),
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

    /// The end of the word starting at `start`: ASCII letters and digits, and the letters of
    /// Latin-1 and Latin Extended-A (`ä`, `ß`, `é`, `ł`), so `Prüfnummer` is one word.
    private static func wordEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var end = start
        while end < bytes.count {
            if ASCIIByte.isAlphanumeric(bytes[end]) {
                end += 1
            } else if Self.isLatinLetter(bytes, at: end) {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// Whether a letter of Latin-1 or Latin Extended-A starts at `index`.
    ///
    /// Latin-1's letters are U+00C0 through U+00FF but `×` and `÷`; Latin Extended-A is
    /// U+0100 through U+017F.
    private static func isLatinLetter(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 1 < bytes.count, (0x80...0xBF).contains(bytes[index + 1]) else {
            return false
        }
        switch bytes[index] {
        case 0xC3: return bytes[index + 1] != 0x97 && bytes[index + 1] != 0xB7
        case 0xC4, 0xC5: return true
        default: return false
        }
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
