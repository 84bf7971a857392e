import Testing

@testable import SwitchboardCore

/// The three renderings of one report: the terminal table, the HTML page (with a chart per
/// figure) and JSON, with the same numbers.
@Suite struct ReportRenderingTests {
    /// Text with every run of spaces made one, so tests need not count padding.
    static func collapsed(_ text: String) -> String {
        var output = ""
        var lastWasSpace = false
        for character in text {
            if character == " " {
                if !lastWasSpace { output.append(" ") }
                lastWasSpace = true
            } else {
                output.append(character)
                lastWasSpace = false
            }
        }
        return output
    }

    @Test func theTableShowsTheFigures() {
        let text = Self.collapsed(ReportTextRenderer().render(ReportFixture.report()))
        for line in [
            "Conversation report: tidepool, all time (as of 2026-11-03 10:00 UTC)\n",
            " conversations 5\n", " contained (no handoff) 3 60.0%\n", " handed off 2 40.0%\n",
            " ended: no end recorded 1\n", " turns 7\n",
            " fallback turns (not understood) 4 57.1%\n",
            " safety 1 20.0%\n", " user_request 1 20.0%\n",
            "CSAT (responses: 2, average: 4.00)\n", " 5 1 50.0%\n", " 4 0 0.0%\n",
            " SLA breaches 3 60.0%\n", " abandoned before anyone accepted 1\n",
            " 2026-11-02 2 1 50.0%\n", " 3 drone drone delivery is late\n",
        ] {
            #expect(text.contains(line), "no \(line.debugDescription) in\n\(text)")
        }
    }

    @Test func theHTMLPageHasAChartPerFigureAndTheTableNumbers() throws {
        let report = ReportFixture.report()
        let html = ReportHTMLRenderer().render(report)
        let text = Self.collapsed(ReportTextRenderer().render(report))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.ranges(of: "<svg ").count == 3)
        for id in ["handoffs", "csat", "days"] {
            let start = try #require(html.firstRange(of: "<section id=\"\(id)\">"))
            let rest = html[start.upperBound...]
            let end = try #require(rest.firstRange(of: "</section>"))
            #expect(rest[..<end.lowerBound].contains("<svg "))
        }
        for forbidden in ["<script", "src=", "href=", "@import", "url(", "@font-face"] {
            #expect(!html.contains(forbidden))
        }
        // Every cell of every table is in both renderings.
        for section in report.sections {
            #expect(html.contains(">\(HTMLText.escape(section.title))</h2>"))
            #expect(text.contains(section.title + "\n"))
            for row in section.rows {
                let cells = row.enumerated().map { index, cell in
                    let kind = section.numericColumns.contains(index) ? " class=\"num\"" : ""
                    return "<td\(kind)>\(HTMLText.escape(cell))</td>"
                }
                #expect(html.contains("<tr>" + cells.joined() + "</tr>"))
                let line = " " + row.filter { !$0.isEmpty }.joined(separator: " ") + "\n"
                #expect(text.contains(Self.collapsed(line)), "no \(line.debugDescription)")
            }
        }
        // The charts carry the same figures.
        #expect(html.contains(">1 (20.0%)</text>"))
        #expect(html.contains(">50.0%</text>") && html.contains(">100.0%</text>"))
    }

    @Test func anEmptyReportStillDrawsEveryChart() {
        let report = ConversationReport(
            events: [], tickets: [], filter: ReportFilter(), now: ReportFixture.now)
        let html = ReportHTMLRenderer().render(report)
        #expect(html.ranges(of: "<svg ").count == 3)
        #expect(html.contains(">no data</text>"))
    }

    @Test func questionsAreEscapedInHTMLAndKeptOnOneLineInTheTable() {
        let events = [
            ReportFixture.event("2026-11-01T09:00:00Z", "x", .started(botHash: "h")),
            ReportFixture.event(
                "2026-11-01T09:00:01Z", "x",
                ReportFixture.turn(1, "<b>bold</b>\n\u{1B}[31mred & co", .fallback)),
        ]
        let report = ConversationReport(
            events: events, tickets: [], filter: ReportFilter(), now: ReportFixture.now)
        let html = ReportHTMLRenderer().render(report)
        #expect(html.contains("&lt;b&gt;bold&lt;/b&gt;\n[31mred &amp; co"))
        #expect(!html.contains("<b>bold"))
        let text = ReportTextRenderer().render(report)
        #expect(text.contains("<b>bold</b>  [31mred & co"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func theJSONHasStableKeysInAFixedOrder() throws {
        let json = ReportFixture.report().json()
        let node = try JSONParser().parse(json)
        let object = try #require(node.value.objectValue)
        #expect(
            object.keys == [
                "bot", "since", "until", "asOf", "conversations", "contained", "handedOff",
                "containmentRate", "handoffRate", "endings", "handoffs", "handoffsByReason",
                "turns", "fallbackTurns", "fallbackRate", "csat", "sla", "days", "unanswered",
            ])
        #expect(object["containmentRate"]?.value.numberValue?.double == 0.6)
        #expect(object["fallbackRate"]?.value.numberValue?.text == "0.5714")
        #expect(
            object["endings"]?.value.objectValue?.keys == [
                "closed", "handoff", "reset", "client", "expired", "none",
            ])
        let csat = try #require(object["csat"]?.value.objectValue)
        #expect(csat["average"]?.value.numberValue?.integer == 4)
        #expect(csat["distribution"]?.value.objectValue?.keys == ["1", "2", "3", "4", "5"])
        let sla = try #require(object["sla"]?.value.objectValue)
        #expect(
            sla.keys == [
                "tickets", "acceptedInTime", "acceptedLate", "abandoned", "overdue", "waiting",
                "breaches", "breachRate",
            ])
        #expect(sla["breaches"]?.value.numberValue?.integer == 3)
        let first = try #require(object["unanswered"]?.value.arrayValue?.first?.value.objectValue)
        #expect(first.keys == ["terms", "count", "example"])
        #expect(json == ReportFixture.report().json())
    }
}
