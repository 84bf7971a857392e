import SwitchboardCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fresh folder under the system's temporary directory, removed by ``remove()``.
///
/// ```swift
/// let folder = try TemporaryDirectory()
/// defer { folder.remove() }
/// try folder.write("bot.json", "{...}")
/// ```
public struct TemporaryDirectory: Sendable {
    /// The folder's path.
    public let path: String

    /// Creates a new empty folder.
    public init(prefix: String = "switchboard-test") throws {
        var template = Array("/tmp/\(prefix)-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
            return String(cString: base)
        }
        guard let created else {
            throw FileSystem.Failure(path: "/tmp/\(prefix)-XXXXXX", errno: errno)
        }
        self.path = created
    }

    /// The path of a file inside the folder.
    public func url(_ relative: String) -> String {
        self.path + "/" + relative
    }

    /// Writes a file inside the folder, creating its folders.
    public func write(_ relative: String, _ text: String) throws {
        try self.write(relative, bytes: Array(text.utf8))
    }

    /// Writes bytes to a file inside the folder, creating its folders.
    public func write(_ relative: String, bytes: [UInt8]) throws {
        let path = self.url(relative)
        if let slash = path.lastIndex(of: "/") {
            try FileSystem.createDirectory(String(path[..<slash]))
        }
        try FileSystem.writeAtomically(bytes, to: path)
    }

    /// Reads a file inside the folder as text.
    public func read(_ relative: String) throws -> String {
        String(decoding: try FileSystem.read(self.url(relative)), as: UTF8.self)
    }

    /// Copies a folder's files (recursively) into this folder under `relative`.
    public func copy(from source: String, to relative: String) throws {
        for file in try FileSystem.files(under: source) {
            try self.write(relative + "/" + file, bytes: try FileSystem.read(source + "/" + file))
        }
    }

    /// Deletes the folder and everything in it.
    public func remove() {
        Self.removeTree(self.path)
    }

    private static func removeTree(_ path: String) {
        if FileSystem.isDirectory(path) {
            for entry in (try? FileSystem.entries(of: path)) ?? [] {
                Self.removeTree(path + "/" + entry)
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
