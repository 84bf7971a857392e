import SwitchboardBridge
import SwitchboardCore
import Testing

@Suite struct SessionFileNameTests {
    @Test(
        arguments: [
            ("web-42", "web-42.json"), ("Web.42/x", "_57eb_2e42_2fx.json"),
            ("../../etc/passwd", "_2e_2e_2f_2e_2e_2fetc_2fpasswd.json"), (".", "_2e.json"),
            ("a_b", "a_5fb.json"), ("é", "_c3_a9.json"), ("a b\u{0}", "a_20b_00.json"),
        ])
    func namesAreEscaped(session: String, name: String) {
        #expect(SessionFileName.encode(session) == name)
        #expect(SessionFileName.decode(name) == session)
    }

    @Test func everyIdRoundTripsToASafeLowercaseName() {
        var random = SplitMix64(seed: 11)
        let pieces = ["a", "Z", "0", "-", "_", ".", "/", "\\", " ", "é", "💬", "%", ":", "\u{7F}"]
        var names: Set<String> = []
        var sessions: Set<String> = []
        for _ in 0..<2000 {
            let length = 1 + Int(random.next() % 12)
            let session = (0..<length).map { _ in pieces[Int(random.next() % UInt64(pieces.count))]
            }
            .joined()
            sessions.insert(session)
            let name = SessionFileName.encode(session)
            names.insert(name)
            #expect(SessionFileName.decode(name) == session)
            #expect(!name.contains("/") && !name.hasPrefix(".") && !name.contains(".."))
            #expect(name == name.lowercased())
            #expect(name.utf8.count <= 3 * session.utf8.count + 5)
        }
        #expect(names.count == sessions.count)
    }

    @Test(arguments: [
        "abc", "_61.json", "_zz.json", "Abc.json", ".json", "a.b.json", "_c3.json", "a_2.json",
    ])
    func otherNamesAreNotSessionFiles(name: String) {
        #expect(SessionFileName.decode(name) == nil)
    }

    @Test func theLongestSessionIdGivesALegalFileName() {
        let session = String(repeating: "/", count: BridgeRequest.maxSessionBytes)
        #expect(SessionFileName.encode(session).utf8.count <= 255)
    }

    /// The compact form, for set-aside copies of the longest names: still the session id, and
    /// never a name ``SessionFileName/encode(_:)`` makes.
    @Test func compactNamesRoundTripAndStayShort() {
        for session in ["web-42", "Web.42/x", "é💬", String(repeating: "Z", count: 80)] {
            let name = SessionFileName.encodeCompact(session)
            #expect(SessionFileName.decode(anyForm: name) == session)
            #expect(SessionFileName.decode(name) == nil)
            #expect(name.utf8.count <= 2 + 2 * BridgeRequest.maxSessionBytes + 5)
        }
        #expect(SessionFileName.decode(anyForm: "web-42.json") == "web-42")
        for bad in ["_x.json", "_x4.json", "_x4g.json", "_xff.json", "_x41"] {
            #expect(SessionFileName.decode(anyForm: bad) == nil, "\(bad)")
        }
    }
}
