import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// Lines of the logs that cannot be read (NaN, a lone surrogate, nesting too deep, garbage, a
/// torn last line): they are the person's only when they name, as a whole JSON string, the
/// person's user id or one of their sessions or tickets; every other one is kept byte for byte.
@Suite struct UserDataRequestUnreadableLineTests {
    /// u-2's (and nobody's) lines that cannot be read, each beside the person's sessions or
    /// id only where it cannot be theirs.
    static let othersDamagedLines = [
        // Another user's handoff with a number JSON has not.
        #"{"event":"handoff","ticket":"TKT-2","session":"s-2","user":"u-2","score":NaN}"#,
        // Another user in the person's session: a line naming another user is never theirs.
        #"{"event":"turn","session":"s-1","user":"u-2","n":NaN}"#,
        // The person's id inside a longer string, and as a prefix of another id.
        #"{"event":"turn","session":"s-2","text":"say \"u-1\" and s-1","n":NaN}"#,
        #"{"event":"turn","session":"s-9","user":"u-10","n":NaN}"#,
        // A lone surrogate, nesting deeper than the parser takes, garbage.
        #"{"event":"turn","session":"s-2","text":"\ud800"}"#,
        #"{"session":"s-2","deep":"# + String(repeating: "[", count: 80)
            + String(repeating: "]", count: 80) + "}",
        "garbage, not JSON",
    ]

    /// The person's lines that cannot be read: naming their user id, only their session
    /// (learnt from a readable line), only their ticket.
    static let personsDamagedLines = [
        #"{"event":"turn","session":"s-x","user":"u-1","n":NaN}"#,
        #"{"event":"turn","session":"s-3","text":"\ud800"}"#,
        #"{"event":"accepted","ticket":"TKT-1","time":NaN}"#,
    ]

    /// u-2's readable handoff record, last in the log.
    static let othersRecord =
        #"{"event":"handoff","ticket":"TKT-9","session":"s-9","user":"u-2","transcript":[]}"#

    /// A handoff log with u-1's and u-2's records and the damaged lines between them.
    static func log(in directory: TemporaryDirectory) throws -> JSONLinesFile {
        let log = JSONLinesFile(path: directory.path + "/handoff.jsonl")
        try log.append(
            [
                #"{"event":"handoff","ticket":"TKT-1","session":"s-1","user":"u-1","transcript":[]}"#,
                #"{"event":"turn","session":"s-3","user":"u-1"}"#,
            ] + Self.othersDamagedLines + Self.personsDamagedLines + [Self.othersRecord])
        return log
    }

    @Test func anotherUsersDamagedLinesSurviveErasureByteForByte() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try Self.log(in: directory)
        var request = UserDataRequest(user: "u-1", files: [log])
        let receipts = try request.erase()
        let othersLines = Self.othersDamagedLines + [Self.othersRecord]
        #expect(try directory.read("handoff.jsonl") == othersLines.map { $0 + "\n" }.joined())
        #expect(receipts.map(\.removed) == [2])
        #expect(receipts.map(\.kept) == [1])
        // Lines 3 to 9 are the others', 10 to 12 the person's.
        let path = log.path
        let locations = { (lines: [String]) in lines.map { String($0.prefix { $0 != " " }) } }
        #expect(locations(receipts[0].unreadableKept) == (3...9).map { "\(path):\($0):" })
        #expect(locations(receipts[0].unreadableRemoved) == (10...12).map { "\(path):\($0):" })
        // Running it again removes nothing more and keeps the same lines.
        var again = UserDataRequest(user: "u-1", files: [log])
        let second = try again.erase()
        #expect(second.map(\.removed) == [0])
        #expect(second[0].unreadableRemoved.isEmpty)
        #expect(second[0].unreadableKept.count == 7)
    }

    @Test func exportIncludesThePersonsDamagedLinesOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try Self.log(in: directory)
        var request = UserDataRequest(user: "u-1", files: [log])
        let found = try request.export()
        #expect(found[0].lines.map(\.number) == [1, 2])
        #expect(found[0].unreadable.map(\.problem.line) == [10, 11, 12])
        #expect(
            found[0].unreadable.map { String(decoding: $0.bytes, as: UTF8.self) }
                == Self.personsDamagedLines)
        #expect(found[0].problems.map(\.line) == Array(3...9))
    }

    /// A torn last line that ends inside a string could be a prefix of the person's id
    /// (`"u-1` of `"u-10"`): it is kept, and ended with a newline so that the next record
    /// appended is a line of its own.
    @Test func aTornLineEndingInsideAStringIsKeptAndEnded() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let kept = #"{"event":"handoff","ticket":"TKT-2","session":"s-2","user":"u-1"#
        try directory.write(
            "handoff.jsonl",
            #"{"event":"handoff","ticket":"TKT-1","session":"s-1","user":"u-1"}"# + "\n" + kept)
        let log = JSONLinesFile(path: directory.url("handoff.jsonl"))
        var request = UserDataRequest(user: "u-1", files: [log])
        let receipts = try request.erase()
        #expect(receipts.map(\.removed) == [1])
        #expect(receipts[0].unreadableRemoved.isEmpty)
        #expect(receipts[0].unreadableKept.count == 1)
        #expect(try directory.read("handoff.jsonl") == kept + "\n")
        try log.append(#"{"event":"accepted","ticket":"TKT-2"}"#)
        #expect(try log.read().lines.map(\.number) == [2])
        #expect(
            try directory.read("handoff.jsonl") == kept + "\n"
                + #"{"event":"accepted","ticket":"TKT-2"}"# + "\n")
    }

    /// A torn last line that names the person's session as a whole string is theirs.
    @Test func aTornLineNamingTheirSessionIsRemoved() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(
            "conversations.jsonl",
            #"{"event":"turn","session":"s-1","user":"u-1"}"# + "\n"
                + #"{"event":"turn","session":"s-2","user":"u-2"}"# + "\n"
                + #"{"event":"turn","session":"s-1","text":"my card is"#)
        let log = JSONLinesFile(path: directory.url("conversations.jsonl"))
        var request = UserDataRequest(user: "u-1", files: [log])
        let receipts = try request.erase()
        #expect(receipts.map(\.removed) == [1])
        #expect(receipts[0].unreadableRemoved.count == 1)
        #expect(receipts[0].unreadableKept.isEmpty)
        #expect(
            try directory.read("conversations.jsonl")
                == #"{"event":"turn","session":"s-2","user":"u-2"}"# + "\n")
    }

    @Test(arguments: [
        // A whole string token naming the person, their session or ticket.
        (#"{"user":"u-1","n":NaN}"#, true),
        (#"{"session":"s-1","n":NaN}"#, true),
        (#"{"ticket":"T-1","n":NaN}"#, true),
        (#"{"a":["x","T-1"],"n":NaN}"#, true),
        (#"{"user":"","session":"s-1","n":NaN}"#, true),
        (#"{"user":null,"session":"s-1","n":NaN}"#, true),
        // An id with characters the writer escapes, written as the writer writes it.
        (#"{"user":"u-\"q\"","n":NaN}"#, false),
        // No whole string naming them.
        (#"{"text":"u-1 s-1 T-1","n":NaN}"#, false),
        (#"{"text":"x\"u-1\"","n":NaN}"#, false),
        (#"{"user":"u-10","n":NaN}"#, false),
        (#"{"user":"u-1"#, false),
        (#"{"session":"s-1"#, false),
        ("u-1 s-1", false),
        // Another user's line, even of their session: never theirs.
        (#"{"user":"u-2","session":"s-1","n":NaN}"#, false),
        (#"{"session":"s-1","user" : "u-2","n":NaN}"#, false),
        // A nested "user" is not the line's user.
        (#"{"session":"s-1","slots":{"user":"u-2"},"n":NaN}"#, true),
    ])
    func anUnreadableLineIsTheirsWhenAWholeStringNamesThem(line: String, isTheirs: Bool) {
        var selector = UserDataSelector(user: "u-1", sessions: ["s-1"])
        selector.learn(from: UserDataRequestTests.line(#"{"user":"u-1","ticket":"T-1"}"#))
        #expect(selector.owns(unreadable: Array(line.utf8)) == isTheirs, "\(line)")
    }

    @Test func anIdTheWriterEscapesIsMatchedAsWritten() {
        let selector = UserDataSelector(user: #"u-"q""#)
        #expect(selector.owns(unreadable: Array(#"{"user":"u-\"q\"","n":NaN}"#.utf8)))
        #expect(!selector.owns(unreadable: Array(#"{"user":"u-\u0022q\u0022","n":NaN}"#.utf8)))
    }

    /// An empty session or ticket learnt from a line names no one: it does not make every
    /// damaged line with an empty string the person's.
    @Test func anEmptySessionOrTicketNamesNoOne() {
        var selector = UserDataSelector(user: "u-1")
        selector.learn(from: UserDataRequestTests.line(#"{"user":"u-1","session":"","ticket":""}"#))
        #expect(!selector.owns(unreadable: Array(#"{"session":"","ticket":"","n":NaN}"#.utf8)))
    }
}
