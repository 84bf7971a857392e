import SwitchboardCore

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Keeps each session in its own JSON file in a folder (`--state-dir`).
///
/// A file is named by ``SessionFileName`` from the session id and written atomically: to a
/// temporary file beside it, synced, then renamed over the old one, so a crash leaves the old
/// state or the new one. Leftover temporary files are deleted when the folder is loaded.
///
/// ```swift
/// let directory = try StateDirectory(path: "state")
/// try directory.save(SavedSession(state: state, lastActive: clock.now()))
/// let (sessions, problems) = try directory.loadAll()
/// ```
public struct StateDirectory: SessionPersistence {
    /// The folder.
    public let path: String

    /// Opens a folder, creating it (and its parents) when missing.
    ///
    /// A folder it creates is readable by its owner only (mode 0700): the files hold
    /// conversations as users typed them, unmasked.
    ///
    /// - Throws: ``SessionPersistenceError`` when it cannot be created or is not a folder.
    public init(path: String) throws(SessionPersistenceError) {
        self.path = path
        let isNew = !FileSystem.exists(path)
        do {
            try FileSystem.createDirectory(path)
        } catch {
            throw SessionPersistenceError(path: path, reason: error.reason)
        }
        if isNew { chmod(path, 0o700) }
        guard FileSystem.isDirectory(path) else {
            throw SessionPersistenceError(path: path, reason: "not a folder")
        }
    }

    /// The name of the lock file a process using the folder holds (see ``lock()``).
    public static let lockFileName = ".lock"

    /// Takes the folder's lock without waiting; keep the value while using the folder.
    ///
    /// - Throws: ``SessionPersistenceError`` when another process (a running bridge) holds it.
    public func lock() throws(SessionPersistenceError) -> StateDirectoryLock {
        try StateDirectoryLock(folder: self.path)
    }

    /// Reads every state file, leaving alone the temporary files of saves in progress: safe
    /// beside a running bridge, whose files are replaced atomically.
    ///
    /// - Returns: the sessions, the problems, and the files that cannot be read, as they are
    ///   (``loadAll()`` would set them aside): still someone's data, which `export` includes.
    public func readAll() throws(SessionPersistenceError) -> (
        sessions: [SavedSession], problems: [String], unreadable: [SetAsideFile]
    ) {
        try self.load(removingLeftovers: false)
    }

    /// The path of a session's file.
    public func filePath(for session: String) -> String {
        self.path + "/" + SessionFileName.encode(session)
    }

    /// Writes the session's file atomically and durably, readable by its owner only (it holds
    /// the conversation's slots and history).
    public func save(_ session: SavedSession) throws(SessionPersistenceError) {
        let bytes = try SavedSessionCoding.encode(session)
        do {
            try FileSystem.writeAtomically(
                bytes, to: self.filePath(for: session.session), permissions: 0o600)
        } catch {
            throw SessionPersistenceError(path: error.path, reason: error.reason)
        }
    }

    /// Deletes the session's file.
    public func remove(session: String) throws(SessionPersistenceError) {
        let path = self.filePath(for: session)
        guard unlink(path) == 0 || errno == ENOENT else {
            throw SessionPersistenceError(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Reads every state file; files that cannot be read are reported and set aside as
    /// `NAME.unreadable` (so a new conversation in that session cannot overwrite them, and
    /// nobody's data is lost), and temporary files of saves a crash interrupted are deleted
    /// (call it holding the lock).
    public func loadAll() throws(SessionPersistenceError) -> (
        sessions: [SavedSession], problems: [String]
    ) {
        let (sessions, problems, _) = try self.load(removingLeftovers: true)
        return (sessions, problems)
    }

    /// Reads every state file.
    ///
    /// - Parameter removingLeftovers: whether to delete the temporary files of saves a crash
    ///   interrupted and set aside the files that cannot be read; only the process that holds
    ///   the folder's lock may.
    /// - Returns: also the files that cannot be read, with their bytes, when they are left
    ///   where they are (not `removingLeftovers`).
    private func load(
        removingLeftovers: Bool
    ) throws(SessionPersistenceError) -> (
        sessions: [SavedSession], problems: [String], unreadable: [SetAsideFile]
    ) {
        let names: [String]
        do {
            names = try FileSystem.entries(of: self.path)
        } catch {
            throw SessionPersistenceError(path: self.path, reason: error.reason)
        }
        var sessions: [SavedSession] = []
        var problems: [String] = []
        var unreadable: [SetAsideFile] = []
        for name in names {
            let path = self.path + "/" + name
            if name == Self.lockFileName { continue }
            if name.contains(Self.asideSuffix) { continue }  // reported when set aside
            if name.contains(".tmp-") {
                // A save that a crash interrupted; the file it would have replaced is intact.
                if removingLeftovers { unlink(path) }
                continue
            }
            guard let session = SessionFileName.decode(name) else {
                // The name is not one SessionFileName makes: it may hold control characters.
                problems.append(
                    "\(path.escapingControlCharacters()): not a session state file name; ignored")
                continue
            }
            let problem: String
            var bytes: [UInt8]?
            do {
                let contents = try FileSystem.read(path)
                bytes = contents
                let saved = try SavedSessionCoding.decode(contents, path: path)
                guard saved.session == session else {
                    // Said where the session is written, as other problems of a file's content.
                    let field = ["session", "state", "session"]
                    let place = SavedSessionCoding.location(
                        of: field.map(SavedSessionCoding.FieldKey.init), in: contents)
                    problem =
                        "\(path)\(place.map { ":\($0)" } ?? ""): \(field.joined(separator: "."))"
                        + " holds session \"\(saved.session.escapingControlCharacters())\", "
                        + "not \"\(session.escapingControlCharacters())\"; ignored"
                    problems.append(
                        self.setAside(path, of: session, problem, if: removingLeftovers))
                    if !removingLeftovers {
                        unreadable.append(SetAsideFile(name: name, path: path, contents: contents))
                    }
                    continue
                }
                sessions.append(saved)
                continue
            } catch let failure as FileSystem.Failure {
                problem = failure.description
            } catch {
                problem = "\(error)"
            }
            problems.append(self.setAside(path, of: session, problem, if: removingLeftovers))
            if !removingLeftovers, let bytes {
                unreadable.append(SetAsideFile(name: name, path: path, contents: bytes))
            }
        }
        return (sessions, problems, unreadable)
    }

    /// What set-aside files' names carry.
    static let asideSuffix = ".unreadable"

    /// Renames a file that could not be loaded to `NAME.unreadable` (`-2`, `-3`… when taken)
    /// when `enabled`, and returns the problem with where the file went.
    ///
    /// When `NAME` is so long that the suffix would take the name past the file system's limit
    /// (a session id of up to 80 bytes escapes to up to 245), `NAME` is the session's compact
    /// name instead (``SessionFileName/encodeCompact(_:)``), which still carries the session
    /// id for `erase` and `export`: a rename that failed would leave the file where the next
    /// save of its session overwrites it and where no erasure looks for set-aside files.
    private func setAside(
        _ path: String, of session: String, _ problem: String, if enabled: Bool
    ) -> String {
        guard enabled else { return problem }
        var base = path
        let longestSuffix = Self.asideSuffix.utf8.count + "-99999".utf8.count
        if SessionFileName.encode(session).utf8.count + longestSuffix
            > SessionFileName.maxNameBytes
        {
            base = self.path + "/" + SessionFileName.encodeCompact(session)
        }
        var target = base + Self.asideSuffix
        var number = 2
        while FileSystem.exists(target) {
            target = base + Self.asideSuffix + "-\(number)"
            number += 1
        }
        guard rename(path, target) == 0 else {
            return problem + "; could not set it aside: " + String(cString: strerror(errno))
        }
        return problem + "; set aside as \(target)"
    }
}
