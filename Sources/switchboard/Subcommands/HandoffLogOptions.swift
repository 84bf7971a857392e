import ArgumentParser
import SwitchboardCore

/// The options of the `handoff` commands: the log, and the time to judge SLAs at.
struct HandoffLogOptions: ParsableArguments {
    @OptionGroup var handoff: HandoffOptions

    @Option(
        help: ArgumentHelp(
            "The time to record events at and judge SLAs by (default: now).",
            valueName: "ISO-TIME"))
    var now: String?

    func validate() throws {
        if let now = self.now, Timestamp(iso: now) == nil {
            throw ValidationError(
                "--now takes a UTC time such as 2026-11-27T10:00:00Z, not '\(now)'")
        }
    }

    /// `--now`, or the system clock.
    var time: Timestamp {
        self.now.flatMap(Timestamp.init(iso:)) ?? SystemClock().now()
    }

    /// The log.
    var store: FileHandoffStore { FileHandoffStore(path: self.handoff.handoffLog) }

    /// The log's tickets, with skipped lines reported on standard error.
    ///
    /// Each line that was skipped (torn, garbage, inconsistent) is reported as
    /// `warning: file:line: reason`; a log that is not there is said to be missing (it holds
    /// no tickets, but the path may be mistyped). A log that cannot be read exits 1.
    func ledger() throws -> HandoffLedger {
        if !FileSystem.exists(self.handoff.handoffLog) {
            Console.warning("no handoff log at \(self.handoff.handoffLog): no tickets")
        }
        do throws(HandoffStoreError) {
            let ledger = try self.store.ledger()
            Self.report(ledger.problems)
            return ledger
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
    }

    /// Prints skipped lines on standard error.
    static func report(_ problems: [JSONLinesProblem]) {
        for problem in problems { Console.warning("\(problem)") }
    }
}
