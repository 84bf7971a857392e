import SwitchboardCore
import SwitchboardTesting
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Crash and concurrency tests of the handoff log, with real processes: the hidden
/// `switchboard handoff soak` appends synthetic records and prints each ticket once its append
/// returned (after `fsync`), so every printed ticket is a promise the log must keep.
@Suite(.serialized) struct HandoffDurabilityTests {
    /// Starts a writer appending records `TKT-<prefix><n>` with `size` bytes of transcript.
    static func writer(
        log: String, prefix: String, size: Int, count: Int? = nil
    ) throws -> PipedProcess {
        var arguments = [
            "handoff", "soak", "--handoff-log", log, "--prefix", prefix, "--size", "\(size)",
        ]
        if let count { arguments += ["--count", "\(count)"] }
        return try PipedProcess(ProcessRunner.switchboardExecutable, arguments)
    }

    /// Checks that the ticket's record is whole: every field the writer derived from its
    /// prefix and number is there.
    static func expectIntact(_ ticket: HandoffTicket, prefix: String, number: Int, size: Int) {
        let record = ticket.record
        #expect(record.session == "soak-\(prefix)-\(number)")
        #expect(record.transcript.count == 2)
        #expect(record.transcript.first?.text.utf8.count == size)
        #expect(record.transcript.first?.text.hasPrefix("\(prefix)\(number) ") == true)
        #expect(record.transcript.last?.text == "end \(prefix)\(number)")
    }

    @Test func writersKilledAtRandomPointsLoseNoAcknowledgedRecord() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = directory.url("handoff.jsonl")
        var random = SplitMix64(seed: 0x5EED_2026_1127)
        var acknowledged: [(ticket: String, prefix: String, number: Int, size: Int)] = []
        var tornTails = 0
        let rounds = 55
        for round in 0..<rounds {
            let prefix = "R\(round)N"
            let size = 64 + Int(random.next() % 24_000)
            let writer = try Self.writer(log: log, prefix: prefix, size: size)
            // Let it acknowledge a random number of records, then kill it a random number of
            // microseconds later: inside a write, an fsync, or between them.
            let wanted = Int(random.next() % 12)
            for _ in 0..<wanted {
                guard let line = writer.readLine(seconds: 20) else { break }
                acknowledged.append((line, prefix, acknowledged.count, size))
            }
            usleep(useconds_t(random.next() % 4000))
            writer.send(signal: SIGKILL)
            #expect(writer.wait() == 128 + SIGKILL)
            // Tickets it printed before it died were durable before they were printed. They
            // are in the pipe already: don't wait for its end, which another test's child
            // (spawned meanwhile, inheriting the pipe) may hold open.
            while let line = writer.readLine(seconds: 0) {
                acknowledged.append((line, prefix, 0, size))
            }
            // Every tenth round, leave a torn record at the end, as a power cut mid-write
            // would (a record never acknowledged): the next writer must start a new line.
            if round % 10 == 9 {
                let torn = HandoffRecord(
                    ticket: "TKT-TORN\(round)", time: Timestamp(millisecondsSince1970: 0),
                    session: "torn", user: nil, bot: "soak", botHash: "", queue: "general",
                    priority: .normal, reason: .userRequest,
                    due: Timestamp(millisecondsSince1970: 0), intent: nil, flow: nil, state: nil,
                    sop: nil, slots: [:], articles: [], transcript: []
                ).jsonLine()
                let cut = 1 + Int(random.next() % UInt64(torn.utf8.count - 2))
                let descriptor = open(log, O_WRONLY | O_APPEND)
                try #require(descriptor >= 0)
                try FileSystem.writeAll(Array(torn.utf8.prefix(cut)), to: descriptor, path: log)
                close(descriptor)
                tornTails += 1
            }
        }
        // Numbers: the writer numbers from 0 within its round, in order.
        var numbers: [String: Int] = [:]
        for index in acknowledged.indices {
            let prefix = acknowledged[index].prefix
            acknowledged[index].number = numbers[prefix, default: 0]
            numbers[prefix, default: 0] += 1
        }

        let ledger = try FileHandoffStore(path: log).ledger()
        #expect(acknowledged.count >= 2 * rounds)
        for entry in acknowledged {
            #expect(entry.ticket == "TKT-\(entry.prefix)\(entry.number)")
            guard let ticket = ledger.ticket(entry.ticket) else {
                Issue.record("acknowledged \(entry.ticket) is not in the log")
                continue
            }
            Self.expectIntact(ticket, prefix: entry.prefix, number: entry.number, size: entry.size)
        }
        // The only unusable lines are torn records, never acknowledged: the ones this test
        // left, and any a killed writer left (a fatal signal can cut a write of several pages
        // short). A record written but not yet printed when its writer died may be there,
        // whole, as well. (The last round's torn record is still the file's last line.)
        #expect(ledger.problems.count >= tornTails)
        #expect(ledger.problems.count <= tornTails + rounds)
        #expect(
            ledger.problems.allSatisfy {
                $0.reason.hasPrefix("not a complete JSON object") || $0.isTornTail
            })
        #expect(ledger.tickets.count >= acknowledged.count)
        #expect(ledger.tickets.count <= acknowledged.count + rounds)

        // The log stays usable: one more append reads back after the torn lines.
        let last = try Self.writer(log: log, prefix: "LAST", size: 10, count: 1)
        #expect(last.readLine(seconds: 20) == "TKT-LAST0")
        #expect(last.wait() == 0)
        let after = try FileHandoffStore(path: log).ledger()
        #expect(after.ticket("TKT-LAST0") != nil)
        #expect(after.problems.map(\.line) == ledger.problems.map(\.line))
        #expect(after.problems.allSatisfy { $0.reason.hasPrefix("not a complete JSON object") })
    }

    @Test func twoWritersAppendingAtOnceLoseNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = directory.url("handoff.jsonl")
        let count = 300
        let writers = try ["A", "B"].map {
            try Self.writer(log: log, prefix: $0, size: 3000, count: count)
        }
        var printed: [[String]] = [[], []]
        for (index, writer) in writers.enumerated() {
            for _ in 0..<count {
                guard let line = writer.readLine(seconds: 30) else { break }
                printed[index].append(line)
            }
            #expect(writer.wait() == 0)
        }
        #expect(printed[0] == (0..<count).map { "TKT-A\($0)" })
        #expect(printed[1] == (0..<count).map { "TKT-B\($0)" })

        let text = try directory.read("handoff.jsonl")
        #expect(
            text.split(separator: "\n", omittingEmptySubsequences: false).count == 2 * count + 1)
        let ledger = try FileHandoffStore(path: log).ledger()
        #expect(ledger.problems.isEmpty)
        #expect(ledger.tickets.count == 2 * count)
        for prefix in ["A", "B"] {
            let mine = ledger.tickets.filter { $0.ticket.hasPrefix("TKT-\(prefix)") }
            #expect(mine.map(\.ticket) == (0..<count).map { "TKT-\(prefix)\($0)" })
            for (number, ticket) in mine.enumerated() {
                Self.expectIntact(ticket, prefix: prefix, number: number, size: 3000)
            }
        }
    }

    @Test func rewritesWhileAWriterAppendsLoseNoAppend() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = directory.url("handoff.jsonl")
        let file = JSONLinesFile(path: log)
        let store = FileHandoffStore(path: log)
        for number in 0..<10 {
            try store.appendLine(
                HandoffRecord(
                    ticket: "TKT-E\(number)", time: Timestamp(millisecondsSince1970: 0),
                    session: "erase-me", user: "erase-me", bot: "soak", botHash: "",
                    queue: "general", priority: .normal, reason: .userRequest,
                    due: Timestamp(millisecondsSince1970: 0), intent: nil, flow: nil, state: nil,
                    sop: nil, slots: [:], articles: [], transcript: []
                ).jsonLine())
        }
        let count = 400
        let writer = try Self.writer(log: log, prefix: "W", size: 500, count: count)
        var printed: [String] = []
        var rewrites = 0
        var inodes: Set<UInt64> = []
        // Rewrite (dropping the erased user's lines) after every 20 acknowledgements.
        for _ in 0..<count {
            guard let line = writer.readLine(seconds: 30) else { break }
            printed.append(line)
            if printed.count % 20 == 0 {
                let result = try file.rewrite { $0.string("user") != "erase-me" }
                #expect(result.keptUnreadable.isEmpty && result.droppedUnreadable.isEmpty)
                rewrites += 1
                var info = stat()
                if stat(log, &info) == 0 { inodes.insert(UInt64(info.st_ino)) }
            }
        }
        #expect(writer.wait() == 0)
        #expect(printed.count == count)
        #expect(rewrites == count / 20)
        #expect(inodes.count > 1)
        let ledger = try store.ledger()
        #expect(ledger.problems.isEmpty)
        #expect(ledger.tickets.map(\.ticket) == (0..<count).map { "TKT-W\($0)" })
    }
}
