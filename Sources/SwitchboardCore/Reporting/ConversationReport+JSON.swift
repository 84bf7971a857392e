extension ConversationReport {
    /// The report as JSON with stable keys in a fixed order (see docs/operations.md).
    ///
    /// Rates are fractions rounded to four decimals, `null` when their denominator is 0;
    /// times are ISO 8601 UTC.
    public func json(pretty: Bool = true) -> String {
        var writer = JSONWriter(pretty: pretty)
        writer.beginObject()
        writer.key("bot")
        Self.optional(self.filter.bot, &writer)
        writer.key("since")
        Self.optional(self.filter.since?.isoString, &writer)
        writer.key("until")
        Self.optional(self.filter.until?.isoString, &writer)
        writer.key("asOf")
        writer.string(self.asOf.isoString)
        writer.key("conversations")
        writer.number(self.conversations)
        writer.key("contained")
        writer.number(self.contained)
        writer.key("handedOff")
        writer.number(self.handedOff)
        writer.key("containmentRate")
        Self.rate(self.containmentRate, &writer)
        writer.key("handoffRate")
        Self.rate(self.handoffRate, &writer)
        writer.key("endings")
        writer.beginObject()
        for (reason, _) in ReportFormat.endings {
            writer.key(reason?.rawValue ?? "none")
            writer.number(self.endings[reason] ?? 0)
        }
        writer.endObject()
        writer.key("handoffs")
        writer.number(self.handoffs)
        writer.key("handoffsByReason")
        writer.beginArray()
        for figure in self.handoffsByReason {
            writer.beginObject()
            writer.key("reason")
            writer.string(figure.reason)
            writer.key("handoffs")
            writer.number(figure.handoffs)
            writer.key("rate")
            Self.rate(figure.rate, &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.key("turns")
        writer.number(self.turns)
        writer.key("fallbackTurns")
        writer.number(self.fallbackTurns)
        writer.key("fallbackRate")
        Self.rate(self.fallbackRate, &writer)
        self.writeCSAT(&writer)
        self.writeSLA(&writer)
        writer.key("days")
        writer.beginArray()
        for day in self.days {
            writer.beginObject()
            writer.key("date")
            writer.string(day.date.isoString)
            writer.key("conversations")
            writer.number(day.conversations)
            writer.key("contained")
            writer.number(day.contained)
            writer.key("containmentRate")
            Self.rate(day.containmentRate, &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.key("unanswered")
        writer.beginArray()
        for group in self.unanswered {
            writer.beginObject()
            writer.key("terms")
            writer.beginArray()
            for term in group.terms { writer.string(term) }
            writer.endArray()
            writer.key("count")
            writer.number(group.count)
            writer.key("example")
            writer.string(group.example)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.text
    }

    private func writeCSAT(_ writer: inout JSONWriter) {
        writer.key("csat")
        writer.beginObject()
        writer.key("responses")
        writer.number(self.csat.responses)
        writer.key("average")
        Self.rate(self.csat.average, &writer)
        writer.key("distribution")
        writer.beginObject()
        for score in 1...5 {
            writer.key(String(score))
            writer.number(self.csat.counts[score - 1])
        }
        writer.endObject()
        writer.key("asked")
        writer.number(self.csat.asked)
        writer.key("declined")
        writer.number(self.csat.declined)
        writer.key("noResponse")
        writer.number(self.csat.noResponse)
        writer.key("responseRate")
        Self.rate(self.csat.responseRate, &writer)
        writer.key("declineRate")
        Self.rate(self.csat.declineRate, &writer)
        writer.endObject()
    }

    private func writeSLA(_ writer: inout JSONWriter) {
        let sla = self.sla
        writer.key("sla")
        writer.beginObject()
        for (key, value) in [
            ("tickets", sla.tickets), ("acceptedInTime", sla.acceptedInTime),
            ("acceptedLate", sla.acceptedLate), ("abandoned", sla.abandoned),
            ("overdue", sla.overdue), ("waiting", sla.waiting), ("breaches", sla.breaches),
        ] {
            writer.key(key)
            writer.number(value)
        }
        writer.key("breachRate")
        Self.rate(sla.breachRate, &writer)
        writer.endObject()
    }

    private static func optional(_ value: String?, _ writer: inout JSONWriter) {
        if let value { writer.string(value) } else { writer.null() }
    }

    /// A fraction (or average) rounded to four decimals, or `null`.
    private static func rate(_ value: Double?, _ writer: inout JSONWriter) {
        guard let value else {
            writer.null()
            return
        }
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            writer.number(Int(rounded))
        } else {
            writer.number(rounded)
        }
    }
}
