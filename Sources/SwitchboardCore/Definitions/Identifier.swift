/// The rule for ids in definitions: ASCII letters, digits, `_` and `-`, starting with a letter.
enum Identifier {
    /// Whether `name` is a valid id.
    static func isValid(_ name: String) -> Bool {
        let bytes = name.utf8
        guard let first = bytes.first, Self.isLetter(first), bytes.count <= 128 else {
            return false
        }
        return bytes.allSatisfy {
            Self.isLetter($0) || ($0 >= 48 && $0 <= 57) || $0 == 95 || $0 == 45
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
