import SwitchboardCore

/// How the `handoff` commands print tickets: one text line, a text page, or JSON.
///
/// The text forms show every value read from the log with its control characters escaped
/// (`\n`, `\u{1B}`): a transcript holds what users typed, and a user's escape sequence must
/// not reach the operator's terminal, nor a newline fake a line of the page.
enum HandoffTicketFormat {
    /// `TKT-…  open  payments  high  safety  handed off …  due …  SLA …`.
    static func line(_ ticket: HandoffTicket, now: Timestamp) -> String {
        let record = ticket.record
        return [
            Self.shown(ticket.ticket), Self.pad(ticket.status.rawValue, 9),
            Self.pad(Self.shown(record.queue), 12),
            Self.pad(record.priority.rawValue, 7), Self.pad(record.reason.rawValue, 24),
            record.time.displayText, "due " + record.due.displayText, Self.sla(ticket, now: now),
        ].joined(separator: "  ")
    }

    /// Whether the SLA was met, with how late or how long is left.
    static func sla(_ ticket: HandoffTicket, now: Timestamp) -> String {
        if let late = ticket.minutesLate(at: now) {
            let waiting = ticket.slaStoppedAt == nil ? ", still waiting" : ""
            return "SLA BREACHED (\(Self.duration(minutes: late)) late\(waiting))"
        }
        if ticket.slaStoppedAt != nil { return "SLA met" }
        let left = Int(
            (ticket.due.millisecondsSince1970 - now.millisecondsSince1970) / 60_000)
        return "SLA ok (\(Self.duration(minutes: left)) left)"
    }

    /// `45m`, `3h 05m`, `2d 4h`.
    static func duration(minutes: Int) -> String {
        if minutes < 60 { return "\(minutes)m" }
        if minutes < 24 * 60 {
            let rest = minutes % 60
            return "\(minutes / 60)h " + (rest < 10 ? "0" : "") + "\(rest)m"
        }
        return "\(minutes / (24 * 60))d \(minutes % (24 * 60) / 60)h"
    }

    /// The page `handoff show` prints, every line escaped (``shown(_:)``).
    static func page(_ ticket: HandoffTicket, now: Timestamp) -> [String] {
        let record = ticket.record
        var lines = [
            "ticket      \(ticket.ticket)  (line \(ticket.line))",
            "status      \(ticket.status.rawValue)"
                + (ticket.agent.map { " (\($0))" } ?? ""),
            "queue       \(record.queue), \(record.priority.rawValue) priority",
            "reason      \(record.reason.rawValue)",
            "handed off  \(record.time.displayText)",
            "due         \(record.due.displayText)  \(Self.sla(ticket, now: now))",
            "session     \(record.session)"
                + (record.user.map { "  user \($0)" } ?? ""),
            "bot         \(record.bot)  \(record.botHash)",
        ]
        let position = [
            record.intent.map { "intent \($0)" },
            record.flow.map { "flow \($0)" },
            record.state.map { "state \($0)" },
        ].compactMap { $0 }
        if !position.isEmpty { lines.append("where       " + position.joined(separator: ", ")) }
        if let interrupted = record.interrupted {
            lines.append("interrupted \(interrupted)")
        }
        if let sop = record.sop {
            let parts = [
                sop.owner, sop.policy, sop.version.map { "version \($0)" },
                sop.reviewed.map { "reviewed \($0)" },
            ].compactMap { $0 }
            lines.append("sop         " + parts.joined(separator: ", "))
        }
        for (label, values) in [("slots       ", record.slots), ("context     ", record.context)]
        where !values.isEmpty {
            lines.append(
                label
                    + values.keys.sorted().map { "\($0)=\(values[$0] ?? "")" }.joined(
                        separator: ", "))
        }
        if !record.articles.isEmpty {
            lines.append("articles    " + record.articles.joined(separator: ", "))
        }
        lines.append("events")
        lines.append("  \(record.time.displayText)  handoff")
        for event in ticket.events {
            var text = "  \(event.time.displayText)  \(event.kind.rawValue)"
            if let agent = event.agent { text += " by \(agent)" }
            if let note = event.note { text += ": \(note)" }
            lines.append(text)
        }
        lines.append("transcript")
        for entry in record.transcript {
            lines.append("  \(entry.speaker.rawValue)> \(entry.text)")
        }
        return lines.map(Self.shown)
    }

    /// Text holding values read from the log, kept on one line and harmless to a terminal.
    private static func shown(_ value: String) -> String {
        value.escapingControlCharacters()
    }

    /// The ticket's summary as a JSON object; with `full`, also the record and the events.
    static func write(
        _ ticket: HandoffTicket, now: Timestamp, full: Bool, to writer: inout JSONWriter
    ) {
        let record = ticket.record
        writer.beginObject()
        for (key, value) in [
            ("ticket", ticket.ticket), ("status", ticket.status.rawValue),
            ("queue", record.queue), ("priority", record.priority.rawValue),
            ("reason", record.reason.rawValue), ("time", record.time.isoString),
            ("due", record.due.isoString), ("session", record.session),
        ] {
            writer.key(key)
            writer.string(value)
        }
        for (key, value) in [
            ("user", record.user), ("acceptedAt", ticket.acceptedAt?.isoString),
            ("resolvedAt", ticket.resolvedAt?.isoString),
            ("abandonedAt", ticket.abandonedAt?.isoString), ("agent", ticket.agent),
        ] {
            writer.key(key)
            if let value { writer.string(value) } else { writer.null() }
        }
        writer.key("slaBreached")
        writer.bool(ticket.isBreached(at: now))
        writer.key("minutesLate")
        if let late = ticket.minutesLate(at: now) { writer.number(late) } else { writer.null() }
        writer.key("line")
        writer.number(ticket.line)
        if full {
            writer.key("record")
            record.write(to: &writer)
            writer.key("events")
            writer.beginArray()
            for event in ticket.events {
                writer.beginObject()
                writer.key("event")
                writer.string(event.kind.rawValue)
                writer.key("time")
                writer.string(event.time.isoString)
                writer.key("agent")
                if let agent = event.agent { writer.string(agent) } else { writer.null() }
                writer.key("note")
                if let note = event.note { writer.string(note) } else { writer.null() }
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
