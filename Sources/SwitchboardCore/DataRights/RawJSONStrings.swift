/// The complete string tokens of a line that may not be valid JSON, found as a JSON lexer
/// finds them: reading from the line's start, a `"` outside a string opens one, and inside
/// it a backslash escapes the next byte and a `"` closes it.
///
/// A token's bytes are those between its quotes as written, escapes not undone, so they
/// compare with what ``JSONWriter/escape(_:into:)`` writes. A string still open at the end of
/// the line (a torn line cut inside it) is not a token: it could be the start of a longer one.
/// Nothing else is checked (numbers, `NaN`, nesting, surrogates), so a line that the parser
/// rejects still yields its strings.
///
/// ```swift
/// let strings = RawJSONStrings(Array(#"{"user":"u-1","n":NaN}"#.utf8))
/// // strings.tokens: user, u-1, n; strings.users: u-1
/// ```
struct RawJSONStrings: Sendable {
    /// Every complete string token, keys and values, in line order.
    private(set) var tokens: [ArraySlice<UInt8>] = []
    /// The string values of `"user"` members of the outermost object (`{"user":"u-1",…}`),
    /// as a parsed line's `user` is read; members of nested objects are not the line's user.
    private(set) var users: [ArraySlice<UInt8>] = []

    /// What came just before, as far as a top-level `"user":` member goes.
    private enum Previous {
        case userKey
        case userColon
        case other
    }

    /// Lexes `bytes`.
    init(_ bytes: [UInt8]) {
        let quote = UInt8(ascii: "\"")
        let backslash = UInt8(ascii: "\\")
        var depth = 0
        var previous = Previous.other
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case quote:
                var end = index + 1
                var isClosed = false
                while end < bytes.count {
                    if bytes[end] == backslash {
                        end += 2
                    } else if bytes[end] == quote {
                        isClosed = true
                        break
                    } else {
                        end += 1
                    }
                }
                // Open at the end of the line: cut short, so not a whole token.
                guard isClosed else { return }
                let token = bytes[(index + 1)..<end]
                self.tokens.append(token)
                if depth == 1, previous == .userColon { self.users.append(token) }
                previous = depth == 1 && token.elementsEqual("user".utf8) ? .userKey : .other
                index = end + 1
                continue
            case UInt8(ascii: ":"):
                previous = previous == .userKey ? .userColon : .other
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                previous = .other
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth = max(depth - 1, 0)
                previous = .other
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                break
            default:
                previous = .other
            }
            index += 1
        }
    }
}
