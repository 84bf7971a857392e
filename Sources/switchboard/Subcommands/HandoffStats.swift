import ArgumentParser
import SwitchboardCore

extension SwitchboardCommand.Handoff {
    /// `switchboard handoff stats`: counts, median times and SLA breaches.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Count tickets by queue, priority, reason and status; median times to accept and "
                + "resolve; SLA breaches.")

        @OptionGroup var log: HandoffLogOptions

        @Flag(help: "Print the figures as one JSON object.")
        var json = false

        func run() throws {
            let stats = HandoffStats(tickets: try self.log.ledger().tickets, now: self.log.time)
            let queues = stats.byQueue.keys.sorted()
            let reasons = HandoffReason.allCases.filter { stats.byReason[$0] != nil }
            if self.json {
                var writer = JSONWriter()
                writer.beginObject()
                writer.key("now")
                writer.string(stats.now.isoString)
                writer.key("tickets")
                writer.number(stats.tickets)
                Self.counts(
                    "byStatus", HandoffStatus.allCases.map { ($0.rawValue, stats.byStatus[$0]) },
                    &writer)
                Self.counts("byQueue", queues.map { ($0, stats.byQueue[$0]) }, &writer)
                Self.counts(
                    "byPriority",
                    HandoffPriority.allCases.map { ($0.rawValue, stats.byPriority[$0]) }, &writer)
                Self.counts("byReason", reasons.map { ($0.rawValue, stats.byReason[$0]) }, &writer)
                writer.key("slaBreaches")
                writer.number(stats.slaBreaches)
                writer.key("openPastDue")
                writer.number(stats.openPastDue)
                Self.counts(
                    "slaBreachesByQueue", queues.map { ($0, stats.slaBreachesByQueue[$0]) },
                    &writer)
                for (key, value) in [
                    ("medianSecondsToAccept", stats.medianSecondsToAccept),
                    ("medianSecondsToResolve", stats.medianSecondsToResolve),
                ] {
                    writer.key(key)
                    if let value { writer.number(value) } else { writer.null() }
                }
                writer.endObject()
                Console.out(writer.text)
                return
            }
            func list(_ pairs: [(String, Int?)]) -> String {
                // Queue names come from the log: escaped, like everything `list` and `show`
                // print from it.
                let shown = pairs.compactMap { name, count in
                    count.map { "\(name.escapingControlCharacters()) \($0)" }
                }
                return shown.isEmpty ? "none" : shown.joined(separator: ", ")
            }
            func median(_ seconds: Double?) -> String {
                guard let seconds else { return "none yet" }
                if seconds < 60 { return "\(Int(seconds))s" }
                return HandoffTicketFormat.duration(minutes: Int(seconds / 60))
            }
            func row(_ label: String, _ value: String) {
                let padding = String(repeating: " ", count: max(1, 24 - label.count))
                Console.out(label + padding + value)
            }
            row(
                "tickets:",
                "\(stats.tickets) ("
                    + list(HandoffStatus.allCases.map { ($0.rawValue, stats.byStatus[$0] ?? 0) })
                    + ")")
            row("by queue:", list(queues.map { ($0, stats.byQueue[$0]) }))
            row(
                "by priority:",
                list(HandoffPriority.allCases.map { ($0.rawValue, stats.byPriority[$0]) }))
            row("by reason:", list(reasons.map { ($0.rawValue, stats.byReason[$0]) }))
            row("median time to accept:", median(stats.medianSecondsToAccept))
            row("median time to resolve:", median(stats.medianSecondsToResolve))
            row(
                "SLA breaches:",
                "\(stats.slaBreaches) (\(stats.openPastDue) still waiting)"
                    + (stats.slaBreaches > 0
                        ? "; " + list(queues.map { ($0, stats.slaBreachesByQueue[$0] ?? 0) })
                        : ""))
        }

        private static func counts(
            _ key: String, _ pairs: [(String, Int?)], _ writer: inout JSONWriter
        ) {
            writer.key(key)
            writer.beginObject()
            for (name, count) in pairs {
                writer.key(name)
                writer.number(count ?? 0)
            }
            writer.endObject()
        }
    }
}
