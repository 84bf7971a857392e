/// Reading text files' bytes as UTF-8: a byte order mark some editors write, and where a file
/// stops being UTF-8.
package enum UTF8Text {
    /// The UTF-8 byte order mark, EF BB BF.
    package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes without a leading byte order mark (Windows editors write one; it is not text).
    package static func droppingByteOrderMark(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes.starts(with: Self.byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
    }

    /// Where the first byte that is not UTF-8 is, or `nil` when all of them are.
    ///
    /// The line and column count from the start of `bytes` (columns in Unicode scalars, as
    /// ``SourceLocation`` does); the offset is from the start of `bytes`.
    package static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> SourceLocation? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var line = 1
        var column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .emptyInput:
                return nil
            case .error:
                return SourceLocation(line: line, column: column, offset: offset)
            case .valid(let scalar):
                offset += scalar.count
                if scalar.count == 1, scalar.first == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
        }
    }
}
