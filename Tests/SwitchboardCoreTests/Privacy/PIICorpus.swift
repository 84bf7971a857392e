@testable import SwitchboardCore

/// Generated sentences for the masker tests: personal data in many formats, and clean
/// support sentences that must come through masking untouched.
enum PIICorpus {
    /// A sentence holding one piece of personal data.
    struct Sample {
        /// The sentence.
        var text: String
        /// The sentence as it should read once masked.
        var masked: String
    }

    /// Sentence frames for personal data; `{}` marks where the data goes.
    static let frames = [
        "My email is {} if you need it.", "Please call me back on {}.",
        "You can reach me at {} after 5pm", "Card number: {}", "I paid with {} yesterday",
        "Refund it to {} please", "details ({}) attached", "Contact: {}, thanks!",
        "{} is the one I used", "Send it to {}; I'll check tonight.",
        "Order TP-48213377 - my details are {} and that's all.",
        "Hi, it's {}. I was charged $12.50 twice on 27/11/2026.",
    ]

    /// `count` sentences with personal data, cycling through emails, phones, cards, IBANs and
    /// credentials.
    static func personalData(count: Int, seed: UInt64) -> [Sample] {
        var random = CorpusRandom(seed: seed)
        var samples: [Sample] = []
        for index in 0..<count {
            // The words before a credential stay; only its value is masked.
            var lead = ""
            let (value, kind): (String, PIIMasker.Kinds)
            switch index % 5 {
            case 0:
                (value, kind) = (self.email(&random), .email)
            case 1:
                (value, kind) = (self.phone(&random), .phone)
            case 2:
                (value, kind) = (self.card(&random), .paymentCard)
            case 3:
                (value, kind) = (self.iban(&random), .iban)
            default:
                (lead, value) = self.credential(&random)
                kind = .credential
            }
            let frame = random.pick(self.frames)
            samples.append(
                Sample(
                    text: self.fill(frame, lead + value),
                    masked: self.fill(frame, lead + kind.placeholder)))
        }
        return samples
    }

    // MARK: Credentials

    /// A credential given away: the words that name it and its value.
    static func credential(_ random: inout CorpusRandom) -> (lead: String, value: String) {
        let code = random.digits(random.int(4...8))
        let split = random.digits(3) + random.pick([" ", "-"]) + random.digits(3)
        let password =
            random.letters(random.int(3...6)) + random.pick(["", "#", "_", "!", "@", "."])
            + random.digits(random.int(1...3)) + random.letters(random.int(0...3))
        let leads: [(String, String)] = [
            ("my PIN is ", random.digits(4)), ("PIN: ", random.digits(random.int(4...6))),
            ("pin ", random.digits(4)), ("the verification code is ", code),
            ("Verification code: ", split), ("one-time code ", code), ("OTP=", code),
            ("my otp was ", code), ("SMS code ", split), ("2FA code: ", code),
            ("CVV ", random.digits(3)), ("cvc: ", random.digits(3)),
            ("the CVV2 is ", random.digits(random.int(3...4))),
            ("security code is ", random.digits(3)), ("my password is ", password),
            ("Password: ", password), ("password=", password), ("passcode ", code),
            ("login code was ", code), ("authenticator code ", split),
            ("my code is ", code), ("backup code: ", code), ("pwd: ", password),
            ("the code my bank sent: ", code), ("PIN:\u{00A0}", random.digits(4)),
            ("mein Passwort ist ", password), ("die TAN lautet ", random.digits(6)),
            ("meine PIN: ", random.digits(4)), ("Kartenprüfnummer ", random.digits(3)),
            ("der Bestätigungscode war ", code), ("PIN\u{2028}", random.digits(4)),
        ]
        return random.pick(leads)
    }

    /// Puts `value` in place of the frame's `{}`.
    static func fill(_ frame: String, _ value: String) -> String {
        let parts = frame.split(separator: "{}", omittingEmptySubsequences: false)
        return parts.joined(separator: value)
    }

    // MARK: Emails

    /// An email address with dots, plus tags, hyphens, digits and subdomains; names and
    /// domains with letters outside ASCII, and domains in their ASCII form (`xn--`).
    static func email(_ random: inout CorpusRandom) -> String {
        let names = [
            "jane", "john", "amelie", "li", "o-brien", "mohammed", "sam", "Kim", "jürgen", "josé",
            "иван", "用户",
        ]
        let family = ["doe", "smith", "nguyen", "garcia", "mueller", "rossi", "müller"]
        let domains = [
            "example.com", "mail.example.co.uk", "support.shop-online.de", "sub.domain.example.org",
            "gmail.com", "uni.edu.au", "my-company.io", "eu.mail.example.fr", "Outlook.COM",
            "müller-bäckerei.de", "例子.广告", "пример.рф", "mail.bücher.example", "例え.jp",
            "xn--mller-kva.de", "example.xn--p1ai", "उदाहरण.भारत",
        ]
        let name = random.pick(names)
        let local: String
        switch random.int(0...5) {
        case 0:
            local = name
        case 1:
            local = "\(name).\(random.pick(family))"
        case 2:
            local = "\(name)+\(random.pick(["orders", "shop", "tag1", "x"]))"
        case 3:
            local = "\(name)_\(random.pick(family))\(random.digits(2))"
        case 4:
            local = "\(name).\(random.pick(family))+\(random.pick(["support", "a-b"]))"
        default:
            local = "\(name)\(random.digits(4))"
        }
        return "\(local)@\(random.pick(domains))"
    }

    // MARK: Phones

    /// A phone number in one of many national and international formats.
    static func phone(_ random: inout CorpusRandom) -> String {
        let area = "\(random.int(2...9))\(random.digits(2))"
        let exchange = "\(random.int(2...9))\(random.digits(2))"
        let line = random.digits(4)
        let formats: [String] = [
            "+1 (\(area)) \(exchange)-\(line)", "(\(area)) \(exchange)-\(line)",
            "\(area)-\(exchange)-\(line)", "\(area).\(exchange).\(line)",
            "+1 \(area) \(exchange) \(line)", "1-\(area)-\(exchange)-\(line)",
            "+1-\(area)-\(exchange)-\(line)", "\(area)\(exchange)\(line)",
            "+44 20 \(random.digits(4)) \(random.digits(4))",
            "020 \(random.digits(4)) \(random.digits(4))",
            "07\(random.digits(3)) \(random.digits(6))",
            "+44 7\(random.digits(3)) \(random.digits(6))",
            "+44 (0)20 \(random.digits(4)) \(random.digits(4))", "+447\(random.digits(9))",
            "07\(random.digits(9))", "+49 30 \(random.digits(7))", "030 \(random.digits(7))",
            "+49 151 \(random.digits(8))", "0151 \(random.digits(8))",
            "+33 6 \(random.digits(2)) \(random.digits(2)) \(random.digits(2)) \(random.digits(2))",
            "06 \(random.digits(2)) \(random.digits(2)) \(random.digits(2)) \(random.digits(2))",
            "06.\(random.digits(2)).\(random.digits(2)).\(random.digits(2)).\(random.digits(2))",
            "+34 6\(random.digits(2)) \(random.digits(3)) \(random.digits(3))",
            "+39 3\(random.digits(2)) \(random.digits(3)) \(random.digits(4))",
            "+31 6 \(random.digits(8))", "06-\(random.digits(8))",
            "+61 4\(random.digits(2)) \(random.digits(3)) \(random.digits(3))",
            "04\(random.digits(2)) \(random.digits(3)) \(random.digits(3))",
            "+91 \(random.int(6...9))\(random.digits(4)) \(random.digits(5))",
            "0044 20 \(random.digits(4)) \(random.digits(4))",
            "030/\(random.digits(7))", "0151/\(random.digits(8))",
            "0664/\(random.digits(3)) \(random.digits(2)) \(random.digits(2))",
            "06\u{202F}\(random.digits(2))\u{202F}\(random.digits(2))\u{202F}\(random.digits(2))"
                + "\u{202F}\(random.digits(2))",
            "+44\u{00A0}20\u{00A0}\(random.digits(4))\u{00A0}\(random.digits(4))",
            "020\u{200B}\(random.digits(4))\u{200B}\(random.digits(4))",
        ]
        return random.pick(formats)
    }

    // MARK: Cards

    /// A Luhn-valid card number for Visa, Mastercard, Amex or Discover, grouped (by spaces,
    /// no-break spaces, dashes, dots or zero-width spaces) or not.
    static func card(_ random: inout CorpusRandom) -> String {
        let (prefix, length): (String, Int) = random.pick([
            ("4", 16), ("4", 13), ("4", 19), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16),
            ("34", 15), ("37", 15), ("6011", 16), ("65", 16), ("6011", 19),
        ])
        var body = prefix + random.digits(length - prefix.count - 1)
        body += String(self.luhnCheckDigit(body))
        let digits = Array(body)
        switch random.int(0...4) {
        case 0:
            return body
        case 1, 2:
            let separator = random.pick([" ", "-", ".", "\u{00A0}", "\u{200B}", "\u{2028}"])
            if length == 15 {
                return self.group(digits, [4, 6, 5], separator: separator)
            }
            let sizes =
                Array(repeating: 4, count: length / 4) + (length % 4 == 0 ? [] : [length % 4])
            return self.group(digits, sizes, separator: separator)
        case 3:
            let sizes =
                Array(repeating: 4, count: length / 4) + (length % 4 == 0 ? [] : [length % 4])
            return self.group(digits, sizes, separator: " ")
        default:
            // Split by a line break after the second group, as a narrow chat window wraps it.
            let sizes =
                Array(repeating: 4, count: length / 4) + (length % 4 == 0 ? [] : [length % 4])
            let grouped = self.group(digits, sizes, separator: " ")
            let space = grouped.index(grouped.startIndex, offsetBy: 9)
            return grouped[..<space] + random.pick(["\n", " \n", "\r\n"])
                + grouped[grouped.index(after: space)...]
        }
    }

    /// The digit that makes `body` followed by it pass the Luhn check.
    static func luhnCheckDigit(_ body: String) -> Int {
        for candidate in 0...9 {
            let digits = (body + String(candidate)).utf8.map { $0 - 0x30 }
            if Luhn.isValid(digits) { return candidate }
        }
        return 0
    }

    /// `characters` cut into groups of `sizes`, joined by `separator`.
    static func group(_ characters: [Character], _ sizes: [Int], separator: String) -> String {
        var groups: [String] = []
        var start = 0
        for size in sizes {
            groups.append(String(characters[start..<(start + size)]))
            start += size
        }
        return groups.joined(separator: separator)
    }

    // MARK: IBANs

    /// A valid IBAN of one of several countries, compact or grouped (by spaces, no-break
    /// spaces, dashes or dots), in either case.
    static func iban(_ random: inout CorpusRandom) -> String {
        let (country, bban): (String, String)
        switch random.int(0...9) {
        case 0:
            (country, bban) = ("DE", random.digits(18))
        case 1:
            (country, bban) = ("GB", random.letters(4) + random.digits(14))
        case 2:
            (country, bban) = (
                "FR", random.digits(10) + random.alphanumerics(11) + random.digits(2)
            )
        case 3:
            (country, bban) = ("ES", random.digits(20))
        case 4:
            (country, bban) = (
                "IT", random.letters(1) + random.digits(10) + random.alphanumerics(12)
            )
        case 5:
            (country, bban) = ("NL", random.letters(4) + random.digits(10))
        case 6:
            (country, bban) = ("BE", random.digits(12))
        case 7:
            (country, bban) = ("CH", random.digits(5) + random.alphanumerics(12))
        case 8:
            (country, bban) = ("AT", random.digits(16))
        default:
            (country, bban) = ("PL", random.digits(24))
        }
        let compact = country + self.checkDigits(country, bban) + bban
        let characters = Array(compact)
        let sizes =
            Array(repeating: 4, count: characters.count / 4)
            + (characters.count % 4 == 0 ? [] : [characters.count % 4])
        switch random.int(0...4) {
        case 0:
            return compact
        case 1:
            return self.group(characters, sizes, separator: " ")
        case 4:
            // Irregular groups and mixed separators: a German IBAN as statements print it
            // (bank code, then account number), others cut after the check digits and in two.
            let middle = country == "DE" ? 12 : 4 + (characters.count - 4) / 2
            return String(characters[..<4]) + random.pick([" ", "-", "\u{00A0}"])
                + String(characters[4..<middle]) + random.pick([" ", ".", "-"])
                + String(characters[middle...])
        case 2:
            let separator = random.pick(["-", ".", "\u{00A0}"])
            return self.group(characters, sizes, separator: separator)
        default:
            return self.group(characters, sizes, separator: random.pick([" ", "-"])).lowercased()
        }
    }

    /// The two check digits of an IBAN: 98 minus the mod-97 remainder of the BBAN, the
    /// country code and `00`, with letters read as 10...35.
    static func checkDigits(_ country: String, _ bban: String) -> String {
        var remainder = 0
        for byte in (bban + country + "00").utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                remainder = (remainder * 10 + Int(byte - 0x30)) % 97
            } else {
                remainder = (remainder * 100 + Int(byte - 0x41 + 10)) % 97
            }
        }
        let check = 98 - remainder
        return check < 10 ? "0\(check)" : String(check)
    }

    // MARK: Clean sentences

    /// `count` support sentences with no personal data.
    static func clean(count: Int, seed: UInt64) -> [String] {
        var random = CorpusRandom(seed: seed)
        var sentences: [String] = []
        for index in 0..<count {
            sentences.append(self.cleanSentence(index, &random))
        }
        return sentences
    }

    /// A clean support sentence from template `template`.
    static func cleanSentence(_ template: Int, _ random: inout CorpusRandom) -> String {
        let year = random.int(2019...2027)
        let (month, day) = (self.twoDigits(random.int(1...12)), self.twoDigits(random.int(1...28)))
        let (hour, minute) = (random.int(0...23), self.twoDigits(random.int(0...59)))
        let (small, digit, tiny) = (random.int(1...60), random.int(1...9), random.int(0...9))
        let (two, three, four) = (random.digits(2), random.digits(3), random.digits(4))
        let (hundreds, byte) = (random.int(100...999), random.int(0...255))
        let sentences = [
            "Order TP-\(random.digits(8)) hasn't arrived yet.",
            "I was charged $\(digit),\(three).\(two) instead of $\(small).\(two).",
            "It was delivered on \(year)-\(month)-\(day) at \(hour):\(minute).",
            "On \(day)/\(month)/\(year) I ordered \(small) items.",
            "I waited \(hundreds / 5) minutes on hold",
            "The app version v\(digit).\(small).\(hundreds) crashes",
            "Tracking number 1Z\(random.alphanumerics(6))\(random.digits(10)) shows nothing",
            "My ticket is #\(random.digits(random.int(4...9))).",
            "An order of \(small) items, \(digit) arrived damaged",
            "The total was €\(small).\(three),\(two) in the end",
            "I paid \(hundreds),\(two) EUR and \(small) USD",
            "Support is open between \(digit):\(minute) and 1\(digit):00",
            "Invoice INV-\(year)-\(random.digits(5)) is wrong",
            "It took \(small) days and \(hour) hours, so \(digit)x slower",
            "Build \(four) from release \(year).\(digit) broke sync",
            "Price dropped from $\(digit),\(three).99 to $\(hundreds)",
            "I bought \(digit) x \(small) packs for £\(small).\(two)",
            "Serial SN-\(random.letters(4))\(random.digits(6)) is on the box",
            "Reference \(year)\(month)\(day)-\(four) was given to me",
            "The store is at latitude \(small).\(four), longitude -\(tiny).\(four)",
            "Orders went from 1 \(three) to \(digit) \(random.digits(3)) this week",
            "It shipped on \(day).\(month).\(year) and arrived Dec \(day), \(year)",
            "ISBN 978-\(tiny)-\(two)-\(random.digits(6))-\(digit) is missing",
            "Call lasted \(hour):\(minute):\(two) and case \(random.digits(6)) was opened",
            "I have \(digit) accounts and \(four) points",
            "My router at 192.168.\(byte).\(small) drops \(small)% of packets",
            "The parcel weighs \(small).\(tiny) kg, box \(small)x\(two)x\(two) cm",
            "Order \(random.letters(2))-\(random.digits(6))-\(random.letters(1)) is split",
            "The firmware 4.\(tiny).\(two) update on \(day) June failed",
            "Between \(year) and \(year + 1) I placed \(hundreds) orders worth $\(small)k",
            "Card ending in \(four) was declined \(digit) times",
            "Flight BA \(four) leaves at \(hour):\(minute) from gate \(small)",
            "Postcode \(random.digits(5)), house \(hundreds)b, flat \(digit)",
            "Use code SAVE\(small) for \(small)% off orders over $\(hundreds)",
            "We had \(digit),\(three),\(random.digits(3)) visitors and \(digit).\(tiny)% converted",
            "Between \(hour):\(minute)-\(hour):59 on \(year)-\(month)-\(day) the site was down",
            "Step \(digit) of 9 fails with error 0x\(random.digits(8))",
            "My order \(three)-\(random.digits(7))-\(random.digits(7)) from the marketplace",
            "Meter reading \(random.digits(6)) on \(day).\(month).\(year), tariff \(digit)",
            "Size \(small), colour \(digit), qty \(tiny) - \(digit) left, ships May \(day)",
            "My password reset email for order \(four) never came",
            "The verification code expired after \(small) minutes",
            "I forgot my PIN, can you reset it? I tried \(digit) times",
            "Error code \(four) when I log in with my password",
            "My zip code is \(random.digits(5)) and my discount code \(four) failed",
            "The code we sent expires in \(small) minutes; error code from the app \(four)",
            "The security code on the back of card ending \(four) is smudged",
            "Is the password \(small) characters or more? Mine is too short",
            "I want to pin \(digit) items and change my passcode",
            "Your CVV is never needed for refund \(three), right?",
            "Danke @jürgen, parcel \(small) came; ask @例子 or @müller.team about \(three)",
            "After updating paket@\(digit).\(small).\(tiny) the app at user@localhost hangs",
            "Order DE\(two)-\(four)-\(four)-\(four) and ticket TP\(two)-\(four)-\(four)-\(two) late",
            "Rechnung \(three)/\(year) vom \(day).\(month).\(year), Lieferung \(year)/\(month)/\(day)",
            "Total 1\u{202F}\(three),\(two)\u{00A0}€ for \(digit)\u{00A0}items on \(day)\u{00A0}May",
            "我的订单 TP-\(random.digits(8)) 还没到，已等 \(small) 天，谢谢",
            "Order\u{200B}TP-\(random.digits(8))\u{200B}shipped \(day).\(month).\(year)\u{00A0}ok",
            "Größe \(small), Farbe \(digit) — Preis \(hundreds),\(two)\u{00A0}€, \(small)\u{00A0}% Rabatt",
        ]
        return sentences[template % sentences.count]
    }

    /// A number written with at least two digits: `7` becomes `07`.
    static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
