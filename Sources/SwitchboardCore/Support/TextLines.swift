/// Splits text into lines at `\n`, `\r\n` or a lone `\r`, so files with Windows or classic
/// Mac line endings read the same as others.
///
/// Swift treats `"\r\n"` as one `Character`, so `split(separator: "\n")` never splits such
/// a file; this works on the UTF-8 bytes instead.
enum TextLines {
    /// The lines of `text` (a trailing line ending gives a last, empty line).
    static func split(_ text: String) -> [String] {
        var lines: [String] = []
        let bytes = Array(text.utf8)
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index += 1
                continue
            }
            lines.append(String(decoding: bytes[start..<index], as: UTF8.self))
            let isCRLF = byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A
            index += isCRLF ? 2 : 1
            start = index
        }
        lines.append(String(decoding: bytes[start...], as: UTF8.self))
        return lines
    }
}
