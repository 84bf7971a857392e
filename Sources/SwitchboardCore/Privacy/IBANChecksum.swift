/// The ISO 13616 check of International Bank Account Numbers (mod 97).
enum IBANChecksum {
    /// Whether `normalized` is a well-formed IBAN with correct check digits.
    ///
    /// `normalized` holds the ASCII bytes of the IBAN without spaces: a two-letter country
    /// code, two check digits, then 11 to 30 letters or digits. Letters may be in either
    /// case. The number is valid when, with its first four characters moved to the end and
    /// letters read as 10...35, it leaves 1 when divided by 97.
    static func isValid(_ normalized: [UInt8]) -> Bool {
        guard (15...34).contains(normalized.count),
            ASCIIByte.isLetter(normalized[0]), ASCIIByte.isLetter(normalized[1]),
            ASCIIByte.isDigit(normalized[2]), ASCIIByte.isDigit(normalized[3]),
            normalized.allSatisfy(ASCIIByte.isAlphanumeric)
        else { return false }
        var remainder = 0
        for byte in normalized[4...] + normalized[..<4] {
            if ASCIIByte.isDigit(byte) {
                remainder = (remainder * 10 + Int(ASCIIByte.digitValue(byte))) % 97
            } else {
                let value = Int(ASCIIByte.uppercased(byte)) - 0x41 + 10
                remainder = (remainder * 100 + value) % 97
            }
        }
        return remainder == 1
    }
}
