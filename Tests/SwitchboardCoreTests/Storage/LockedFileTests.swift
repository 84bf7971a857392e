import SwitchboardTesting
import Testing

@testable import SwitchboardCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The locked descriptor under every JSON Lines operation: relocking, and appending whole
/// lines after a torn one.
@Suite struct LockedFileTests {
    static func openLocked(_ path: String) throws -> LockedFile {
        let file = try LockedFile.open(path, for: .appending, creating: true)
        return try #require(file)
    }

    @Test func relockingFailsOnceTheFileIsReplaced() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url("log.jsonl")
        let file = try Self.openLocked(path)
        file.unlock()
        #expect(try file.relock())
        file.unlock()
        try directory.write("replacement", "")
        #expect(rename(directory.url("replacement"), path) == 0)
        #expect(try file.relock() == false)
    }

    @Test func unlockingLetsAnotherDescriptorLock() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url("log.jsonl")
        let file = try Self.openLocked(path)
        let other = open(path, O_RDWR)
        #expect(other >= 0)
        defer { close(other) }
        #expect(flock(other, LOCK_EX | LOCK_NB) != 0)
        file.unlock()
        #expect(flock(other, LOCK_EX | LOCK_NB) == 0)
    }

    @Test func appendingLinesEndsATornLineFirstAndReturnsTheNewSize() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url("log.jsonl")
        try directory.write("log.jsonl", #"{"cut"#)
        let file = try Self.openLocked(path)
        let end = try file.appendLines(Array("{}\n".utf8))
        #expect(try directory.read("log.jsonl") == "{\"cut\n{}\n")
        #expect(end == 9)
        // With the size its last append left, the last byte is not read again.
        #expect(try file.appendLines(Array("{}\n".utf8), knownEnd: end) == 12)
        #expect(try directory.read("log.jsonl") == "{\"cut\n{}\n{}\n")
    }

    /// Trusting `knownEnd` is safe only because the size says whether anyone else wrote:
    /// a torn line another writer left changes it, and is ended before the next lines.
    @Test func aSizeOtherThanTheKnownEndIsChecked() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url("log.jsonl")
        let file = try Self.openLocked(path)
        let end = try file.appendLines(Array("{}\n".utf8))
        let other = open(path, O_WRONLY | O_APPEND)
        #expect(other >= 0)
        #expect(write(other, "{", 1) == 1)
        close(other)
        #expect(try file.appendLines(Array("{}\n".utf8), knownEnd: end) == 8)
        #expect(try directory.read("log.jsonl") == "{}\n{\n{}\n")
    }
}
