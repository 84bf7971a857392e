import Testing

@testable import SwitchboardCore

/// The place `file:line:column` (offset `offset`) with a JSON path.
private func place(
    _ file: String, _ line: Int, _ column: Int, offset: Int, path: String = ""
) -> Origin {
    Origin(
        file: file,
        location: SwitchboardCore.SourceLocation(line: line, column: column, offset: offset),
        path: path)
}

@Suite struct DiagnosticTests {
    @Test("An error prints as file:line:col: error: path: message (did you mean \"x\"?)")
    func errorDescription() {
        let diagnostic = Diagnostic.error(
            "unknown-state", "unknown state \"confrim\"",
            at: place(
                "intents/tidepool/flows/refund.json", 41, 17, offset: 900,
                path: "flows.refund.states.ask_order.next"),
            suggestion: "confirm")
        #expect(
            diagnostic.description
                == "intents/tidepool/flows/refund.json:41:17: error: "
                + "flows.refund.states.ask_order.next: unknown state \"confrim\" "
                + "(did you mean \"confirm\"?)")
    }

    @Test("A warning without a path or a suggestion leaves both out")
    func warningWithoutPath() {
        let diagnostic = Diagnostic.warning(
            "unused-flow", "no intent starts flow \"survey\"",
            at: place("bot/flows.json", 3, 5, offset: 20))
        #expect(
            diagnostic.description
                == "bot/flows.json:3:5: warning: no intent starts flow \"survey\"")
        #expect(!diagnostic.isError)
        #expect(diagnostic.severity == .warning)
    }

    @Test("A long message, path or suggestion is cut on the line, with what was left out")
    func longPartsAreShortened() {
        // Found by fuzzing: a condition of a million terms was quoted whole, a 10 MB line.
        let condition = String(repeating: "a or ", count: 200_000)
        let key = String(repeating: "k", count: 5_000)
        let diagnostic = Diagnostic.error(
            "bad-condition", "cannot read \"\(condition)\"",
            at: place("bot/flows.json", 7, 2, offset: 60, path: "flows.\(key).when"),
            suggestion: String(repeating: "é", count: 401))
        let line = diagnostic.description
        #expect(line.count < 1_600)
        #expect(
            line.hasPrefix(
                "bot/flows.json:7:2: error: flows." + String(repeating: "k", count: 394)
                    + "… (4611 more characters): cannot read \"a or a or "))
        #expect(line.contains("or a … (999614 more characters) (did you mean \""))
        #expect(line.hasSuffix(String(repeating: "é", count: 400) + "… (1 more character)\"?)"))
        // The message itself keeps every character, for code that reads it.
        #expect(diagnostic.message.count == 1_000_014)
        // Up to the limit nothing changes, whatever the bytes.
        let short = Diagnostic.error(
            "x", String(repeating: "é", count: 400), at: place("f", 1, 1, offset: 0))
        #expect(short.description == "f:1:1: error: " + String(repeating: "é", count: 400))
    }

    @Test("A diagnostic without a place prints its severity and message only")
    func descriptionWithoutPlace() {
        let diagnostic = Diagnostic.error("missing-folder", "no bot folder at x", at: nil)
        #expect(diagnostic.description == "error: no bot folder at x")
        #expect(diagnostic.isError)
    }

    @Test("Control characters from the definitions are written as escapes, on one line")
    func controlCharactersAreEscaped() {
        // An intent name or a message holding ESC, BEL, NUL or a newline could garble or
        // spoof the author's terminal, or split the diagnostic over lines.
        let diagnostic = Diagnostic.error(
            "unknown-intent", "unknown intent \"refund\u{1B}[2J\u{7}\"\nerror: all clear\u{0}",
            at: place("bot/intents\u{1B}.json", 2, 3, offset: 9, path: "intents.a\u{9B}b.next"),
            suggestion: "refund\r")
        #expect(
            diagnostic.description
                == #"bot/intents\u{1B}.json:2:3: error: intents.a\u{9B}b.next: "#
                + #"unknown intent "refund\u{1B}[2J\u{7}"\nerror: all clear\u{0} "#
                + #"(did you mean "refund\r"?)"#)
    }

    @Test("Errors sort before warnings as severities")
    func severityOrder() {
        #expect(Diagnostic.Severity.error < .warning)
        #expect(!(Diagnostic.Severity.warning < .error))
        #expect(!(Diagnostic.Severity.error < .error))
    }

    @Test("sortedByPlace: unplaced first, then by file, then by offset; ties keep their order")
    func sortedByPlace() {
        let a1 = Diagnostic.error("a1", "", at: place("a.json", 1, 1, offset: 0))
        let a2 = Diagnostic.warning("a2", "", at: place("a.json", 2, 1, offset: 10))
        let a2again = Diagnostic.error("a2-again", "", at: place("a.json", 2, 1, offset: 10))
        let b = Diagnostic.error("b", "", at: place("b.json", 1, 3, offset: 2))
        let unplaced = Diagnostic.error("none", "", at: nil)
        let unplacedLater = Diagnostic.warning("none-later", "", at: nil)
        let diagnostics = [b, a2, unplaced, a2again, a1, unplacedLater]
        #expect(
            diagnostics.sortedByPlace().map(\.code) == [
                "none", "none-later", "a1", "a2", "a2-again", "b",
            ])
    }

    @Test("sortedByPlace orders places without a byte offset by line and column")
    func sortedByLineWithoutOffsets() {
        // A Markdown article's header problems have a line and no offset.
        let header = Diagnostic.error("unknown-field", "", at: place("kb/x.md", 2, 1, offset: 0))
        let title = Diagnostic.error("missing-field", "", at: place("kb/x.md", 1, 1, offset: 0))
        let later = Diagnostic.error("later", "", at: place("kb/x.md", 2, 5, offset: 0))
        #expect(
            [later, header, title].sortedByPlace().map(\.code) == [
                "missing-field", "unknown-field", "later",
            ])
    }

    @Test("containsErrors is true only when an error is present")
    func containsErrors() {
        let warning = Diagnostic.warning("w", "", at: nil)
        let error = Diagnostic.error("e", "", at: nil)
        #expect(![Diagnostic]().containsErrors)
        #expect(![warning].containsErrors)
        #expect([warning, error].containsErrors)
    }
}
