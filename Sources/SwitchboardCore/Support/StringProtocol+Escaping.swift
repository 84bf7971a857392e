extension StringProtocol {
    /// The text with its control characters (U+0000 to U+001F, U+007F to U+009F) written as
    /// escapes: `\n`, `\r`, `\t`, or `\u{1B}` for the others.
    ///
    /// For messages that quote a value read from a file: the message stays on its one line,
    /// and the value cannot send escape sequences to an operator's terminal.
    ///
    /// ```swift
    /// "a\nb\u{1B}[31m".escapingControlCharacters()  // #"a\nb\u{1B}[31m"#
    /// ```
    package func escapingControlCharacters() -> String {
        guard self.unicodeScalars.contains(where: Self.isControl) else { return String(self) }
        var escaped = String.UnicodeScalarView()
        for scalar in self.unicodeScalars {
            guard Self.isControl(scalar) else {
                escaped.append(scalar)
                continue
            }
            let text: String =
                switch scalar {
                case "\n": #"\n"#
                case "\r": #"\r"#
                case "\t": #"\t"#
                default: #"\u{"# + String(scalar.value, radix: 16, uppercase: true) + "}"
                }
            escaped.append(contentsOf: text.unicodeScalars)
        }
        return String(escaped)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
