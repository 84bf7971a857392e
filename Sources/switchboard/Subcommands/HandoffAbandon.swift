import ArgumentParser
import SwitchboardCore

extension SwitchboardCommand.Handoff {
    /// `switchboard handoff abandon TICKET`: appends an `abandoned` event.
    struct Abandon: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Record that a ticket was closed without a resolution (the user left, a duplicate)."
        )

        @OptionGroup var options: HandoffEventOptions

        func run() throws {
            try self.options.record(.abandoned)
        }
    }
}
