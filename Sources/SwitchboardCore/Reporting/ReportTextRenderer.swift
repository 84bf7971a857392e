/// Writes a ``ConversationReport`` as plain-text tables for a terminal (no colour, no
/// escape codes): the same ``ReportSection``s, and so the same numbers, as the HTML page.
///
/// ```swift
/// let text = ReportTextRenderer().render(report)
/// ```
public struct ReportTextRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The report as lines of text, ending with a newline.
    public func render(_ report: ConversationReport) -> String {
        var out: [String] = [
            "Conversation report: \(ReportFormat.bot(report.filter)), "
                + "\(ReportFormat.period(report.filter)) (as of \(report.asOf.displayText))"
        ]
        for section in report.sections {
            out.append("")
            out.append(section.title)
            if section.rows.isEmpty {
                out.append("  none")
                continue
            }
            let rows =
                (section.columns.isEmpty ? [] : [section.columns])
                + section.rows.map { $0.map(Self.oneLine) }
            out += Self.table(rows, rightAligned: section.numericColumns).map { "  " + $0 }
            if let note = section.note { out.append("  (\(note))") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Rows padded into columns two spaces apart; trailing spaces trimmed.
    private static func table(_ rows: [[String]], rightAligned: Set<Int>) -> [String] {
        var widths: [Int] = []
        for row in rows {
            for (column, cell) in row.enumerated() {
                if column == widths.count { widths.append(0) }
                widths[column] = max(widths[column], cell.count)
            }
        }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                if column > 0 { line += "  " }
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                line += rightAligned.contains(column) ? padding + cell : cell + padding
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// A cell on one line, safe for a terminal: control characters (newlines, escape codes)
    /// shown as spaces, and cut at 80 characters.
    static func oneLine(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            scalars.append(isControl ? " " : scalar)
        }
        let cleaned = String(scalars)
        return cleaned.count > 80 ? String(cleaned.prefix(79)) + "…" : cleaned
    }
}
