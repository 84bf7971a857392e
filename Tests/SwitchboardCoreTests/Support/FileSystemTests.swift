import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct FileSystemTests {
    @Test("files(under:) lists regular files at any depth, sorted, without hidden ones")
    func filesUnder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for path in [
            "b.txt", "a/z.txt", "a/b/c.txt", "a-b.txt", ".hidden", ".git/config", "a/.secret",
            "a/.cache/x.txt", "kb/shipping.md",
        ] {
            try directory.write(path, path)
        }
        try FileSystem.createDirectory(directory.url("empty/folder"))
        #expect(
            try FileSystem.files(under: directory.path) == [
                "a-b.txt", "a/b/c.txt", "a/z.txt", "b.txt", "kb/shipping.md",
            ])
        #expect(
            try FileSystem.files(under: directory.path + "/")
                == (try FileSystem.files(under: directory.path)))
        #expect(
            try FileSystem.entries(of: directory.path) == [
                ".git", ".hidden", "a", "a-b.txt", "b.txt", "empty", "kb",
            ])
    }

    @Test("files(under:) of a missing folder throws with its path")
    func filesUnderMissing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = directory.url("missing")
        #expect(throws: FileSystem.Failure(path: missing, errno: 2)) {
            try FileSystem.files(under: missing)
        }
    }

    @Test("writeAtomically writes the bytes and leaves no temporary file")
    func writeAtomically() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url("log.jsonl")
        try FileSystem.writeAtomically(Array("first".utf8), to: path)
        try FileSystem.writeAtomically(Array("second, longer".utf8), to: path)
        #expect(try FileSystem.read(path) == Array("second, longer".utf8))
        #expect(try FileSystem.entries(of: directory.path) == ["log.jsonl"])
        try FileSystem.writeAtomically([], to: path)
        #expect(try FileSystem.read(path).isEmpty)
        #expect(try FileSystem.entries(of: directory.path) == ["log.jsonl"])
    }

    /// A name of 250 bytes fits the file system, but `NAME.tmp-PID` did not, so the write
    /// failed (a state file's name is up to 245 bytes, and process ids run to 7 digits).
    @Test("writeAtomically writes a file whose name leaves no room for the temporary suffix")
    func writeWithTheLongestNames() throws {
        for name in [String(repeating: "a", count: 250), String(repeating: "é", count: 127)] {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let path = directory.url(name)
            try FileSystem.writeAtomically(Array("state".utf8), to: path)
            #expect(try FileSystem.read(path) == Array("state".utf8))
            #expect(try FileSystem.entries(of: directory.path) == [name])
            #expect(
                FileSystem.temporaryPath(for: path).utf8.count - directory.path.utf8.count <= 256)
        }
    }

    @Test("writeAtomically into a missing folder throws and leaves nothing behind")
    func writeIntoMissingFolder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        do {
            try FileSystem.writeAtomically([1, 2, 3], to: directory.url("nope/file"))
            Issue.record("the write succeeded")
        } catch {
            #expect(error.code == 2)
            #expect(error.path.hasPrefix(directory.url("nope/file")))
        }
        #expect(try FileSystem.entries(of: directory.path).isEmpty)
    }

    @Test("Reading a missing file throws with the path and the system's reason")
    func readMissing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url("missing.json")
        do {
            _ = try FileSystem.read(path)
            Issue.record("a missing file was read")
        } catch {
            #expect(error.path == path)
            #expect(error.code == 2)
            #expect(error.reason == "No such file or directory")
            #expect(error.description == "\(path): No such file or directory")
        }
    }

    @Test("read returns every byte of a file larger than one read chunk")
    func readLarge() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try directory.write("big.bin", bytes: bytes)
        #expect(try FileSystem.read(directory.url("big.bin")) == bytes)
    }

    @Test("createDirectory makes parents and accepts an existing folder")
    func createDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let nested = directory.url("a/b/c")
        try FileSystem.createDirectory(nested)
        try FileSystem.createDirectory(nested)
        #expect(FileSystem.isDirectory(nested))
        #expect(FileSystem.exists(nested))
        #expect(!FileSystem.isDirectory(directory.url("a/b/c/d")))
        #expect(!FileSystem.exists(directory.url("a/b/c/d")))
        try directory.write("a/file", "x")
        #expect(FileSystem.exists(directory.url("a/file")))
        #expect(!FileSystem.isDirectory(directory.url("a/file")))
    }
}
