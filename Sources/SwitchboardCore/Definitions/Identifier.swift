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

    /// Whether `name` is a valid article id: like other ids, but it may also start with a digit
    /// and hold `.` and `+` (imported help centers use ids such as `libstdc++6` or `3.2-faq`).
    static func isValidArticleID(_ name: String) -> Bool {
        let bytes = name.utf8
        guard let first = bytes.first, Self.isLetter(first) || (first >= 48 && first <= 57),
            bytes.count <= 128
        else { return false }
        return bytes.allSatisfy {
            Self.isLetter($0) || ($0 >= 48 && $0 <= 57) || $0 == 95 || $0 == 45 || $0 == 46
                || $0 == 43
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
