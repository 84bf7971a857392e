import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// Log lines whose object has a key twice are unreadable lines, judged from their strings.
///
/// Which value of `"user":"u-2",…,"user":"u-1009"` is meant cannot be told. A line that names
/// two users is either's: erasing or exporting either finds it; anyone else's erase keeps it
/// byte for byte and lists it.
@Suite struct UserDataRequestRepeatedKeyTests {
    /// u-1009's readable handoff record (session s-1).
    static let personsRecord =
        #"{"event":"handoff","ticket":"TKT-1","session":"s-1","user":"u-1009"}"#
    /// u-2's readable handoff record.
    static let othersRecord = #"{"event":"handoff","ticket":"TKT-2","session":"s-2","user":"u-2"}"#
    /// `user` twice: u-2 first, u-1009 second.
    static let twoUsers = #"{"event":"opened","user":"u-2","session":"s-9","user":"u-1009"}"#
    /// A key twice in a line that names no user, of u-1009's session.
    static let personsSession = #"{"event":"turn","session":"s-1","turn":1,"turn":2}"#
    /// A key twice deep inside u-3's line.
    static let nested =
        #"{"event":"turn","session":"s-3","user":"u-3","slots":{"a":"x","b":{"c":1,"c":2}}}"#
    /// u-3's readable line.
    static let thirdUsers = #"{"event":"turn","session":"s-3","user":"u-3"}"#

    static let lines = [
        personsRecord, othersRecord, twoUsers, personsSession, nested, thirdUsers,
    ]

    /// A log of ``lines``, in that order (line 1 to 6).
    static func log(in directory: TemporaryDirectory) throws -> JSONLinesFile {
        let log = JSONLinesFile(path: directory.url("handoff.jsonl"))
        try log.append(Self.lines)
        return log
    }

    /// Each line's number and the start of its reason, from `path:line: reason`.
    static func places(_ problems: [String], in log: JSONLinesFile) -> [String] {
        problems.map { String($0.dropFirst(log.path.count + 1).prefix { $0 != "(" }) }
    }

    @Test(arguments: [
        // Either user named by the repeated key: the line goes.
        ("u-1009", [2, 5, 6], ["3: \"user\" appears twice ", "4: \"turn\" appears twice "], [5]),
        ("u-2", [1, 4, 5, 6], ["3: \"user\" appears twice "], [4, 5]),
        // Someone else: kept byte for byte, and listed; their own nested repeat goes.
        ("u-3", [1, 2, 3, 4], ["5: \"slots.b.c\" appears twice "], [3, 4]),
    ])
    func eraseRemovesTheLineOfEitherUserAndKeepsItForOthers(
        user: String, left: [Int], removed: [String], kept: [Int]
    ) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try Self.log(in: directory)
        var request = UserDataRequest(user: user, files: [log])
        let receipts = try request.erase()
        #expect(
            try directory.read("handoff.jsonl")
                == left.map { Self.lines[$0 - 1] + "\n" }.joined())
        #expect(Self.places(receipts[0].unreadableRemoved, in: log) == removed)
        #expect(
            receipts[0].unreadableKept.map { String($0.dropFirst(log.path.count + 1)) }
                == kept.map { "\($0):" + Self.reason(line: $0) })
    }

    /// The reason a line of ``lines`` is unreadable for.
    static func reason(line: Int) -> String {
        switch line {
        case 3: #" "user" appears twice (first at column 19, again at column 48), skipped"#
        case 4: #" "turn" appears twice (first at column 33, again at column 42), skipped"#
        case 5: #" "slots.b.c" appears twice (first at column 68, again at column 74), skipped"#
        default: ""
        }
    }

    @Test func exportIncludesTheLineForEitherUserOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try Self.log(in: directory)
        for (user, lines, unreadable, others) in [
            ("u-1009", [1], [3, 4], [5]), ("u-2", [2], [3], [4, 5]), ("u-3", [6], [5], [3, 4]),
        ] {
            var request = UserDataRequest(user: user, files: [log])
            let found = try request.export()
            #expect(found[0].lines.map(\.number) == lines, "\(user)")
            #expect(found[0].unreadable.map(\.problem.line) == unreadable, "\(user)")
            #expect(
                found[0].unreadable.map { String(decoding: $0.bytes, as: UTF8.self) }
                    == unreadable.map { Self.lines[$0 - 1] }, "\(user)")
            #expect(found[0].problems.map(\.line) == others, "\(user)")
        }
        #expect(try directory.read("handoff.jsonl") == Self.lines.map { $0 + "\n" }.joined())
    }

    @Test(arguments: [
        (#"{"user":"u-2","user":"u-1","n":NaN}"#, true),
        (#"{"user":"u-1","session":"s-9","user":"u-2"}"#, true),
        (#"{"user":"","user":"u-1"}"#, true),
        (#"{"user":"u-2","session":"s-1","user":"u-3"}"#, false),
        (#"{"user":"u-2","slots":{"user":"u-1"},"user":"u-2"}"#, false),
    ])
    func anUnreadableLineNamingSeveralUsersIsEachOnes(line: String, isTheirs: Bool) {
        let selector = UserDataSelector(user: "u-1", sessions: ["s-1"])
        #expect(selector.owns(unreadable: Array(line.utf8)) == isTheirs, "\(line)")
    }
}
