import ArgumentParser
import SwitchboardCore

extension SwitchboardCommand.Handoff {
    /// `switchboard handoff accept TICKET`: appends an `accepted` event.
    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a person accepted a ticket (the SLA's first response).")

        @OptionGroup var options: HandoffEventOptions

        func run() throws {
            try self.options.record(.accepted)
        }
    }
}
