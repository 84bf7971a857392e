import ArgumentParser
import SwitchboardCore

extension SwitchboardCommand.Handoff {
    /// `switchboard handoff soak` (hidden): appends synthetic records as fast as it can and
    /// prints each ticket once its append returned (durable), for crash and concurrency tests.
    struct Soak: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Append synthetic handoff records, printing each ticket once it is durable.",
            shouldDisplay: false)

        @OptionGroup var handoff: HandoffOptions

        @Option(help: "Tickets are TKT-<prefix><number>.")
        var prefix: String = "S"

        @Option(help: "The first number.")
        var start: Int = 0

        @Option(help: "How many records to append (default: until killed).")
        var count: Int = Int.max

        @Option(help: "Bytes of transcript text per record, to make each write larger.")
        var size: Int = 2000

        func validate() throws {
            if self.count < 1 { throw ValidationError("--count must be at least 1") }
            if self.size < 0 || self.size > 1_000_000 {
                throw ValidationError("--size must be from 0 to 1000000")
            }
        }

        func run() throws {
            let store = FileHandoffStore(path: self.handoff.handoffLog)
            var number = self.start
            var appended = 0
            while appended < self.count {
                let record = Self.record(prefix: self.prefix, number: number, size: self.size)
                do throws(HandoffStoreError) {
                    try store.appendLine(record.jsonLine())
                } catch {
                    Console.error("\(error)")
                    throw ExitCode.failure
                }
                Console.out(record.ticket)
                number += 1
                appended += 1
            }
        }

        /// The record numbered `number`: every field follows from the prefix and the number.
        static func record(prefix: String, number: Int, size: Int) -> HandoffRecord {
            let time = Timestamp(millisecondsSince1970: 1_795_773_600_000 + Int64(number) * 1000)
            let unit = "\(prefix)\(number) "
            let filler = String(repeating: unit, count: size / unit.utf8.count + 1)
            return HandoffRecord(
                ticket: "TKT-\(prefix)\(number)", time: time, session: "soak-\(prefix)-\(number)",
                user: "soak-user", bot: "soak", botHash: "sha256:soak", queue: "general",
                priority: .normal, reason: .userRequest, due: time.adding(minutes: 60),
                intent: nil, flow: nil, state: nil, sop: nil, slots: [:], articles: [],
                transcript: [
                    HistoryEntry(speaker: .user, text: String(filler.utf8.prefix(size)) ?? ""),
                    HistoryEntry(speaker: .bot, text: "end \(prefix)\(number)"),
                ])
        }
    }
}
