import ArgumentParser
import SwitchboardCore

extension SwitchboardCommand.Handoff {
    /// `switchboard handoff list`: the tickets, oldest first, with status and SLA.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List tickets with status, queue, priority, reason, due time and SLA.")

        @OptionGroup var log: HandoffLogOptions

        @Flag(help: "Only tickets waiting for a person (status open).")
        var open = false

        @Option(help: "Only tickets of this queue.")
        var queue: String?

        @Flag(help: "Print one JSON object with a tickets array.")
        var json = false

        func run() throws {
            let now = self.log.time
            let tickets = try self.log.ledger().tickets.filter {
                (!self.open || $0.status == .open)
                    && (self.queue == nil || $0.record.queue == self.queue)
            }
            if self.json {
                var writer = JSONWriter()
                writer.beginObject()
                writer.key("now")
                writer.string(now.isoString)
                writer.key("tickets")
                writer.beginArray()
                for ticket in tickets {
                    HandoffTicketFormat.write(ticket, now: now, full: false, to: &writer)
                }
                writer.endArray()
                writer.endObject()
                Console.out(writer.text)
                return
            }
            guard !tickets.isEmpty else {
                Console.out(self.open ? "No open tickets." : "No tickets.")
                return
            }
            for ticket in tickets { Console.out(HandoffTicketFormat.line(ticket, now: now)) }
        }
    }
}
