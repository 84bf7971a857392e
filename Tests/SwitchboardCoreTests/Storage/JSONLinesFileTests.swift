import SwitchboardTesting
import Testing

@testable import SwitchboardCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct JSONLinesFileTests {
    @Test func appendedLinesReadBackWithTheirNumbers() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = JSONLinesFile(path: directory.url("log.jsonl"))
        try file.append(#"{"n":1}"#)
        try file.append([#"{"n":2,"s":"ünï ✓"}"#, #"{"n":3}"#])
        let contents = try file.read()
        #expect(contents.problems.isEmpty)
        #expect(contents.lines.map(\.number) == [1, 2, 3])
        #expect(contents.lines.map(\.text) == [#"{"n":1}"#, #"{"n":2,"s":"ünï ✓"}"#, #"{"n":3}"#])
        #expect(contents.lines[1].string("s") == "ünï ✓")
        #expect(
            try directory.read("log.jsonl") == "{\"n\":1}\n{\"n\":2,\"s\":\"ünï ✓\"}\n{\"n\":3}\n")
    }

    @Test func aCreatedFileIsReadableByItsOwnerOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try JSONLinesFile(path: directory.url("log.jsonl")).append("{}")
        var info = stat()
        #expect(stat(directory.url("log.jsonl"), &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test func aMissingFileReadsAsEmptyAndIsNotCreated() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = JSONLinesFile(path: directory.url("none.jsonl"))
        #expect(try file.read() == JSONLinesContents())
        let rewrite = try file.rewrite { _ in true }
        #expect(!rewrite.fileExisted)
        #expect(!FileSystem.exists(directory.url("none.jsonl")))
    }

    @Test func aTornTailIsReportedAndTheNextAppendStartsOnANewLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("log.jsonl", "{\"n\":1}\n{\"n\":2,\"te")
        let file = JSONLinesFile(path: directory.url("log.jsonl"))

        let before = try file.read()
        #expect(before.lines.map(\.text) == [#"{"n":1}"#])
        #expect(before.problems.count == 1)
        #expect(before.problems.first?.line == 2)
        #expect(before.problems.first?.isTornTail == true)
        #expect(
            before.problems.first?.description.hasPrefix(
                directory.url("log.jsonl")
                    + ":2: torn last line (no newline at the end of the file)")
                == true)

        try file.append(#"{"n":3}"#)
        #expect(try directory.read("log.jsonl") == "{\"n\":1}\n{\"n\":2,\"te\n{\"n\":3}\n")
        let after = try file.read()
        #expect(after.lines.map(\.number) == [1, 3])
        #expect(after.lines.last?.text == #"{"n":3}"#)
        #expect(after.problems.map(\.line) == [2])
        #expect(after.problems.first?.isTornTail == false)
    }

    @Test func aCompleteLastLineWithoutNewlineIsAccepted() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("log.jsonl", "{\"n\":1}\n{\"n\":2}")
        let file = JSONLinesFile(path: directory.url("log.jsonl"))
        #expect(try file.read().lines.map(\.text) == [#"{"n":1}"#, #"{"n":2}"#])
        try file.append(#"{"n":3}"#)
        #expect(try file.read().lines.map(\.number) == [1, 2, 3])
    }

    @Test func garbageLinesAreReportedWithTheirNumbersAndLaterLinesStillRead() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(
            "log.jsonl",
            "{\"n\":1}\nnot json\n\n[1,2]\n{\"n\":2}\n\u{0}\u{0}\u{0}\n{\"n\":3}\n")
        try directory.write(
            "bad-utf8.jsonl",
            bytes: Array("{\"n\":1}\n{\"s\":\"".utf8) + [0xFF, 0xFE]
                + Array("\"}\n{\"n\":2}\n".utf8))
        let contents = try JSONLinesFile(path: directory.url("log.jsonl")).read()
        #expect(contents.lines.map(\.number) == [1, 5, 7])
        #expect(contents.problems.map(\.line) == [2, 4, 6])
        #expect(contents.problems.allSatisfy { !$0.isTornTail })
        #expect(
            contents.problems[1].reason
                == "not a complete JSON object, skipped: not a JSON object but an array")
        let utf8 = try JSONLinesFile(path: directory.url("bad-utf8.jsonl")).read()
        #expect(utf8.lines.map(\.number) == [1, 3])
        #expect(utf8.problems.map(\.line) == [2])
    }

    /// A line whose object has a key twice, at any depth, is not a line but a problem that
    /// names the key and both columns; it is handed to `unreadable` with its bytes and kept
    /// byte for byte by a rewrite, and the lines after it read normally.
    @Test func aLineWithARepeatedKeyIsUnreadableAndSaysWhere() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let top = #"{"event":"opened","user":"u-2","n":1,"user":"u-1009"}"#
        let nested = #"{"event":"turn","slots":{"a":"x","b":"y","a":"z"},"user":"u-1"}"#
        let thrice = #"{"k":1,"t":[{"k":1}],"k":2,"k":3}"#
        let sameValue = #"{"user":"u-1","user":"u-1"}"#
        let lines = [#"{"n":1}"#, top, nested, thrice, sameValue, #"{"n":2,"m":{"n":3}}"#]
        try directory.write("log.jsonl", lines.joined(separator: "\n") + "\n")
        let file = JSONLinesFile(path: directory.url("log.jsonl"))
        let contents = try file.read()
        #expect(contents.lines.map(\.number) == [1, 6])
        #expect(
            contents.problems.map(\.description) == [
                #"\#(file.path):2: "user" appears twice (first at column 19, again at column 38), skipped"#,
                #"\#(file.path):3: "slots.a" appears twice (first at column 26, again at column 42), skipped"#,
                #"\#(file.path):4: "k" appears 3 times (first at column 2, again at column 22), skipped"#,
                #"\#(file.path):5: "user" appears twice (first at column 2, again at column 15), skipped"#,
            ])
        #expect(contents.problems.allSatisfy { !$0.isTornTail })
        var unreadable: [String] = []
        try file.forEachLine(
            { _ in },
            unreadable: { unreadable.append(String(decoding: $0.bytes, as: UTF8.self)) })
        #expect(unreadable == [top, nested, thrice, sameValue])
        // The last line without a newline: a complete object, unreadable all the same.
        try directory.write("last.jsonl", #"{"n":1}"# + "\n" + top)
        let last = try JSONLinesFile(path: directory.url("last.jsonl")).read()
        #expect(last.lines.map(\.number) == [1])
        #expect(last.problems.map(\.line) == [2])
        #expect(last.problems.first?.isTornTail == false)
        #expect(last.problems.first?.reason.hasPrefix(#""user" appears twice"#) == true)
        let result = try file.rewrite { _ in true }
        #expect(result.keptUnreadable.map(\.line) == [2, 3, 4, 5])
        #expect(try directory.read("log.jsonl") == lines.joined(separator: "\n") + "\n")
    }

    @Test func aLineWithANewlineIsRefusedAndNothingIsWritten() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = JSONLinesFile(path: directory.url("log.jsonl"))
        try file.append(#"{"n":1}"#)
        let error = #expect(throws: StorageError.self) {
            try file.append([#"{"n":2}"#, "{\"n\":\n3}"])
        }
        #expect(error?.operation == .write)
        #expect(try directory.read("log.jsonl") == "{\"n\":1}\n")
    }

    @Test func rewriteKeepsChosenLinesAndBrokenOnesByteForByte() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url("log.jsonl")
        try directory.write(
            "log.jsonl",
            """
            {"user":"a", "n" : 1}
            {"user":"b","n":2}
            garbage
            {"event":"accepted","ticket":"T-B"}
            {"user":"a","n":3}
            {"user":"b","ticket":"T-B"
            """)
        chmod(path, 0o640)
        let file = JSONLinesFile(path: path)
        var droppedTickets: Set<String> = []
        var seen: [Int] = []
        let result = try file.rewrite { line in
            seen.append(line.number)
            if line.string("user") == "b" {
                if let ticket = line.string("ticket") { droppedTickets.insert(ticket) }
                return false
            }
            return true
        }
        #expect(seen == [1, 2, 4, 5])
        #expect(result.kept == 3)
        #expect(result.dropped == 1)
        // Lines that cannot be read are kept by default; the torn one is ended with a newline.
        #expect(result.keptUnreadable.map(\.line) == [3, 6])
        #expect(result.droppedUnreadable.isEmpty)
        #expect(result.fileExisted)
        #expect(
            try directory.read("log.jsonl")
                == "{\"user\":\"a\", \"n\" : 1}\ngarbage\n{\"event\":\"accepted\",\"ticket\":\"T-B\"}\n{\"user\":\"a\",\"n\":3}\n{\"user\":\"b\",\"ticket\":\"T-B\"\n"
        )
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o640)
        #expect(try FileSystem.entries(of: directory.path) == ["log.jsonl"])
    }

    /// An erase that crashed between writing its temporary file and renaming it left the
    /// log's other lines in `.log.jsonl.rewrite-PID`; a later erase of one of those users
    /// rewrote the log but left their lines there.
    @Test func rewriteDeletesTheTemporaryFilesOfInterruptedRewrites() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("log.jsonl", "{\"user\":\"b\"}\n{\"user\":\"c\"}\n")
        try directory.write(".log.jsonl.rewrite-99999999", "{\"user\":\"b\"}\n")
        try directory.write(".log.jsonl.rewrite-notes", "kept")
        try directory.write(".other.jsonl.rewrite-99999999", "kept")
        let result = try JSONLinesFile(path: directory.url("log.jsonl")).rewrite {
            $0.string("user") != "b"
        }
        #expect(result.dropped == 1)
        #expect(try directory.read("log.jsonl") == "{\"user\":\"c\"}\n")
        #expect(
            try FileSystem.entries(of: directory.path) == [
                ".log.jsonl.rewrite-notes", ".other.jsonl.rewrite-99999999", "log.jsonl",
            ])
    }

    @Test func rewriteDropsTheUnreadableLinesTheCallerRejects() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("log.jsonl", "{\"n\":1}\ndrop me\nkeep me\n{\"n\":")
        let file = JSONLinesFile(path: directory.url("log.jsonl"))
        var seen: [String] = []
        let result = try file.rewrite(
            keeping: { _ in true },
            keepingUnreadable: { line in
                seen.append(String(decoding: line.bytes, as: UTF8.self))
                return !line.bytes.starts(with: "drop".utf8) && !line.problem.isTornTail
            })
        #expect(seen == ["drop me", "keep me", "{\"n\":"])
        #expect(result.keptUnreadable.map(\.line) == [3])
        #expect(result.droppedUnreadable.map(\.line) == [2, 4])
        #expect(try directory.read("log.jsonl") == "{\"n\":1}\nkeep me\n")
    }

    /// Blank lines are nobody's: a rewrite writes them back where they were, as they were,
    /// with `\r\n` endings and a last line without a newline as they are.
    @Test func rewriteKeepsBlankLinesByteForByte() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let lines = [
            "\n", "{\"user\":\"a\",\"n\":1}\n", "\n", "  \t\n", "{\"user\":\"b\",\"n\":2}\n",
            "\r\n", "{\"user\":\"a\",\"n\":3}\r\n", "\r\n", "garbage\r\n",
            "{\"user\":\"b\",\"n\":4}\r\n", "{\"user\":\"a\",\"n\":5}\n", " \r",
        ]
        try directory.write("log.jsonl", lines.joined())
        let file = JSONLinesFile(path: directory.url("log.jsonl"))
        var seen: [Int] = []
        var unreadable: [Int] = []
        let result = try file.rewrite(
            keeping: { line in
                seen.append(line.number)
                return line.string("user") != "b"
            },
            keepingUnreadable: { line in
                unreadable.append(line.problem.line)
                return true
            })
        // Blank lines reach neither closure and are not counted.
        #expect(seen == [2, 5, 7, 10, 11])
        #expect(unreadable == [9])
        #expect((result.kept, result.dropped) == (3, 2))
        #expect(result.keptUnreadable.map(\.line) == [9])
        let expected = lines.filter { !$0.contains("\"b\"") }.joined()
        #expect(try directory.read("log.jsonl") == expected)
        // The blank last line has no newline still; the next append adds it first.
        try file.append(#"{"user":"c","n":6}"#)
        #expect(try directory.read("log.jsonl") == expected + "\n{\"user\":\"c\",\"n\":6}\n")
        #expect(try file.read().lines.map(\.number) == [2, 6, 9, 11])
    }

    @Test func rewriteCanUseWhatItSawEarlierToDropLaterLines() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = JSONLinesFile(path: directory.url("log.jsonl"))
        try file.append([
            #"{"event":"handoff","ticket":"T1","user":"erase-me"}"#,
            #"{"event":"handoff","ticket":"T2","user":"keep"}"#,
            #"{"event":"accepted","ticket":"T1"}"#,
            #"{"event":"accepted","ticket":"T2"}"#,
        ])
        var erased: Set<String> = []
        let result = try file.rewrite { line in
            if line.string("user") == "erase-me", let ticket = line.string("ticket") {
                erased.insert(ticket)
                return false
            }
            return !erased.contains(line.string("ticket") ?? "")
        }
        #expect(result.kept == 2)
        #expect(result.dropped == 2)
        #expect(try file.read().lines.compactMap { $0.string("ticket") } == ["T2", "T2"])
    }

    /// An append that opened the file before a rewrite renamed a new one over it, and waited
    /// for the lock meanwhile, must land in the new file.
    @Test func anAppendWaitingDuringAReplacementLandsInTheNewFile() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url("log.jsonl")
        let file = JSONLinesFile(path: path)
        try file.append(#"{"n":"old"}"#)
        var holder = try LockedFile.open(path, for: .appending, creating: false)
        let appender = Task.detached { try file.append(#"{"n":"appended"}"#) }
        // Wait until the appender is blocked on the lock of the old file (Linux lists waiting
        // locks in /proc/locks with "->"); elsewhere, give it a moment.
        for _ in 0..<200 {
            let locks = (try? FileSystem.read("/proc/locks")).map {
                String(decoding: $0, as: UTF8.self)
            }
            if locks?.contains("->") ?? true { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        try directory.write("replacement", "{\"n\":\"new\"}\n")
        #expect(rename(directory.url("replacement"), path) == 0)
        holder = nil
        try await appender.value
        _ = holder
        #expect(try directory.read("log.jsonl") == "{\"n\":\"new\"}\n{\"n\":\"appended\"}\n")
    }

    @Test func updateAppendsUnderTheSameLockAsItsRead() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = JSONLinesFile(path: directory.url("log.jsonl"))
        // Each update appends the count of lines it saw: with the read and the append under
        // one lock, no two updates can see the same count.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<2 {
                group.addTask {
                    for _ in 0..<100 {
                        try file.update { (contents: JSONLinesContents) throws(StorageError) in
                            [#"{"seen":\#(contents.lines.count)}"#]
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let seen = try file.read().lines.compactMap { $0.object["seen"]?.value.numberValue?.text }
        #expect(seen == (0..<200).map(String.init))
    }

    @Test func aRejectedUpdateAppendsNothing() throws {
        struct Refusal: Error, Equatable {}
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = JSONLinesFile(path: directory.url("log.jsonl"))
        try file.append(#"{"n":1}"#)
        #expect(throws: JSONLinesFile.UpdateError<Refusal>.self) {
            try file.update { (_: JSONLinesContents) throws(Refusal) -> [String] in throw Refusal()
            }
        }
        #expect(try directory.read("log.jsonl") == "{\"n\":1}\n")
    }

    @Test func aMissingFolderFailsToOpenWithThePath() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url("missing/log.jsonl")
        let error = #expect(throws: StorageError.self) {
            try JSONLinesFile(path: path).append("{}")
        }
        #expect(error?.path == path)
        #expect(error?.operation == .open)
        #expect(error?.description == "\(path): cannot open: No such file or directory")
    }

    @Test func aFullDiskIsReportedAsSuch() throws {
        // /dev/full accepts opens and fails every write with ENOSPC.
        guard FileSystem.exists("/dev/full") else { return }
        let error = #expect(throws: StorageError.self) {
            try JSONLinesFile(path: "/dev/full").append(#"{"n":1}"#)
        }
        #expect(error?.isDiskFull == true)
        #expect(error?.operation == .write)
        #expect(error?.description == "/dev/full: cannot write: No space left on device")
    }

    @Test func aDeviceReadsAsEmpty() throws {
        // /dev/full reads as endless zero bytes; a reader must not try to hold them all.
        guard FileSystem.exists("/dev/full") else { return }
        #expect(try JSONLinesFile(path: "/dev/full").read() == JSONLinesContents())
    }

    @Test func aFolderThatMayNotBeWrittenIsReportedAsSuch() throws {
        let directory = try TemporaryDirectory()
        defer {
            chmod(directory.url("locked"), 0o700)
            directory.remove()
        }
        // Root may write anywhere; sysfs refuses new files even to root.
        let path: String
        if geteuid() == 0 {
            guard FileSystem.isDirectory("/sys/kernel") else { return }
            path = "/sys/switchboard-test.jsonl"
        } else {
            try FileSystem.createDirectory(directory.url("locked"))
            chmod(directory.url("locked"), 0o500)
            path = directory.url("locked/log.jsonl")
        }
        let error = #expect(throws: StorageError.self) {
            try JSONLinesFile(path: path).append(#"{"n":1}"#)
        }
        #expect(error?.isPermissionDenied == true)
        #expect(error?.operation == .open)
    }
}
