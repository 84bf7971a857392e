import Logging
import SwitchboardBridge
import SwitchboardCore
import SwitchboardTesting
import Synchronization
import Testing

/// The `erase` request over a real state folder and conversation log: the user's set-aside
/// `NAME.unreadable` files go by the rule `switchboard erase` uses, and the response counts
/// them (protocol 1.2).
@Suite struct BridgeEraseTests {
    /// The erased user, and text of theirs that only the state files hold unmasked.
    static let user = "u-ana-5501"
    static let secret = "ana.erase@example.com"

    /// A server over `folder/state`, logging to `folder/conversations.jsonl` when `logging`
    /// (through `store` when given), as a bridge started (or restarted) on them: the folder's
    /// unreadable files are set aside as it resumes.
    static func server(
        _ fixture: BridgeFixture, in folder: TemporaryDirectory, logging: Bool = true,
        store: FileConversationLogStore? = nil,
        persistence: (StateDirectory) -> any SessionPersistence = { $0 }
    ) throws -> BridgeServer {
        let directory = try StateDirectory(path: folder.url("state"))
        var sessions = SessionStore(idleMinutes: 30, persistence: persistence(directory))
        _ = try sessions.resume(at: fixture.clock.now())
        var configuration = BridgeConfiguration(maxLineBytes: 4096, seed: 42)
        let log = folder.url("conversations.jsonl")
        if logging { configuration.erasableLogs = [log] }
        return BridgeServer(
            bot: fixture.bot, configuration: configuration, sessions: sessions,
            handoffStore: fixture.handoffs,
            conversationLog: logging ? store ?? FileConversationLogStore(path: log) : nil,
            clock: fixture.clock, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    /// The `unreadableFiles` counts of an `erased` line.
    static func unreadableCounts(_ erased: JSONObject) -> [Int?] {
        let counts = erased["unreadableFiles"]?.value.objectValue
        return ["removed", "kept", "unattributed"].map {
            counts?[$0]?.value.numberValue?.integer
        }
    }

    /// The state folder's file names, sorted.
    static func stateFiles(_ folder: TemporaryDirectory) throws -> [String] {
        try FileSystem.entries(of: folder.url("state")).sorted()
    }

    @Test func eraseRemovesTheUsersSetAsideFilesAndCountsTheRest() async throws {
        let fixture = try BridgeFixture()
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        var first = try Self.server(fixture, in: folder)
        for (session, user) in [("web-a", Self.user), ("web-gone", Self.user), ("web-b", "u-b")] {
            _ = await first.respond(
                toLine: #"{"type":"start","session":"\#(session)","user":"\#(user)"}"#)
            _ = await first.respond(
                toLine: #"{"session":"\#(session)","text":"i want a refund, \#(Self.secret)"}"#)
        }
        // The bridge stops and its files are damaged: the user's first file holds a value out
        // of range (JSON still, naming them), their second is torn (naming nobody; only the
        // log ties its session to them), the other user's holds a value out of range, and a
        // torn file of a session no log knows is beside them.
        for session in ["web-a", "web-b"] {
            let saved = try folder.read("state/\(session).json")
            #expect(saved.contains(#""turn":1"#))
            try folder.write(
                "state/\(session).json", saved.replacing(#""turn":1"#, with: #""turn":-1"#))
        }
        let torn = try folder.read("state/web-gone.json")
        try folder.write("state/web-gone.json", String(torn.prefix(torn.count / 2)))
        #expect(try folder.read("state/web-gone.json").contains(Self.secret))
        try folder.write("state/web-other.json", #"{"format":1,"sess"#)

        // Restarted, the bridge sets the four aside; both users talk again, the erased user
        // in a new session that is live when the erase comes.
        var server = try Self.server(fixture, in: folder)
        #expect(server.sessions.count == 0)
        _ = await server.respond(
            toLine: #"{"session":"web-new","user":"\#(Self.user)","text":"\#(Self.secret)"}"#)
        _ = await server.respond(toLine: #"{"session":"web-b","user":"u-b","text":"hello"}"#)
        #expect(
            try Self.stateFiles(folder) == [
                "web-a.json.unreadable", "web-b.json", "web-b.json.unreadable",
                "web-gone.json.unreadable", "web-new.json", "web-other.json.unreadable",
            ])

        let line = await server.respond(
            toLine: #"{"id":"g1","type":"erase","user":"\#(Self.user)"}"#)
        let erased = try object(line)
        #expect(erased.string("type") == "erased", "\(line)")
        #expect(erased["sessions"]?.value.numberValue?.integer == 1)
        #expect(Self.unreadableCounts(erased) == [2, 1, 1])
        #expect(line.hasSuffix(#","unreadableFiles":{"removed":2,"kept":1,"unattributed":1}}"#))
        #expect(!line.contains(Self.user) && !line.contains("web-"))
        #expect(
            try Self.stateFiles(folder) == [
                "web-b.json", "web-b.json.unreadable", "web-other.json.unreadable",
            ])
        for name in try Self.stateFiles(folder) {
            #expect(!(try folder.read("state/" + name)).contains(Self.user), "\(name)")
        }
        let log = try folder.read("conversations.jsonl")
        #expect(!log.contains(Self.user) && log.contains(#""user":"u-b""#))

        // The erased user's session is gone; the other user's carries on.
        let state = try object(
            await server.respond(toLine: #"{"type":"state","session":"web-new"}"#))
        #expect(state.errorCode == "unknown_session")
        let other = try object(await server.respond(toLine: #"{"session":"web-b","text":"hi"}"#))
        #expect(other.string("type") == "reply")

        // Erasing again finds nothing more, and still counts what is left.
        let again = try object(
            await server.respond(toLine: #"{"type":"erase","user":"\#(Self.user)"}"#))
        #expect(again["sessions"]?.value.numberValue?.integer == 0)
        #expect(Self.unreadableCounts(again) == [0, 1, 1])
    }

    @Test func aLiveSessionTiesInTheSetAsideFileOfTheSameSession() async throws {
        // No log at all: only the user's live session says the torn file is theirs.
        let fixture = try BridgeFixture()
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        var first = try Self.server(fixture, in: folder, logging: false)
        _ = await first.respond(
            toLine: #"{"session":"web-live","user":"\#(Self.user)","text":"\#(Self.secret)"}"#)
        let saved = try folder.read("state/web-live.json")
        try folder.write("state/web-live.json", String(saved.prefix(saved.count / 2)))
        try folder.write("state/web-other.json", #"{"format":1,"sess"#)

        var server = try Self.server(fixture, in: folder, logging: false)
        _ = await server.respond(
            toLine: #"{"session":"web-live","user":"\#(Self.user)","text":"i want a refund"}"#)
        #expect(
            try Self.stateFiles(folder) == [
                "web-live.json", "web-live.json.unreadable", "web-other.json.unreadable",
            ])
        let erased = try object(
            await server.respond(toLine: #"{"type":"erase","user":"\#(Self.user)"}"#))
        #expect(erased["sessions"]?.value.numberValue?.integer == 1)
        #expect(Self.unreadableCounts(erased) == [1, 0, 1])
        #expect(try Self.stateFiles(folder) == ["web-other.json.unreadable"])
    }

    /// Also with the log's events held back until a batch of replies goes out (as the bridge
    /// runs it): the erase writes them first, or the user's would come back after it.
    @Test(arguments: [false, true])
    func anOpenSessionTheLogsTieToTheUserIsClosed(holdsWrites: Bool) async throws {
        let fixture = try BridgeFixture()
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let store = FileConversationLogStore(
            path: folder.url("conversations.jsonl"), holdsWrites: holdsWrites)
        var server = try Self.server(fixture, in: folder, store: store)
        // web-anon and web-shared were the user's, then ended; web-anon carries on naming no
        // user (only the log's earlier lines tie it to them), web-shared now names another
        // user. web-named names the user.
        for session in ["web-anon", "web-shared"] {
            _ = await server.respond(
                toLine: #"{"type":"start","session":"\#(session)","user":"\#(Self.user)"}"#)
            _ = await server.respond(toLine: #"{"type":"end","session":"\#(session)"}"#)
        }
        _ = await server.respond(toLine: #"{"session":"web-anon","text":"\#(Self.secret)"}"#)
        _ = await server.respond(
            toLine: #"{"session":"web-shared","user":"u-b","text":"i want a refund"}"#)
        _ = await server.respond(
            toLine: #"{"session":"web-named","user":"\#(Self.user)","text":"hello"}"#)
        #expect(server.sessions.state(of: "web-anon")?.user == nil)
        #expect(
            try Self.stateFiles(folder) == ["web-anon.json", "web-named.json", "web-shared.json"])

        let line = await server.respond(toLine: #"{"type":"erase","user":"\#(Self.user)"}"#)
        let erased = try object(line)
        #expect(erased.string("type") == "erased", "\(line)")
        #expect(erased["sessions"]?.value.numberValue?.integer == 2)
        #expect(try Self.stateFiles(folder) == ["web-shared.json"])
        for session in ["web-anon", "web-named"] {
            let state = try object(
                await server.respond(toLine: #"{"type":"state","session":"\#(session)"}"#))
            #expect(state.errorCode == "unknown_session", "\(session)")
        }
        #expect(server.sessions.state(of: "web-shared")?.user == "u-b")
        try await store.sync()
        let log = try folder.read("conversations.jsonl")
        #expect(!log.contains(Self.user) && !log.contains("web-anon"))
        #expect(log.contains(#""user":"u-b""#))
    }

    /// The user's torn set-aside file, tied to them only by the log, and their open session.
    static func serverWithTheUsersTornFile(
        _ fixture: BridgeFixture, in folder: TemporaryDirectory, deletes: FailingDeletes
    ) async throws -> BridgeServer {
        var first = try Self.server(fixture, in: folder)
        _ = await first.respond(
            toLine: #"{"session":"web-gone","user":"\#(Self.user)","text":"\#(Self.secret)"}"#)
        let torn = try folder.read("state/web-gone.json")
        try folder.write("state/web-gone.json", String(torn.prefix(torn.count / 2)))
        var server = try Self.server(fixture, in: folder) { deletes.wrapping($0) }
        _ = await server.respond(
            toLine: #"{"session":"web-live","user":"\#(Self.user)","text":"hello"}"#)
        _ = await server.respond(toLine: #"{"session":"web-b","user":"u-b","text":"hello"}"#)
        #expect(
            try Self.stateFiles(folder) == [
                "web-b.json", "web-gone.json.unreadable", "web-live.json",
            ])
        return server
    }

    /// A delete that fails during an erase: which kind, the file the error names, the state
    /// files left after it, and the set-aside counts the erase that finishes the job reports.
    struct FailedDelete: Sendable, CustomTestStringConvertible {
        var failsSessions: Bool
        var named: String
        var filesLeft: [String]
        var unreadableCountsOnRetry: [Int]
        var testDescription: String { self.failsSessions ? "a session's file" : "a set-aside file" }
    }

    @Test(
        "A file that cannot be deleted leaves the logs and its session for the next erase",
        arguments: [
            FailedDelete(
                failsSessions: false, named: "web-gone.json.unreadable",
                filesLeft: ["web-b.json", "web-gone.json.unreadable", "web-live.json"],
                unreadableCountsOnRetry: [1, 0, 0]),
            FailedDelete(
                failsSessions: true, named: "web-live.json",
                filesLeft: ["web-b.json", "web-live.json"], unreadableCountsOnRetry: [0, 0, 0]),
        ])
    func aFileThatCannotBeDeletedLeavesTheLogsForTheNextErase(
        _ failure: FailedDelete
    )
        async throws
    {
        let fixture = try BridgeFixture()
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let deletes = FailingDeletes()
        var server = try await Self.serverWithTheUsersTornFile(
            fixture, in: folder, deletes: deletes)
        let log = try folder.read("conversations.jsonl")

        deletes.failSetAsideFiles = !failure.failsSessions
        deletes.failSessions = failure.failsSessions
        let failed = try object(
            await server.respond(toLine: #"{"id":1,"type":"erase","user":"\#(Self.user)"}"#))
        #expect(failed.errorCode == "erase_failed")
        let message = failed["error"]?.value.objectValue?.string("message") ?? ""
        #expect(message.contains(failure.named), "\(message)")
        #expect(!message.contains(Self.user))
        // No log was rewritten: it still ties what is left to the user.
        #expect(try folder.read("conversations.jsonl") == log)
        let isStillOpen = server.sessions.contains("web-live")
        #expect(isStillOpen)
        #expect(try Self.stateFiles(folder) == failure.filesLeft)

        deletes.failSetAsideFiles = false
        deletes.failSessions = false
        let erased = try object(
            await server.respond(toLine: #"{"id":2,"type":"erase","user":"\#(Self.user)"}"#))
        #expect(erased.string("type") == "erased")
        #expect(erased["sessions"]?.value.numberValue?.integer == 1)
        #expect(Self.unreadableCounts(erased) == failure.unreadableCountsOnRetry)
        #expect(try Self.stateFiles(folder) == ["web-b.json"])
        let isOpen = server.sessions.contains("web-live")
        #expect(!isOpen)
        #expect(!(try folder.read("conversations.jsonl")).contains(Self.user))
    }

    @Test func aStateFolderThatCannotBeListedChangesNothing() async throws {
        let fixture = try BridgeFixture()
        var sessions = SessionStore(idleMinutes: 30, persistence: UnlistableSetAside())
        try sessions.save(ConversationState(session: "s", user: Self.user), at: BridgeFixture.now)
        var server = BridgeServer(
            bot: fixture.bot, configuration: BridgeConfiguration(seed: 42), sessions: sessions,
            handoffStore: fixture.handoffs, clock: fixture.clock,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let failed = try object(
            await server.respond(toLine: #"{"id":1,"type":"erase","user":"\#(Self.user)"}"#))
        #expect(failed.errorCode == "erase_failed")
        #expect(failed["error"]?.value.objectValue?.string("message")?.contains(Self.user) == false)
        // Nothing was closed, so erasing again still knows the user's sessions.
        let isStillOpen = server.sessions.contains("s")
        #expect(isStillOpen)
    }

    @Test func withoutAStateFolderTheCountsAreNull() async throws {
        let fixture = try BridgeFixture()
        var server = BridgeServer(
            bot: fixture.bot, configuration: BridgeConfiguration(seed: 42),
            sessions: SessionStore(idleMinutes: 30), handoffStore: fixture.handoffs,
            clock: fixture.clock, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        #expect(
            await server.respond(toLine: #"{"id":1,"type":"erase","user":"u-1"}"#)
                == #"{"id":1,"type":"erased","sessions":0,"files":[],"unreadableFiles":null}"#)
    }
}

/// A state folder whose deletes fail while a switch is on, as when the folder is read-only
/// (which does not stop a test running as root).
final class FailingDeletes: Sendable {
    private let setAsideFiles = Mutex(false)
    private let sessions = Mutex(false)

    /// Whether deleting a set-aside file fails.
    var failSetAsideFiles: Bool {
        get { self.setAsideFiles.withLock { $0 } }
        set { self.setAsideFiles.withLock { $0 = newValue } }
    }

    /// Whether deleting a session's state file fails.
    var failSessions: Bool {
        get { self.sessions.withLock { $0 } }
        set { self.sessions.withLock { $0 = newValue } }
    }

    /// `directory`, with its deletes failing while the switches are on.
    func wrapping(_ directory: StateDirectory) -> any SessionPersistence {
        Folder(directory: directory, switches: self)
    }

    private struct Folder: SessionPersistence {
        let directory: StateDirectory
        let switches: FailingDeletes

        func save(_ session: SavedSession) throws(SessionPersistenceError) {
            try self.directory.save(session)
        }

        func remove(session: String) throws(SessionPersistenceError) {
            if self.switches.failSessions {
                throw SessionPersistenceError(
                    path: self.directory.filePath(for: session), reason: "Permission denied")
            }
            try self.directory.remove(session: session)
        }

        func loadAll() throws(SessionPersistenceError) -> (
            sessions: [SavedSession], problems: [String]
        ) {
            try self.directory.loadAll()
        }

        func setAsideFiles() throws(SessionPersistenceError) -> [SetAsideFile] {
            try self.directory.setAsideFiles()
        }

        func remove(_ file: SetAsideFile) throws(SessionPersistenceError) {
            if self.switches.failSetAsideFiles {
                throw SessionPersistenceError(path: file.path, reason: "Permission denied")
            }
            try self.directory.remove(file)
        }
    }
}

/// A state folder whose set-aside files cannot be listed.
private struct UnlistableSetAside: SessionPersistence {
    func save(_ session: SavedSession) throws(SessionPersistenceError) {}

    func remove(session: String) throws(SessionPersistenceError) {}

    func loadAll() throws(SessionPersistenceError) -> (
        sessions: [SavedSession], problems: [String]
    ) {
        ([], [])
    }

    func setAsideFiles() throws(SessionPersistenceError) -> [SetAsideFile] {
        throw SessionPersistenceError(path: "state", reason: "Permission denied")
    }
}
