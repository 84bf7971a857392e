/// Turns session ids into file names and back, so no session id reaches a path unescaped.
///
/// Lowercase ASCII letters, digits and `-` are kept; every other byte (uppercase letters,
/// `.`, `/`, `_`, spaces, non-ASCII) becomes `_` and two lowercase hex digits. The result
/// gets a `.json` suffix. The encoding is reversible and never yields `.`, `..`, a slash, a
/// hidden file or two names that differ only by case, so it is safe on case-insensitive file
/// systems too: `Web.42/x` is `_57eb_2e42_2fx.json`. With ids of at most
/// ``BridgeRequest/maxSessionBytes`` bytes, names stay under 255 bytes.
public enum SessionFileName {
    /// The suffix of every state file.
    public static let suffix = ".json"

    /// The file name for a session id.
    public static func encode(_ session: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(session.utf8.count + Self.suffix.utf8.count)
        for byte in session.utf8 {
            if Self.isKept(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "_"))
                bytes.append(Self.hexDigit(byte >> 4))
                bytes.append(Self.hexDigit(byte & 0x0F))
            }
        }
        bytes.append(contentsOf: Self.suffix.utf8)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The session id a file name stands for, or `nil` when the name is not one ``encode(_:)``
    /// makes (such as a temporary file).
    public static func decode(_ name: String) -> String? {
        guard name.hasSuffix(Self.suffix) else { return nil }
        let encoded = Array(name.utf8.dropLast(Self.suffix.utf8.count))
        guard !encoded.isEmpty else { return nil }
        var bytes: [UInt8] = []
        var index = 0
        while index < encoded.count {
            let byte = encoded[index]
            if Self.isKept(byte) {
                bytes.append(byte)
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "_"), index + 2 < encoded.count,
                let high = Self.hexValue(encoded[index + 1]),
                let low = Self.hexValue(encoded[index + 2])
            else { return nil }
            let decoded = high << 4 | low
            // A kept byte written escaped is not a name encode(_:) makes.
            guard !Self.isKept(decoded) else { return nil }
            bytes.append(decoded)
            index += 3
        }
        guard let session = String(validating: bytes, as: UTF8.self) else { return nil }
        return session
    }

    /// The most bytes a file name may have on the file systems the bridge runs on.
    static let maxNameBytes = 255

    /// A shorter name for a session's file, for a copy whose name gets a suffix that would make
    /// ``encode(_:)``'s name too long (a set-aside `NAME.unreadable-2`): `_x`, the id's bytes
    /// as two lowercase hex digits each, and `.json`.
    ///
    /// At most 2 + 2 × ``BridgeRequest/maxSessionBytes`` + 5 bytes, against 3 × that + 5 for
    /// ``encode(_:)``. ``encode(_:)`` never makes such a name (its `_` is always followed by a
    /// hex digit), so the two forms cannot be confused; read either with
    /// ``decode(anyForm:)``.
    public static func encodeCompact(_ session: String) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "_"), UInt8(ascii: "x")]
        for byte in session.utf8 {
            bytes.append(Self.hexDigit(byte >> 4))
            bytes.append(Self.hexDigit(byte & 0x0F))
        }
        bytes.append(contentsOf: Self.suffix.utf8)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The session id a name of either form stands for (``encode(_:)`` or
    /// ``encodeCompact(_:)``), or `nil` when it is neither.
    public static func decode(anyForm name: String) -> String? {
        if let session = Self.decode(name) { return session }
        guard name.hasSuffix(Self.suffix), name.utf8.starts(with: "_x".utf8) else { return nil }
        let hex = Array(name.utf8.dropFirst(2).dropLast(Self.suffix.utf8.count))
        guard !hex.isEmpty, hex.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        var index = 0
        while index < hex.count {
            guard let high = Self.hexValue(hex[index]), let low = Self.hexValue(hex[index + 1])
            else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
