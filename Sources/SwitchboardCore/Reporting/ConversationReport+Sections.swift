extension ConversationReport {
    /// The report's tables, formatted once for every rendering (see ``ReportSection``).
    public var sections: [ReportSection] {
        var summary: [[String]] = [
            ["conversations", String(self.conversations), ""],
            [
                "contained (no handoff)", String(self.contained),
                ReportFormat.percent(self.containmentRate),
            ],
            ["handed off", String(self.handedOff), ReportFormat.percent(self.handoffRate)],
        ]
        for (reason, phrase) in ReportFormat.endings {
            summary.append(["ended: " + phrase, String(self.endings[reason] ?? 0), ""])
        }
        summary.append(["turns", String(self.turns), ""])
        summary.append(
            [
                "fallback turns (not understood)", String(self.fallbackTurns),
                ReportFormat.percent(self.fallbackRate),
            ])

        let csatRows = (1...5).reversed().map { score in
            let count = self.csat.counts[score - 1]
            return [
                String(score), String(count),
                ReportFormat.percent(Self.rate(count, self.csat.responses)),
            ]
        }
        let sla = self.sla
        return [
            ReportSection(
                id: "summary", title: "Conversations", rows: summary, numericColumns: [1, 2]),
            ReportSection(
                id: "handoffs", title: "Handoffs by reason (share of conversations)",
                columns: ["reason", "handoffs", "rate"],
                rows: self.handoffsByReason.map {
                    [$0.reason, String($0.handoffs), ReportFormat.percent($0.rate)]
                }, numericColumns: [1, 2]),
            ReportSection(
                id: "csat",
                title: "CSAT (responses: \(self.csat.responses), average: "
                    + ReportFormat.average(self.csat.average) + ")",
                columns: ["score", "responses", "share"], rows: csatRows, numericColumns: [1, 2]),
            ReportSection(
                id: "csat-response",
                title: "CSAT question (share of the times it was asked)",
                rows: [
                    ["asked", String(self.csat.asked), ""],
                    [
                        "rated (response rate)", String(self.csat.responses),
                        ReportFormat.percent(self.csat.responseRate),
                    ],
                    [
                        "declined", String(self.csat.declined),
                        ReportFormat.percent(self.csat.declineRate),
                    ],
                    [
                        "no response", String(self.csat.noResponse),
                        ReportFormat.percent(Self.rate(self.csat.noResponse, self.csat.asked)),
                    ],
                ], numericColumns: [1, 2]),
            ReportSection(
                id: "sla", title: "SLA (tickets handed off in the period)",
                rows: [
                    ["tickets", String(sla.tickets), ""],
                    ["accepted in time", String(sla.acceptedInTime), ""],
                    ["accepted late", String(sla.acceptedLate), ""],
                    ["abandoned before anyone accepted", String(sla.abandoned), ""],
                    ["waiting, past due", String(sla.overdue), ""],
                    ["waiting, not yet due", String(sla.waiting), ""],
                    ["SLA breaches", String(sla.breaches), ReportFormat.percent(sla.breachRate)],
                ], numericColumns: [1, 2]),
            ReportSection(
                id: "days", title: "Containment by day (UTC)",
                columns: ["day", "conversations", "contained", "rate"],
                rows: self.days.map {
                    [
                        $0.date.isoString, String($0.conversations), String($0.contained),
                        ReportFormat.percent($0.containmentRate),
                    ]
                }, numericColumns: [1, 2, 3]),
            ReportSection(
                id: "unanswered",
                title: "Top unanswered questions (fallback turns, grouped by shared terms)",
                columns: ["questions", "terms", "example"],
                rows: self.unanswered.map {
                    [
                        String($0.count),
                        // "yes" or "ok" out of place: no word the index counts.
                        $0.terms.isEmpty
                            ? "(common words only)" : $0.terms.joined(separator: " + "),
                        $0.example,
                    ]
                }, numericColumns: [0]),
        ]
    }
}
