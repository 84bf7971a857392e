/// Writes a ``ConversationReport`` as one self-contained HTML page.
///
/// The page holds the report's tables (the same ``ReportSection``s as the terminal table)
/// and bar charts as inline SVG (handoffs by reason, CSAT distribution, containment by
/// day). No script, no network, no external font.
///
/// ```swift
/// let html = ReportHTMLRenderer().render(report)
/// ```
public struct ReportHTMLRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    private static let style = """
        body{font-family:sans-serif;margin:2em auto;max-width:52em;color:#222;padding:0 1em}
        h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}
        table{border-collapse:collapse;margin:.5em 0}
        th,td{padding:.2em .8em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        p.note{color:#666;font-size:.9em}
        figure{margin:.5em 0}
        """

    /// The page.
    public func render(_ report: ConversationReport) -> String {
        let heading =
            "Conversation report: \(ReportFormat.bot(report.filter)), "
            + ReportFormat.period(report.filter)
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(HTMLText.escape(heading))</title>\n"
        html += "<style>\n\(Self.style)\n</style>\n</head>\n<body>\n"
        html += "<h1>\(HTMLText.escape(heading))</h1>\n"
        html += "<p>As of \(HTMLText.escape(report.asOf.displayText)).</p>\n"
        for section in report.sections {
            html += "<section id=\"\(section.id)\">\n"
            html += "<h2>\(HTMLText.escape(section.title))</h2>\n"
            if let chart = Self.chart(for: section.id, report) {
                html += "<figure>\(chart.svg())</figure>\n"
            }
            html += Self.table(section)
            if let note = section.note {
                html += "<p class=\"note\">\(HTMLText.escape(note))</p>\n"
            }
            html += "</section>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

    /// The chart drawn above a section's table, if it has one.
    static func chart(for section: String, _ report: ConversationReport) -> SVGBarChart? {
        switch section {
        case "handoffs":
            return SVGBarChart(
                title: "Handoffs by reason", orientation: .horizontal,
                bars: report.handoffsByReason.map {
                    SVGBarChart.Bar(
                        label: $0.reason, value: Double($0.handoffs),
                        text: "\($0.handoffs) (\(ReportFormat.percent($0.rate)))")
                })
        case "csat":
            return SVGBarChart(
                title: "CSAT distribution", orientation: .vertical,
                bars: report.csat.responses == 0
                    ? []
                    : (1...5).map {
                        SVGBarChart.Bar(
                            label: String($0), value: Double(report.csat.counts[$0 - 1]),
                            text: String(report.csat.counts[$0 - 1]))
                    })
        case "days":
            return SVGBarChart(
                title: "Containment by day", orientation: .vertical,
                bars: report.days.map {
                    SVGBarChart.Bar(
                        label: String($0.date.isoString.dropFirst(5)),
                        value: $0.containmentRate ?? 0,
                        text: ReportFormat.percent($0.containmentRate))
                }, maximum: 1)
        default:
            return nil
        }
    }

    private static func table(_ section: ReportSection) -> String {
        guard !section.rows.isEmpty else { return "<p>None.</p>\n" }
        var html = "<table>\n"
        if !section.columns.isEmpty {
            html += "<thead><tr>"
            for (index, column) in section.columns.enumerated() {
                let kind = section.numericColumns.contains(index) ? " class=\"num\"" : ""
                html += "<th\(kind)>\(HTMLText.escape(column))</th>"
            }
            html += "</tr></thead>\n"
        }
        html += "<tbody>\n"
        for row in section.rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let kind = section.numericColumns.contains(index) ? " class=\"num\"" : ""
                html += "<td\(kind)>\(HTMLText.escape(cell))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
