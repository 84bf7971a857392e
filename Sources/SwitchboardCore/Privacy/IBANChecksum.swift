/// The ISO 13616 check of International Bank Account Numbers (mod 97).
enum IBANChecksum {
    /// Whether `normalized` is a well-formed IBAN with correct check digits.
    ///
    /// `normalized` holds the ASCII bytes of the IBAN without spaces: a two-letter country
    /// code, two check digits, then 11 to 30 letters or digits. Letters may be in either
    /// case. The number is valid when, with its first four characters moved to the end and
    /// letters read as 10...35, it leaves 1 when divided by 97. A country in the IBAN
    /// registry must also have its registered length, so a word after the number ("... 4686
    /// and") is not taken into it by the one-in-97 chance of a matching checksum.
    static func isValid(_ normalized: [UInt8]) -> Bool {
        guard (15...34).contains(normalized.count),
            ASCIIByte.isLetter(normalized[0]), ASCIIByte.isLetter(normalized[1]),
            ASCIIByte.isDigit(normalized[2]), ASCIIByte.isDigit(normalized[3]),
            normalized.allSatisfy(ASCIIByte.isAlphanumeric)
        else { return false }
        let country =
            UInt16(ASCIIByte.uppercased(normalized[0])) << 8
            | UInt16(ASCIIByte.uppercased(normalized[1]))
        if let length = Self.registeredLengths[country], length != normalized.count {
            return false
        }
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

    /// IBAN lengths by country code (two uppercase ASCII letters, packed), from the SWIFT IBAN
    /// registry.
    static let registeredLengths: [UInt16: Int] = {
        let table =
            "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 "
            + "DO28 EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 "
            + "IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 "
            + "MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 "
            + "SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20"
        var lengths: [UInt16: Int] = [:]
        for entry in table.utf8.split(separator: UInt8(ascii: " ")) {
            let bytes = Array(entry)
            lengths[UInt16(bytes[0]) << 8 | UInt16(bytes[1])] =
                Int(bytes[2] - 0x30) * 10 + Int(bytes[3] - 0x30)
        }
        return lengths
    }()
}
