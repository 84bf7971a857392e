import ArgumentParser

extension SwitchboardCommand {
    /// `switchboard handoff`: the handoff log, as the human team works it.
    struct Handoff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Work the handoff log: record what people did, list, show and count tickets.",
            discussion: """
                Lifecycle commands append an event line to the log (--handoff-log, default \
                ./handoff.jsonl) after checking that it follows from the ticket's status: \
                open -> accepted or abandoned; accepted -> resolved or abandoned. A ticket \
                breaches its SLA when nobody accepted it by its due time. Lines of the log that \
                cannot be used (torn, garbage) are reported on standard error as file:line: \
                reason and skipped.
                """,
            subcommands: [
                Accept.self, Resolve.self, Abandon.self, List.self, Show.self, Stats.self,
                Soak.self,
            ]
        )
    }
}
