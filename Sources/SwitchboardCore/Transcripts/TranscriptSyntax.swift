/// The text format of transcripts: parsing and writing.
///
/// The format is line-based so that a change to a conversation reads as a small diff in a
/// pull request. `docs/transcripts.md` describes it for authors.
public enum TranscriptSyntax {
    /// Writes `\n` for newlines and `\\` for backslashes, so a message stays on one line.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Reverses ``escape(_:)``; an unknown escape is kept as written.
    public static func unescape(_ text: Substring) -> String {
        var result = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                switch scalar {
                case "n": result += "\n"
                case "r": result += "\r"
                case "t": result += "\t"
                case "\\": result += "\\"
                case "\"": result += "\""
                default:
                    result += "\\"
                    result.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        if escaping { result += "\\" }
        return result
    }

    /// Reads a value written after `given slot x =` or `given context x =`: a date, an amount
    /// with a currency, a number, `true`/`false`, or text (quotes optional).
    public static func value(_ text: Substring) -> SlotValue {
        let trimmed = String(text.trimmingCharacters())
        if trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'",
            trimmed.last == first
        {
            return .text(unescape(trimmed.dropFirst().dropLast()))
        }
        if trimmed == "true" { return .bool(true) }
        if trimmed == "false" { return .bool(false) }
        if let date = CalendarDate(iso: trimmed) {
            return .date(date)
        }
        if let number = Double(trimmed), number.isFinite { return .number(number) }
        let parts = trimmed.split(separator: " ")
        if parts.count == 2, parts[1].count == 3, parts[1].allSatisfy({ $0.isUppercase }),
            let minor = Self.minorUnits(parts[0])
        {
            return .money(Money(minorUnits: minor, currency: String(parts[1])))
        }
        return .text(unescape(trimmed[...]))
    }

    /// Writes a value so that ``value(_:)`` reads it back.
    public static func written(_ value: SlotValue) -> String {
        switch value {
        case .text(let text):
            let reread = Self.value(text[...])
            if reread == .text(text), !text.hasPrefix("\""), !text.hasPrefix("'") {
                return escape(text)
            }
            return "\"" + escape(text).replacing("\"", with: "\\\"") + "\""
        case .bool(let flag):
            return flag ? "true" : "false"
        default:
            return value.displayText
        }
    }

    private static func minorUnits(_ text: Substring) -> Int64? {
        let negative = text.hasPrefix("-")
        let digits = negative ? text.dropFirst() : text
        let pieces = digits.split(separator: ".", omittingEmptySubsequences: false)
        func isDigits(_ piece: Substring) -> Bool {
            !piece.isEmpty && piece.utf8.allSatisfy { (0x30...0x39).contains($0) }
        }
        guard pieces.count <= 2, isDigits(pieces[0]), let whole = Int64(pieces[0]) else {
            return nil
        }
        var cents: Int64 = 0
        if pieces.count == 2 {
            guard pieces[1].count == 2, isDigits(pieces[1]), let fraction = Int64(pieces[1])
            else { return nil }
            cents = fraction
        }
        // An amount past Int64's minor units is no amount: the value is read as text.
        let (product, overflow) = whole.multipliedReportingOverflow(by: 100)
        let (sum, sumOverflow) = product.addingReportingOverflow(cents)
        guard !overflow, !sumOverflow else { return nil }
        return negative ? -sum : sum
    }
}
