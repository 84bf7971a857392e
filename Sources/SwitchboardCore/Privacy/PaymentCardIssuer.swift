/// The number ranges that card schemes issue cards from, and the lengths of their numbers.
///
/// The Luhn check alone passes one number in ten; a number that also starts as a card of a
/// known scheme and has one of that scheme's lengths is a card far more often. The card
/// scanner asks for both before it joins two numbers into one card (see
/// ``PaymentCardScanner``).
enum PaymentCardIssuer {
    /// Whether `digits` (values 0...9, most significant first) start with the prefix of a
    /// known scheme and have one of its lengths: Visa (`4`; 13, 16 or 19 digits), Mastercard
    /// (`51`–`55`, `2221`–`2720`; 16), American Express (`34`, `37`; 15), Discover (`6011`,
    /// `644`–`649`, `65`; 16 to 19), Diners Club (`300`–`305`, `36`, `38`, `39`; 14 to 19),
    /// JCB (`3528`–`3589`; 16 to 19), UnionPay (`62`; 16 to 19), Maestro (`50`, `56`–`58`,
    /// `63`, `67`; 13 to 19) and Mir (`2200`–`2204`; 16 to 19).
    static func isKnown(_ digits: [UInt8]) -> Bool {
        guard digits.count >= 13, digits.allSatisfy({ $0 <= 9 }) else { return false }
        let length = digits.count
        let two = Int(digits[0]) * 10 + Int(digits[1])
        let three = two * 10 + Int(digits[2])
        let four = three * 10 + Int(digits[3])
        let longer = (16...19).contains(length)
        switch two {
        case 40...49:
            return length == 13 || length == 16 || length == 19
        case 51...55:
            return length == 16
        case 22...27:
            return (2221...2720).contains(four)
                ? length == 16 : (2200...2204).contains(four) && longer
        case 34, 37:
            return length == 15
        case 30:
            return (300...305).contains(three) && length >= 14
        case 36, 38, 39:
            return length >= 14
        case 35:
            return (3528...3589).contains(four) && longer
        case 60:
            return four == 6011 && longer
        case 64:
            return three >= 644 && longer
        case 65, 62:
            return longer
        case 50, 56...58, 63, 67:
            return true
        default:
            return false
        }
    }
}
