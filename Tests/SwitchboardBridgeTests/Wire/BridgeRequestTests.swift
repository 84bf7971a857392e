import SwitchboardBridge
import SwitchboardCore
import Testing

@Suite struct BridgeRequestTests {
    private func parse(_ line: String) throws(BridgeRejection) -> BridgeRequest {
        try BridgeRequest.parse(Array(line.utf8))
    }

    private func rejection(_ bytes: [UInt8]) -> BridgeRejection? {
        do {
            _ = try BridgeRequest.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func aMessageWithEveryField() throws {
        let request = try self.parse(
            #"{"id":7,"type":"message","session":"web-42","text":"hi","user":"u-1","#
                + #""context":{"plan":"plus","age":31,"beta":true,"gone":null}}"#)
        #expect(
            request
                == BridgeRequest(
                    id: .number("7"), type: .message, session: "web-42", text: "hi", user: "u-1",
                    context: [
                        "plan": .string("plus"), "age": .number(31), "beta": .bool(true),
                        "gone": .null,
                    ]))
    }

    @Test func typeDefaultsToMessageAndNullMeansAbsent() throws {
        let request = try self.parse(
            #"{"session":"s","text":"hi","id":null,"user":null,"context":null,"later":[1]}"#)
        #expect(request == BridgeRequest(session: "s", text: "hi"))
    }

    /// An empty user names no one (protocol 1.4), so it is no other user than the session's.
    @Test func anEmptyUserIsAbsent() throws {
        #expect(
            try self.parse(#"{"session":"s","text":"hi","user":""}"#)
                == BridgeRequest(session: "s", text: "hi"))
        let rejection = self.rejection(
            Array(#"{"type":"action_result","session":"s","call":"C1","user":"","ok":1}"#.utf8))
        #expect(rejection?.answering == BridgeCallReference(session: "s", call: "C1"))
    }

    @Test func idsAreStringsOrNumbersKeptAsWritten() throws {
        #expect(try self.parse(#"{"id":"a-1","type":"ping"}"#).id == .string("a-1"))
        #expect(try self.parse(#"{"id":1.50e2,"type":"ping"}"#).id == .number("1.50e2"))
        #expect(try self.parse(#"{"type":"ping"}"#) == BridgeRequest(type: .ping, session: nil))
    }

    @Test(
        "Each kind of bad line has its code",
        arguments: [
            ("", "empty_line"), ("   \t ", "empty_line"), ("hello", "invalid_json"),
            (#"{"session":"s","text":"hi""#, "invalid_json"), (#"{"a":1,}"#, "invalid_json"),
            ("[1,2]", "not_an_object"), (#""text""#, "not_an_object"), ("42", "not_an_object"),
            ("null", "not_an_object"),
            (
                #"{"a":"# + String(repeating: "[", count: 32) + "1"
                    + String(repeating: "]", count: 32) + "}", "too_deep"
            ),
            (#"{"text":"hi"}"#, "missing_field"), (#"{"session":"s"}"#, "missing_field"),
            (#"{"type":"start"}"#, "missing_field"),
            (#"{"session":7,"text":"hi"}"#, "invalid_field"),
            (#"{"session":"s","text":["hi"]}"#, "invalid_field"),
            (#"{"session":"","text":"hi"}"#, "invalid_field"),
            (#"{"session":"s","type":3}"#, "invalid_field"),
            (#"{"session":"s","type":"start","user":false}"#, "invalid_field"),
            (#"{"session":"s","type":"start","context":[]}"#, "invalid_field"),
            (#"{"session":"s","type":"start","context":{"a":{}}}"#, "invalid_field"),
            (#"{"session":"s","type":"start","context":{"a":1e999}}"#, "invalid_field"),
            (#"{"session":"s","session":"t","type":"start"}"#, "invalid_field"),
            (#"{"session":"s","type":"start","context":{"a":1,"a":2}}"#, "invalid_field"),
            (#"{"id":{},"type":"ping"}"#, "invalid_field"),
            (#"{"session":"s","type":"shout"}"#, "unknown_type"),
            (#"{"session":"s","type":"START"}"#, "unknown_type"),
        ])
    func badLines(line: String, code: String) {
        #expect(self.rejection(Array(line.utf8))?.error.code.rawValue == code)
    }

    @Test(
        "A missing session is named with the request's type, and its article",
        arguments: [
            (#"{"text":"hi"}"#, "a message request needs a session"),
            (#"{"type":"end"}"#, "an end request needs a session"),
            (
                #"{"type":"action_result","call":"C2-X","ok":true}"#,
                "an action_result request needs a session"
            ),
            (#"{"type":"state"}"#, "a state request needs a session"),
        ])
    func aMissingSessionReads(line: String, message: String) {
        let rejection = self.rejection(Array(line.utf8))
        #expect(rejection?.error.code == .missingField)
        #expect(rejection?.error.message == message)
    }

    @Test func invalidUTF8IsNamedAsSuch() {
        let lines: [[UInt8]] = [
            [0xFF, 0xFE],
            Array(#"{"session":"s","text":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8),
            Array(#"{"session":"s","text":"\#u{00E9}"}"#.utf8).dropLast(3) + [0xE9, 0x22, 0x7D],
        ]
        for line in lines {
            #expect(self.rejection(line)?.error.code == .invalidUTF8)
        }
    }

    @Test func invalidUTF8NamesTheColumnOfTheBadBytes() {
        // Found by fuzzing: the message had no column, and when a syntax error came before the
        // bad bytes it quoted that error ("expected ':' after object key") as the UTF-8 problem.
        let bad = Array(#"{"session":"s","text":"h"#.utf8) + [0xFF] + Array(#""}"#.utf8)
        #expect(
            self.rejection(bad)?.error.message
                == "the line is not valid UTF-8: invalid UTF-8 byte 0xFF (column 25)")
        let syntaxFirst = Array(#"{"session" "s","text":"h"#.utf8) + [0xC3, 0x28] + [0x22, 0x7D]
        #expect(self.rejection(syntaxFirst)?.error.code == .invalidUTF8)
        #expect(
            self.rejection(syntaxFirst)?.error.message
                == "the line is not valid UTF-8 (column 25)")
    }

    @Test(arguments: [
        (#"{"type":"end"}"#, "an end request needs a session"),
        (
            #"{"type":"action_result","call":"c","ok":true}"#,
            "an action_result request needs a session"
        ),
        (#"{"type":"reset"}"#, "a reset request needs a session"),
    ])
    func aMissingSessionReadsAsASentence(line: String, message: String) {
        #expect(self.rejection(Array(line.utf8))?.error.message == message)
    }

    @Test func theIdIsKeptWhenALaterFieldIsBad() {
        let rejection = self.rejection(Array(#"{"id":"r9","session":"s","type":"nope"}"#.utf8))
        #expect(rejection?.id == .string("r9"))
        #expect(rejection?.error.code == .unknownType)
        #expect(self.rejection(Array(#"{"id":true,"type":"ping"}"#.utf8))?.id == nil)
    }

    /// An `action_result` refused for a field other than its type, session and call still
    /// says which call it answers, so the server can fail that call (protocol 1.3).
    @Test func aMalformedResultNamesTheCallItAnswers() {
        let answered = BridgeCallReference(session: "s", call: "C2-X")
        for fields in [
            #""ok":"yes""#, #""data":{}"#, #""ok":true,"data":[1]"#, #""ok":false,"error":1"#,
            #""ok":true,"ok":true"#, #""ok":true,"user":7"#, #""ok":true,"text":[]"#,
        ] {
            let line = #"{"id":"i","type":"action_result","session":"s","call":"C2-X",\#(fields)}"#
            let rejection = self.rejection(Array(line.utf8))
            #expect(rejection?.answering == answered, "\(line)")
            #expect(rejection?.id == .string("i"))
        }
        let badID = self.rejection(
            Array(#"{"id":true,"type":"action_result","session":"s","call":"C2-X","ok":true}"#.utf8)
        )
        #expect(badID?.id == nil)
        #expect(badID?.answering == answered)
    }

    /// `data` that is no object, an `error` that is no string and a key written twice in
    /// `data` make a result malformed whatever `ok` says (protocol 1.3), so the server fails
    /// the call it names instead of reading half of it.
    @Test(
        "A result with a field of the wrong type is malformed whatever ok says",
        arguments: [
            (#""ok":false,"data":"x""#, #""data" must be an object, not string"#),
            (
                #""ok":false,"error":"no such order","data":[1]"#,
                #""data" must be an object, not array"#
            ),
            (#""ok":true,"error":5"#, #""error" must be a string, not number"#),
            (#""ok":true,"data":{},"error":{}"#, #""error" must be a string, not object"#),
            (
                #""ok":true,"data":{"status":"a","status":"refunded"}"#,
                "data.status appears more than once"
            ),
            (#""ok":false,"data":{"order":{"s":1,"s":2}}"#, "data.order.s appears more than once"),
            (#""ok":true,"data":{"list":[{"k":1,"k":2}]}"#, "data.list[].k appears more than once"),
        ])
    func aResultWithAFieldOfTheWrongTypeIsMalformed(fields: String, message: String) {
        let line = #"{"id":"i","type":"action_result","session":"s","call":"C2-X",\#(fields)}"#
        let rejection = self.rejection(Array(line.utf8))
        #expect(rejection?.error.code == .invalidField, "\(line)")
        #expect(rejection?.error.message == message, "\(line)")
        #expect(rejection?.answering == BridgeCallReference(session: "s", call: "C2-X"))
    }

    /// `null` counts as absent in a result as anywhere else.
    @Test func nullCountsAsAbsentInAResult() throws {
        let failed = try self.parse(
            #"{"type":"action_result","session":"s","call":"C2-X","ok":false,"error":null}"#)
        #expect(failed.result == .failure("failed"))
        let succeeded = try self.parse(
            #"{"type":"action_result","session":"s","call":"C2-X","ok":true,"data":null,"#
                + #""error":null}"#)
        #expect(succeeded.result == .success([:]))
    }

    @Test(
        "A bad line that is no plain action_result names no call",
        arguments: [
            #"{"type":"action_result","session":"s","ok":true}"#,
            #"{"type":"action_result","session":"s","call":5,"ok":true}"#,
            #"{"type":"action_result","call":"C2-X","ok":true}"#,
            #"{"type":"action_result","session":"","call":"C2-X","ok":true}"#,
            #"{"type":"action_result","session":"s","call":"C2-X","call":"C2-Y","ok":true}"#,
            #"{"type":"action_result","session":"s","session":"t","call":"C2-X","ok":true}"#,
            #"{"type":"action_result","type":"action_result","session":"s","call":"C2-X"}"#,
            #"{"type":"message","session":"s","call":"C2-X"}"#,
            #"{"session":"s","call":"C2-X","text":1}"#,
            #"{"type":"action_results","session":"s","call":"C2-X","ok":true}"#,
            #"{"type":"action_result","session":"s","call":"C2-X","ok":tru}"#,
        ])
    func aBadLineThatIsNoPlainResultNamesNoCall(line: String) {
        let rejection = self.rejection(Array(line.utf8))
        #expect(rejection != nil)
        #expect(rejection?.answering == nil)
    }

    @Test func sessionIdsHaveALengthLimit() throws {
        let longest = String(repeating: "é", count: BridgeRequest.maxSessionBytes / 2)
        #expect(try self.parse(#"{"type":"start","session":"\#(longest)"}"#).session == longest)
        let rejection = self.rejection(Array(#"{"type":"start","session":"\#(longest)x"}"#.utf8))
        #expect(rejection?.error.code == .invalidField)
    }

    @Test func nestingBeyondTheLimitIsRefusedWithoutRecursion() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(self.rejection(Array(deep.utf8))?.error.code == .tooDeep)
    }
}
