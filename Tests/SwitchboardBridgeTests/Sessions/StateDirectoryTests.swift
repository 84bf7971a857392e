import SwitchboardCore
import SwitchboardTesting
import Testing

@testable import SwitchboardBridge

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct StateDirectoryTests {
    private let now = Timestamp(millisecondsSince1970: 1_795_773_600_000)

    @Test func sessionsRoundTripThroughFilesNamedSafely() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = try StateDirectory(path: folder.url("state/nested"))
        var state = ConversationState(session: "../Web 42", user: "u-1")
        state.slots = ["amount": .money(Money(minorUnits: 499, currency: "USD"))]
        state.history = [HistoryEntry(speaker: .user, text: "hi \"there\"\n")]
        try directory.save(SavedSession(state: state, lastActive: self.now))
        try directory.save(
            SavedSession(state: ConversationState(session: "b"), lastActive: self.now))
        #expect(
            try FileSystem.entries(of: directory.path) == ["_2e_2e_2f_57eb_2042.json", "b.json"])
        let (sessions, problems) = try directory.loadAll()
        #expect(problems.isEmpty)
        #expect(
            sessions.sorted { $0.session < $1.session } == [
                SavedSession(state: state, lastActive: self.now),
                SavedSession(state: ConversationState(session: "b"), lastActive: self.now),
            ])
        try directory.remove(session: "b")
        try directory.remove(session: "never-saved")
        #expect(try directory.loadAll().sessions.map(\.session) == ["../Web 42"])
    }

    @Test func sessionFilesAreReadableByTheirOwnerOnly() throws {
        // A state file holds the conversation's slots and history: with the folder open to
        // others (0755, the default), the file itself must not be.
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = try StateDirectory(path: folder.path)
        try directory.save(
            SavedSession(state: ConversationState(session: "web-1"), lastActive: self.now))
        var info = stat()
        #expect(stat(directory.filePath(for: "web-1"), &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test func strayAndDamagedFilesAreReportedNotFatal() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = try StateDirectory(path: folder.path)
        try directory.save(
            SavedSession(state: ConversationState(session: "good"), lastActive: self.now))
        try folder.write("torn.json", "{\"format\":1,\"sess")
        try folder.write("README", "not a state file")
        try folder.write("good.json.tmp-123", "half written")
        let other = try TemporaryDirectory()
        defer { other.remove() }
        try StateDirectory(path: other.path).save(
            SavedSession(state: ConversationState(session: "elsewhere"), lastActive: self.now))
        try folder.write("moved.json", try other.read("elsewhere.json"))
        let (sessions, problems) = try directory.loadAll()
        #expect(sessions.map(\.session) == ["good"])
        #expect(problems.count == 3)
        #expect(problems.contains { $0.contains("torn.json") })
        #expect(problems.contains { $0.contains("README") })
        // Said at the session's line and column, with its field, as other problems are.
        let moved = try other.read("elsewhere.json")
        let sessionAt = try #require(moved.firstRange(of: #""session":"elsewhere""#)).lowerBound
        let column = moved.utf8.distance(from: moved.startIndex, to: sessionAt) + 11
        #expect(
            problems.contains {
                $0.hasPrefix(
                    "\(folder.url("moved.json")):1:\(column): session.state.session holds session "
                        + "\"elsewhere\", not \"moved\"; ignored")
            }, "\(problems)")
        #expect(!FileSystem.exists(folder.url("good.json.tmp-123")))
        // Files that could not be loaded are set aside, bytes intact, so that a conversation
        // starting again in their session cannot overwrite them.
        #expect(
            problems.contains {
                $0.hasSuffix("; set aside as \(folder.url("torn.json")).unreadable")
            })
        #expect(try folder.read("torn.json.unreadable") == "{\"format\":1,\"sess")
        #expect(FileSystem.exists(folder.url("moved.json.unreadable")))
        #expect(!FileSystem.exists(folder.url("torn.json")))
        try directory.save(
            SavedSession(state: ConversationState(session: "torn"), lastActive: self.now))
        #expect(try folder.read("torn.json.unreadable") == "{\"format\":1,\"sess")
        // Once set aside, they are not reported again.
        let again = try directory.loadAll()
        #expect(again.sessions.map(\.session).sorted() == ["good", "torn"])
        #expect(again.problems.count == 1)  // README
    }

    @Test func framesKeepTheirAnsweredQuestionsAndOldFilesWithoutThemStillLoad() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = try StateDirectory(path: folder.path)
        var state = ConversationState(session: "a")
        var frame = FlowFrame(flow: "refund", state: "confirm_refund")
        frame.answered = [
            AnsweredQuestion(state: "ask_reason", slot: "refund_reason"),
            AnsweredQuestion(state: "takeover_q"),
        ]
        state.stack = [frame]
        try directory.save(SavedSession(state: state, lastActive: self.now))
        #expect(try directory.loadAll().sessions.map(\.state.stack) == [[frame]])

        // A file saved before frames remembered their answers has no "answered": it loads,
        // with nothing to go back to.
        let saved = try folder.read("a.json")
        // Keys are sorted, so "answered" opens the frame's object.
        let old = saved.replacing(#/"answered":\[[^\]]*\],/#, with: "")
        #expect(!old.contains("answered"))
        try folder.write("a.json", old)
        let (sessions, problems) = try directory.loadAll()
        #expect(problems.isEmpty)
        #expect(sessions.first?.state.stack.first?.answered == [])
        #expect(sessions.first?.state.stack.first?.state == "confirm_refund")
    }

    @Test func countersOutOfRangeAreReportedNotLoaded() throws {
        // Found by fuzzing state files: "attempts": 9223372036854775807 was loaded, and the
        // next wrong answer's attempts += 1 overflowed and stopped the bridge with every session.
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = try StateDirectory(path: folder.path)
        var state = ConversationState(session: "a")
        state.stack = [FlowFrame(flow: "sign_in_help", state: "ask_issue")]
        state.variantUses = ["greeting": 1]
        try directory.save(SavedSession(state: state, lastActive: self.now))
        let saved = try folder.read("a.json")
        let cases = [
            (
                "\"attempts\":0", "\"attempts\":9223372036854775807",
                "stack[0].attempts is 9223372036854775807"
            ),
            ("\"turn\":0", "\"turn\":-1", "turn is -1"),
            (
                "\"consecutiveFallbacks\":0", "\"consecutiveFallbacks\":2147483648",
                "consecutiveFallbacks is 2147483648"
            ),
            ("\"greeting\":1", "\"greeting\":-3", "variantUses[\"greeting\"] is -3"),
        ]
        for (index, (field, damaged, problem)) in cases.enumerated() {
            #expect(saved.contains(field), "\(field)")
            let text = saved.replacing(field, with: damaged)
            try folder.write("a.json", text)
            let (sessions, problems) = try directory.loadAll()
            #expect(sessions.isEmpty, "\(damaged)")
            let aside = folder.url("a.json.unreadable") + (index == 0 ? "" : "-\(index + 1)")
            // Reported like any other field: its place in the file (the value's column; the
            // file is one line) and its path from the file's top.
            let damagedAt = try #require(text.firstRange(of: damaged)).lowerBound
            let column =
                text.utf8.distance(from: text.startIndex, to: damagedAt)
                + field.utf8.count - field.drop { $0 != ":" }.dropFirst().utf8.count + 1
            #expect(
                problems == [
                    "\(folder.url("a.json")):1:\(column): not a session state file: "
                        + "session.state.\(problem); expected 0 to 2147483647; set aside as \(aside)"
                ], "\(damaged)")
        }
        // A file of another format says where its format is.
        try folder.write("a.json", saved.replacing(#""format":1"#, with: #""format":2"#))
        let format = try directory.loadAll().problems
        let formatAt = try #require(saved.firstRange(of: #""format":1"#)).upperBound
        let formatColumn = saved.utf8.distance(from: saved.startIndex, to: formatAt)
        #expect(
            format == [
                "\(folder.url("a.json")):1:\(formatColumn): state file format 2 is not 1; "
                    + "set aside as \(folder.url("a.json.unreadable-5"))"
            ])
        try folder.write("a.json", saved.replacing("\"turn\":0", with: "\"turn\":2147483647"))
        #expect(try directory.loadAll().sessions.map(\.state.turn) == [2_147_483_647])
    }

    @Test func countersSaveAndLoadOverTheSameRange() throws {
        // A conversation's turn reached 2^31: it was saved, then refused on load and set aside.
        // The machine's counters now stop at the largest count, and a save never writes a
        // counter the load would refuse.
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = try StateDirectory(path: folder.path)
        var state = ConversationState(session: "a")
        state.turn = ConversationState.maximumCount
        state.variantUses = ["greeting": ConversationState.maximumCount]
        try directory.save(SavedSession(state: state, lastActive: self.now))
        let loaded = try directory.loadAll()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.sessions.map(\.state) == [state])
        for (name, edit): (String, (inout ConversationState) -> Void) in [
            ("turn is 2147483648", { $0.turn += 1 }),
            (
                "variantUses[\"greeting\"] is 2147483648",
                { $0.variantUses["greeting", default: 0] += 1 }
            ),
            ("turn is -1", { $0.turn = -1 }),
        ] {
            var beyond = state
            edit(&beyond)
            let error = #expect(throws: SessionPersistenceError.self, "\(name)") {
                try directory.save(SavedSession(state: beyond, lastActive: self.now))
            }
            #expect(
                error?.description
                    == "a: cannot save the session: \(name); expected 0 to 2147483647")
            #expect(throws: SessionPersistenceError.self, "\(name)") {
                try SavedSession(state: beyond, lastActive: self.now).fileContents()
            }
        }
        // The file saved before the refused saves is intact.
        #expect(try directory.loadAll().sessions.map(\.state) == [state])
    }

    @Test func aFileThatIsNotJSONIsReportedAtItsLineAndColumn() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = try StateDirectory(path: folder.path)
        try folder.write("a.json", "{\"format\": 1,\n  \"session\": {\"state\": tru}}\n")
        try folder.write("b.json", "")
        try folder.write("c.json", "{\"format\": 1, \"session\": {\"lastActive\": 1, \"é\": [}}")
        let (sessions, problems) = try directory.loadAll()
        #expect(sessions.isEmpty)
        #expect(
            problems == [
                "\(folder.url("a.json")):2:24: not a session state file: not valid JSON: "
                    + "expected value after ':', found 'tru'; "
                    + "set aside as \(folder.url("a.json")).unreadable",
                "\(folder.url("b.json")):1:1: not a session state file: not valid JSON: "
                    + "empty document; "
                    + "set aside as \(folder.url("b.json")).unreadable",
                // The column counts the characters before the '}', é as one.
                "\(folder.url("c.json")):1:50: not a session state file: not valid JSON: "
                    + "expected value or ']', found '}'; "
                    + "set aside as \(folder.url("c.json")).unreadable",
            ])
    }

    /// A state file that is valid JSON with a field of the wrong kind: the field's path and
    /// the line and column of its value, as the other JSON inputs report them.
    @Test(
        "A field of the wrong kind is reported with its path, line and column",
        arguments: [
            (
                #""turn":0"#, #""turn":"zero""#, #""zero""#,
                "session.state.turn must be a whole number, not a string"
            ),
            (
                #""text":"hi""#, #""text":null"#, "null",
                "session.state.history[0].text must be a string, not null"
            ),
            (#""slots":{},"#, "", #"{"articlesTried""#, "session.state.slots is missing"),
            (
                #""lastActive":""#, #""lastActive":"yesterday","old":""#, #""yesterday""#,
                "session.lastActive: not an ISO 8601 UTC time: yesterday"
            ),
            // Found by fuzzing: JSONDecoder calls a number it cannot convert "not valid JSON",
            // with no field, and the file was reported at 1:1 as not JSON.
            (
                #""turn":0"#, #""turn":7.25"#, "7.25",
                "session.state.turn must be a whole number, not 7.25"
            ),
            (
                #""turn":0"#, #""turn":9223372036854775808"#, "9223372036854775808",
                "session.state.turn is 9223372036854775808, too large for a whole number"
            ),
            (
                #""consecutiveFallbacks":0,"context":{}"#,
                #""consecutiveFallbacks":2.5,"context":{"price":{"number":{"_0":4.99}}}"#, "2.5",
                "session.state.consecutiveFallbacks must be a whole number, not 2.5"
            ),
        ])
    func aFieldOfTheWrongKindIsReportedWhereItIs(
        field: String, replacement: String, at marker: String, message: String
    ) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = try StateDirectory(path: folder.path)
        var state = ConversationState(session: "s")
        state.history = [HistoryEntry(speaker: .user, text: "hi")]
        try directory.save(SavedSession(state: state, lastActive: self.now))
        let saved = try folder.read("s.json")
        #expect(saved.contains(field))
        let damaged = saved.replacing(field, with: replacement)
        try folder.write("s.json", damaged)
        let offset = try #require(damaged.firstRange(of: marker)).lowerBound
        let column = damaged.distance(from: damaged.startIndex, to: offset) + 1
        let (sessions, problems) = try directory.loadAll()
        #expect(sessions.isEmpty)
        #expect(
            problems == [
                "\(folder.url("s.json")):1:\(column): not a session state file: \(message); "
                    + "set aside as \(folder.url("s.json")).unreadable"
            ])
    }

    /// A key written twice in a state file, at any depth: JSONDecoder would keep the first
    /// value silently, so the file is damaged like any other, reported at the repeat with the
    /// field's path and where it first appears, and set aside.
    @Test(
        "A repeated key is reported with its path and both places, and the file set aside",
        arguments: [
            (#"{"format":1,"#, #"{"format":1,"format":1,"#, #""format":"#, "format appears twice"),
            (#""turn":0"#, #""turn":0,"turn":5"#, #""turn":"#, "session.state.turn appears twice"),
            // The first value has the wrong kind: the repeat is what is wrong with the file.
            (
                #""turn":0"#, #""turn":"0","turn":0"#, #""turn":"#,
                "session.state.turn appears twice"
            ),
            (
                #""text":"hi""#, #""text":"hi","text":"bye""#, #""text":"#,
                "session.state.history[0].text appears twice"
            ),
            (
                #""context":{}"#, #""context":{"k":{"string":{"_0":"a"}},"k":1,"k":2}"#, #""k":"#,
                "session.state.context.k appears 3 times"
            ),
        ])
    func aRepeatedKeyIsReportedWhereItIs(
        field: String, replacement: String, key: String, message: String
    ) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = try StateDirectory(path: folder.path)
        var state = ConversationState(session: "s")
        state.history = [HistoryEntry(speaker: .user, text: "hi")]
        try directory.save(SavedSession(state: state, lastActive: self.now))
        try directory.save(
            SavedSession(state: ConversationState(session: "good"), lastActive: self.now))
        let saved = try folder.read("s.json")
        #expect(saved.contains(field))
        let damaged = saved.replacing(field, with: replacement)
        try folder.write("s.json", damaged)
        // Every state file is one line of ASCII here: a column is an offset plus 1.
        let columns = damaged.ranges(of: key).map {
            damaged.distance(from: damaged.startIndex, to: $0.lowerBound) + 1
        }
        #expect(columns.count >= 2)
        let (sessions, problems) = try directory.loadAll()
        #expect(sessions.map(\.session) == ["good"])
        #expect(
            problems == [
                "\(folder.url("s.json")):1:\(columns[1]): not a session state file: \(message) "
                    + "(first at line 1, column \(columns[0])); "
                    + "set aside as \(folder.url("s.json")).unreadable"
            ])
        #expect(try folder.read("s.json.unreadable") == damaged)
        // Set aside, it is not read again.
        let again = try directory.loadAll()
        #expect(again.sessions.map(\.session) == ["good"])
        #expect(again.problems.isEmpty)
    }

    /// A file in which a key that says whose it is appears twice with different values names
    /// no one for sure: it is theirs only through its session, like a torn file.
    @Test func aSetAsideFileNamingTwoUsersNamesNoOneForSure() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = try StateDirectory(path: folder.path)
        for session in ["web-1", "web-2"] {
            try directory.save(
                SavedSession(
                    state: ConversationState(session: session, user: "u-1"), lastActive: self.now))
        }
        let saved = try folder.read("web-1.json")
        #expect(saved.contains(#""user":"u-1""#))
        try folder.write(
            "web-1.json", saved.replacing(#""user":"u-1""#, with: #""user":"u-2","user":"u-1""#))
        // The same value twice still says whose it is.
        try folder.write(
            "web-2.json",
            saved.replacing(#""user":"u-1""#, with: #""user":"u-1","user":"u-1""#)
                .replacing(#""session":"web-1""#, with: #""session":"web-2""#))
        let (sessions, problems) = try directory.loadAll()
        #expect(sessions.isEmpty)
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.contains("session.state.user appears twice") })
        let files = try directory.setAsideFiles()
        #expect(files.map(\.session) == ["web-1", "web-2"])
        #expect(files.map(\.user) == [nil, "u-1"])
        #expect(files.map(\.namesNoUser) == [false, false])
        #expect(files.map { $0.attribution(to: "u-1", sessions: []) } == [.unknown, .theirs])
        #expect(files.map { $0.attribution(to: "u-2", sessions: []) } == [.unknown, .notTheirs])
        #expect(
            files.map { $0.attribution(to: "u-2", sessions: ["web-1"]) } == [.theirs, .notTheirs])
    }

    @Test func aNumberTooLargeAfterAFractionThatFitsIsTheOneReported() throws {
        // A fraction where a number may have one (a context value) is not the culprit.
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = try StateDirectory(path: folder.path)
        var state = ConversationState(session: "s")
        state.context = ["price": .number(4.99)]
        try directory.save(SavedSession(state: state, lastActive: self.now))
        let saved = try folder.read("s.json")
        #expect(saved.contains(#"{"_0":4.99}"#) && saved.contains(#""turn":0"#))
        let damaged = saved.replacing(#""turn":0"#, with: #""turn":1e400"#)
        try folder.write("s.json", damaged)
        let offset = try #require(damaged.firstRange(of: "1e400")).lowerBound
        let column = damaged.distance(from: damaged.startIndex, to: offset) + 1
        let (sessions, problems) = try directory.loadAll()
        #expect(sessions.isEmpty)
        #expect(
            problems == [
                "\(folder.url("s.json")):1:\(column): not a session state file: "
                    + "session.state.turn is 1e400, too large a number; "
                    + "set aside as \(folder.url("s.json")).unreadable"
            ])
    }

    @Test func problemsQuotingAFileWriteItsControlCharactersAsEscapes() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = try StateDirectory(path: folder.path)
        try folder.write("stray\u{1B}[2J.json", "x")
        let other = try TemporaryDirectory()
        defer { other.remove() }
        try StateDirectory(path: other.path).save(
            SavedSession(
                state: ConversationState(session: "evil\u{1B}]0;title\u{7}"), lastActive: self.now))
        let file = try #require(try FileSystem.entries(of: other.path).first)
        try folder.write("moved.json", try other.read(file))
        let (_, problems) = try directory.loadAll()
        #expect(problems.count == 2)
        #expect(
            problems.contains(
                #"\#(folder.path)/stray\u{1B}[2J.json: not a session state file name; ignored"#))
        #expect(
            problems.contains {
                $0.hasPrefix("\(folder.url("moved.json")):1:")
                    && $0.contains(
                        #": session.state.session holds session "evil\u{1B}]0;title\u{7}", not "moved""#
                    )
            })
        #expect(
            SessionPersistenceError(path: "s.json", reason: "bad\u{1B}[2J\nvalue").description
                == #"s.json: bad\u{1B}[2J\nvalue"#)
    }

    @Test func aFileInTheWayIsAnError() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("file", "x")
        #expect(throws: SessionPersistenceError.self) {
            try StateDirectory(path: folder.url("file"))
        }
    }

    @Test func aDateThatIsNoDayIsReportedNotLoaded() throws {
        // CalendarDate's decoding took any year, month and day: a damaged file could restore
        // 2026-02-30, and a year near Int.max overflowed counting its days.
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = try StateDirectory(path: folder.path)
        var state = ConversationState(session: "d")
        state.slots = ["bought": .date(try #require(CalendarDate(iso: "2026-02-28")))]
        try directory.save(SavedSession(state: state, lastActive: self.now))
        let saved = try folder.read("d.json")
        #expect(saved.contains(#""day":28,"month":2,"year":2026"#))
        for damaged in [
            #""day":30,"month":2,"year":2026"#, #""day":1,"month":1,"year":4611686018427387904"#,
        ] {
            try folder.write(
                "d.json", saved.replacing(#""day":28,"month":2,"year":2026"#, with: damaged))
            let (sessions, problems) = try directory.loadAll()
            #expect(sessions.isEmpty, "\(damaged)")
            #expect(problems.count == 1)
            #expect(problems.first?.contains("is not a day of the calendar") == true, "\(problems)")
        }
        try folder.write("d.json", saved)
        #expect(try directory.loadAll().sessions.map(\.state.slots) == [state.slots])
    }

    @Test func setAsideFilesSayWhoseTheyAreWhenTheyCan() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = try StateDirectory(path: folder.path)
        func save(_ session: String, user: String?) throws -> String {
            try directory.save(
                SavedSession(
                    state: ConversationState(session: session, user: user), lastActive: self.now))
            return try folder.read(SessionFileName.encode(session))
        }
        let named = try save("Web.7", user: "u-1")
        let anonymous = try save("web-8", user: nil)
        let other = try save("web-9", user: "u-2")
        // Values out of range: JSON still, so its user can be read.
        try folder.write(
            SessionFileName.encode("Web.7"), named.replacing(#""turn":0"#, with: #""turn":-1"#))
        try folder.write(
            SessionFileName.encode("web-8"), anonymous.replacing(#""turn":0"#, with: #""turn":-1"#))
        try folder.write(
            SessionFileName.encode("web-9"), other.replacing(#""turn":0"#, with: #""turn":-1"#))
        try folder.write("web-10.json", #"{"format":1,"sess"#)  // torn: names nobody
        _ = try directory.loadAll()
        try folder.write("web-10.json", #"{"format":1,"sess"#)  // torn again, set aside as -2
        _ = try directory.loadAll()
        let files = try directory.setAsideFiles()
        #expect(
            files.map { $0.path.split(separator: "/").last.map(String.init) ?? "" } == [
                "_57eb_2e7.json.unreadable", "web-10.json.unreadable", "web-10.json.unreadable-2",
                "web-8.json.unreadable", "web-9.json.unreadable",
            ])
        #expect(files.map(\.session) == ["Web.7", "web-10", "web-10", "web-8", "web-9"])
        #expect(files.map(\.user) == ["u-1", nil, nil, nil, "u-2"])
        #expect(files.map(\.namesNoUser) == [false, false, false, true, false])
        #expect(
            files.map { $0.attribution(to: "u-1", sessions: []) } == [
                .theirs, .unknown, .unknown, .notTheirs, .notTheirs,
            ])
        // A session of theirs, learnt from the logs, ties in the torn and anonymous files, but
        // never a file that names another user.
        #expect(
            files.map { $0.attribution(to: "u-1", sessions: ["web-10", "web-8", "web-9"]) } == [
                .theirs, .theirs, .theirs, .theirs, .notTheirs,
            ])
        #expect(files[1].contents == Array(#"{"format":1,"sess"#.utf8))
        try directory.remove(files[1])
        #expect(try directory.setAsideFiles().count == 4)
        #expect(!FileSystem.exists(files[1].path))
    }

    /// A session id of 80 bytes that all escape names a file of 245 bytes, which leaves no
    /// room for `.unreadable`: such a file is set aside under the session's compact name, so
    /// it still leaves the live name free and still names its session for `erase`. (Its
    /// rename failed with "File name too long", so `erase` neither set it aside nor deleted
    /// it, while `export` counted it as the user's.)
    @Test func aFileWithTheLongestNameIsSetAsideUnderItsCompactName() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = try StateDirectory(path: folder.path)
        let session = String(repeating: "Z", count: BridgeRequest.maxSessionBytes)
        let name = SessionFileName.encode(session)
        #expect(name.utf8.count == 245)
        for damage in ["{\"format\":1,\"sess", "garbage"] {
            try directory.save(
                SavedSession(
                    state: ConversationState(session: session, user: "u-1"),
                    lastActive: self.now))
            try folder.write(name, damage)
            let (sessions, problems) = try directory.loadAll()
            #expect(sessions.isEmpty)
            #expect(problems.count == 1)
            #expect(problems.allSatisfy { $0.contains("; set aside as ") }, "\(problems)")
            #expect(!FileSystem.exists(folder.url(name)))
        }
        let aside = try directory.setAsideFiles()
        #expect(aside.count == 2)
        #expect(aside.map(\.session) == [session, session])
        #expect(aside.allSatisfy { $0.attribution(to: "u-1", sessions: [session]) == .theirs })
        #expect(
            Set(aside.map { String(decoding: $0.contents, as: UTF8.self) }) == [
                "{\"format\":1,\"sess", "garbage",
            ])
    }

    /// A set-aside file whose state names "" names no user, as one naming null does.
    @Test func aSetAsideFileNamingAnEmptyUserNamesNoUser() {
        let contents = #"{"format":1,"session":{"state":{"session":"web-8","user":"","turn":-1}}}"#
        let file = SetAsideFile(
            name: "web-8.json.unreadable", path: "/state/web-8.json.unreadable",
            contents: Array(contents.utf8))
        #expect(file.user == nil && file.namesNoUser)
        #expect(file.attribution(to: "u-1", sessions: ["web-8"]) == .theirs)
        #expect(file.attribution(to: "u-1", sessions: []) == .notTheirs)
    }
}
