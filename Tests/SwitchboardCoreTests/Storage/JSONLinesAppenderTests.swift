import SwitchboardTesting
import Testing

@testable import SwitchboardCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The appender that keeps its descriptor open: the same file guarantees as a per-call
/// append, across rewrites, foreign torn lines and deletions.
@Suite struct JSONLinesAppenderTests {
    static func line(_ number: Int) -> String { #"{"n":\#(number)}"# }

    static func numbers(_ file: JSONLinesFile) throws -> [Int] {
        try file.read().lines.compactMap { $0.object["n"]?.value.numberValue?.integer }
    }

    /// Runs `body` with an appender on `log.jsonl` in a fresh folder, after it appended line 1.
    static func afterFirstLine(
        _ body: (TemporaryDirectory, JSONLinesFile, JSONLinesAppender) throws -> Void
    ) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = JSONLinesFile(path: directory.url("log.jsonl"))
        let appender = JSONLinesAppender(file: file)
        try appender.append([Self.line(1)], syncing: false)
        try body(directory, file, appender)
    }

    @Test func appendsReadBackInOrder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = JSONLinesFile(path: directory.url("log.jsonl"))
        let appender = JSONLinesAppender(file: file)
        try appender.sync()
        try appender.append([Self.line(1), Self.line(2)], syncing: false)
        try appender.append([Self.line(3)], syncing: true)
        try appender.sync()
        #expect(try directory.read("log.jsonl") == "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n")
        var info = stat()
        #expect(stat(file.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
    }

    @Test func anAppendAfterARewriteGoesToTheNewFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = JSONLinesFile(path: directory.url("log.jsonl"))
        let appender = JSONLinesAppender(file: file)
        try appender.append([Self.line(1), Self.line(2), Self.line(3)], syncing: false)
        let receipt = try file.rewrite { $0.object["n"]?.value.numberValue?.integer != 2 }
        #expect(receipt.dropped == 1)
        try appender.append([Self.line(4)], syncing: false)
        #expect(try Self.numbers(file) == [1, 3, 4])
    }

    @Test func anotherWritersTornLineDoesNotSwallowTheNextAppend() throws {
        try Self.afterFirstLine { _, file, appender in
            let other = open(file.path, O_WRONLY | O_APPEND)
            #expect(other >= 0)
            let torn = Array(#"{"n":99,"cut"#.utf8)
            #expect(write(other, torn, torn.count) == torn.count)
            close(other)
            try appender.append([Self.line(2)], syncing: false)
            let contents = try file.read()
            #expect(contents.lines.map(\.number) == [1, 3])
            #expect(contents.problems.map(\.line) == [2])
            #expect(try Self.numbers(file) == [1, 2])
        }
    }

    @Test func aDeletedFileIsCreatedAgain() throws {
        try Self.afterFirstLine { _, file, appender in
            #expect(unlink(file.path) == 0)
            try appender.append([Self.line(2)], syncing: false)
            #expect(try Self.numbers(file) == [2])
        }
    }

    /// Between appends the descriptor stays open but the lock is free, so rewrites and other
    /// processes' appends never wait for an idle appender.
    @Test func theLockIsFreeBetweenAppends() throws {
        try Self.afterFirstLine { _, file, appender in
            let other = open(file.path, O_RDWR)
            #expect(other >= 0)
            defer { close(other) }
            #expect(flock(other, LOCK_EX | LOCK_NB) == 0)
            #expect(flock(other, LOCK_UN) == 0)
            try appender.append([Self.line(2)], syncing: false)
            #expect(try Self.numbers(file) == [1, 2])
        }
    }

    @Test func aFileThatCannotBeOpenedIsAnOpenError() throws {
        let appender = JSONLinesAppender(file: JSONLinesFile(path: "/proc/switchboard/x.jsonl"))
        do {
            try appender.append([Self.line(1)], syncing: false)
            Issue.record("the append worked")
        } catch {
            #expect(error.operation == .open)
            #expect(error.path == "/proc/switchboard/x.jsonl")
        }
        #expect(throws: StorageError.self) { try appender.append(["{\n}"], syncing: false) }
    }
}
