import ArgumentParser
import SwitchboardCore

/// The arguments of `handoff accept|resolve|abandon`, and recording the event.
struct HandoffEventOptions: ParsableArguments {
    @Argument(help: "The ticket, such as TKT-7Q2M9XKD.")
    var ticket: String

    @OptionGroup var log: HandoffLogOptions

    @Option(help: "Who did it: a staff handle, not an email (personal data is masked).")
    var agent: String?

    @Option(help: "A short note for the team (personal data is masked).")
    var note: String?

    func validate() throws {
        if self.ticket.isEmpty { throw ValidationError("Give a ticket, such as TKT-7Q2M9XKD.") }
        if let agent = self.agent, agent.isEmpty { throw ValidationError("--agent is empty") }
        if let note = self.note, note.utf8.count > 2000 {
            throw ValidationError("--note is longer than 2000 bytes; keep notes short")
        }
    }

    /// Appends the event if the ticket's status allows it; prints the outcome, or the reason
    /// on standard error and exits 1.
    func record(_ kind: HandoffEventKind) throws {
        let now = self.log.time
        let event = HandoffEvent(
            kind, ticket: self.ticket, time: now, agent: self.agent, note: self.note)
        let store = self.log.store
        do throws(HandoffLifecycleError) {
            let ticket = try store.record(event)
            var text = "\(ticket.ticket) \(kind.rawValue)"
            if let agent = event.agent { text += " by \(agent)" }
            text += " at \(now.displayText); " + HandoffTicketFormat.sla(ticket, now: now)
            Console.out(text)
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
    }
}
