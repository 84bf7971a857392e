/// Writes a transcript in the text format that ``TranscriptParser`` reads.
public enum TranscriptWriter {
    /// The transcript as text, with optional comment lines at the top.
    public static func text(of transcript: Transcript, comments: [String] = []) -> String {
        var lines: [String] = comments.map { "# " + $0 }
        let given = transcript.given
        lines.append("given clock \(given.clock.isoString)")
        lines.append("given seed \(given.seed)")
        if given.session != TranscriptGiven().session {
            lines.append("given session \(given.session)")
        }
        if let user = given.user { lines.append("given user \(user)") }
        for key in given.context.keys.sorted() {
            if let value = given.context[key] {
                lines.append("given context \(key) = \(TranscriptSyntax.written(value))")
            }
        }
        for key in given.slots.keys.sorted() {
            if let value = given.slots[key] {
                lines.append("given slot \(key) = \(TranscriptSyntax.written(value))")
            }
        }
        if let state = given.state { lines.append("given state \(state)") }
        if !transcript.greeting.isEmpty {
            lines.append("")
            lines += Self.expectationLines(transcript.greeting)
        }
        for turn in transcript.turns {
            lines.append("")
            lines.append("> " + TranscriptSyntax.escape(turn.input))
            for name in turn.mocks.entries.keys.sorted() {
                for entry in turn.mocks.entries[name] ?? [] {
                    lines.append("  mock \(name): \(entry.json())")
                }
            }
            lines += Self.expectationLines(turn.expected)
            lines += turn.assertions.map { "  " + $0.written }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of expectations, each followed by its options.
    static func expectationLines(_ expected: [ExpectedMessage]) -> [String] {
        var lines: [String] = []
        for message in expected {
            lines.append(message.written)
            if let options = message.options {
                lines.append(
                    "  options: " + options.map(TranscriptSyntax.escape).joined(separator: " | "))
            }
        }
        return lines
    }
}
