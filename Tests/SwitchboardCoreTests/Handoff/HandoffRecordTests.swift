import Testing

@testable import SwitchboardCore

/// Reading handoff log lines back with ``LogFields``, the reader the conversation log uses:
/// the first required field that is missing or invalid is named, and the ledger reports it
/// with the file and line.
@Suite struct HandoffRecordTests {
    /// The line of ``FileHandoffStoreTests/record(_:writer:)`` 1, with `old` replaced by `new`
    /// when given.
    static func line(replacing old: String? = nil, with new: String = "") throws -> JSONLine {
        var text = FileHandoffStoreTests.record(1).jsonLine()
        if let old {
            #expect(text.contains(old))
            text = text.replacing(old, with: new)
        }
        let bytes = Array(text.utf8)
        guard case .object(let object) = try JSONParser().parse(bytes).value else {
            throw LogFieldError(field: nil, reason: "not an object")
        }
        return JSONLine(number: 7, bytes: bytes, object: object)
    }

    static let broken: [(old: String, new: String, field: String, reason: String)] = [
        (#""ticket":"TKT-A1","#, "", "ticket", "missing"),
        (
            #""time":"2026-11-27T10:01:00Z""#, #""time":"soon""#, "time",
            #"expected an ISO 8601 UTC time, found "soon""#
        ),
        (
            #""session":"session-a-1""#, #""session":7"#, "session",
            "expected a string, found number"
        ),
        (#""queue":"payments""#, #""queue":null"#, "queue", "missing"),
        (
            #""priority":"high""#, #""priority":"asap""#, "priority",
            #""asap" is not one of "urgent", "high", "normal", "low""#
        ),
        (#""reason":"policy_required""#, #""reason":"whim""#, "reason", ""),
        (
            #""due":"2026-11-27T14:01:00Z""#, #""due":"""#, "due",
            #"expected an ISO 8601 UTC time, found """#
        ),
    ]

    @Test(arguments: Self.broken)
    func theFirstBadRequiredFieldIsNamed(
        _ broken: (old: String, new: String, field: String, reason: String)
    ) throws {
        let line = try Self.line(replacing: broken.old, with: broken.new)
        #expect(HandoffRecord(json: JSONNode(value: .object(line.object))) == nil)
        do {
            _ = try HandoffRecord(fields: LogFields(line))
            Issue.record("read a record without a valid \(broken.field)")
        } catch {
            #expect(error.field == broken.field)
            if !broken.reason.isEmpty { #expect(error.reason == broken.reason) }
        }
        let ledger = HandoffLedger(
            contents: JSONLinesContents(lines: [line]), path: "handoff.jsonl")
        #expect(ledger.tickets.isEmpty)
        #expect(
            ledger.problems.map(\.description) == [
                "handoff.jsonl:7: handoff record without a valid \"\(broken.field)\", skipped"
            ])
    }

    @Test func optionalFieldsOfTheWrongTypeAreLeftOut() throws {
        let line = try Self.line(replacing: #""intent":"refund""#, with: #""intent":1"#)
        let record = try HandoffRecord(fields: LogFields(line))
        var expected = FileHandoffStoreTests.record(1)
        expected.intent = nil
        #expect(record == expected)
    }

    @Test func theContextIsReadBackAndAnOlderLineWithoutItHasNone() throws {
        var record = FileHandoffStoreTests.record(1)
        record.context = ["plan": "plus", "region": "eu"]
        let bytes = Array(record.jsonLine().utf8)
        guard case .object(let object) = try JSONParser().parse(bytes).value else {
            Issue.record("not an object")
            return
        }
        let line = JSONLine(number: 1, bytes: bytes, object: object)
        #expect(try HandoffRecord(fields: LogFields(line)) == record)
        // Lines written before records had a context read as having none.
        let older = try Self.line(replacing: #","context":{}"#, with: "")
        #expect(try HandoffRecord(fields: LogFields(older)) == FileHandoffStoreTests.record(1))
    }

    @Test func aLineOfAnotherKindIsNotARecord() throws {
        let line = try Self.line(replacing: #""event":"handoff""#, with: #""event":"accepted""#)
        #expect(
            throws: LogFieldError(field: "event", reason: #"expected "handoff", found "accepted""#)
        ) {
            try HandoffRecord(fields: LogFields(line))
        }
    }

    @Test func anEventWithoutAValidTimeIsReportedWithItsField() throws {
        let ledger = HandoffLedger(
            contents: JSONLinesContents(lines: [
                try Self.line(),
                JSONLine(
                    number: 2, bytes: [],
                    object: JSONObject(members: [
                        JSONMember(key: "event", value: JSONNode(value: .string("accepted"))),
                        JSONMember(key: "ticket", value: JSONNode(value: .string("TKT-A1"))),
                        JSONMember(key: "time", value: JSONNode(value: .bool(true))),
                    ])),
            ]), path: "handoff.jsonl")
        #expect(ledger.tickets.map(\.ticket) == ["TKT-A1"])
        #expect(
            ledger.problems.map(\.description) == [
                "handoff.jsonl:2: accepted event without a valid \"time\", skipped"
            ])
    }
}
