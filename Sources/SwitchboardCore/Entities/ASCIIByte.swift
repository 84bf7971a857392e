/// Classification of single UTF-8 bytes; only ASCII bytes ever count as letters or digits.
enum ASCIIByte {
    /// Whether `byte` is `0`...`9`.
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    /// Whether `byte` is an ASCII letter.
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Whether `byte` is an ASCII letter or digit.
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        Self.isDigit(byte) || Self.isLetter(byte)
    }

    /// Whether `byte` is an ASCII space, tab or line break.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B
            || byte == 0x0C
    }

    /// The lower-case form of an ASCII upper-case letter; other bytes unchanged.
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// The upper-case form of an ASCII lower-case letter; other bytes unchanged.
    static func uppercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
    }

    /// The value 0...9 of a digit byte.
    static func digitValue(_ byte: UInt8) -> UInt8 {
        byte &- 0x30
    }

    /// The byte at `index`, or `nil` outside the array.
    static func at(_ bytes: [UInt8], _ index: Int) -> UInt8? {
        index >= 0 && index < bytes.count ? bytes[index] : nil
    }
}
