import ArgumentParser
import SwitchboardCore

extension SwitchboardCommand.Handoff {
    /// `switchboard handoff show TICKET`: one ticket with its record, events and SLA.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one ticket: the handoff record, its events and its SLA.")

        @Argument(help: "The ticket, such as TKT-7Q2M9XKD.")
        var ticket: String

        @OptionGroup var log: HandoffLogOptions

        @Flag(help: "Print the ticket as one JSON object.")
        var json = false

        func run() throws {
            let now = self.log.time
            let ledger = try self.log.ledger()
            guard let ticket = ledger.ticket(self.ticket) else {
                Console.error("\(ledger.absence(of: self.ticket))")
                throw ExitCode.failure
            }
            if self.json {
                var writer = JSONWriter()
                HandoffTicketFormat.write(ticket, now: now, full: true, to: &writer)
                Console.out(writer.text)
                return
            }
            for line in HandoffTicketFormat.page(ticket, now: now) { Console.out(line) }
        }

    }
}
