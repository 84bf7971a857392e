import ArgumentParser

/// The `switchboard` command: run, check and test rule-based support bots.
@main
struct SwitchboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "switchboard",
        abstract: "A rule-based customer-support chatbot engine.",
        discussion: """
            Bots live in intents/<bot>/ as JSON definitions and a kb/ folder of articles. \
            With no --bot, commands use the one bot under intents/.
            """,
        version: "0.1.0",
        subcommands: [
            Chat.self, Bridge.self, Check.self, Replay.self, KB.self, Eval.self, Calibrate.self,
            Handoff.self, Report.self, Erase.self, Export.self, Purge.self,
        ],
        defaultSubcommand: nil
    )
}
