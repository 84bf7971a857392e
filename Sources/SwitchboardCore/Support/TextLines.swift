/// Splits text into lines on `\n`, dropping a `\r` before it, so files with Windows line
/// endings read the same as others.
///
/// Swift treats `"\r\n"` as one `Character`, so `split(separator: "\n")` never splits such
/// a file; this works on the UTF-8 bytes instead.
enum TextLines {
    /// The lines of `text` (a trailing newline gives a last, empty line).
    static func split(_ text: String) -> [String] {
        var lines: [String] = []
        let bytes = Array(text.utf8)
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            var end = index
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = index + 1
        }
        var end = bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
        return lines
    }
}
