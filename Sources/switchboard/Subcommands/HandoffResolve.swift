import ArgumentParser
import SwitchboardCore

extension SwitchboardCommand.Handoff {
    /// `switchboard handoff resolve TICKET`: appends an `resolved` event.
    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a person resolved an accepted ticket.")

        @OptionGroup var options: HandoffEventOptions

        func run() throws {
            try self.options.record(.resolved)
        }
    }
}
