/// Rewrites a transcript's expectations to what the bot does now, changing as few lines as
/// possible: comments, blank lines, `given` lines and expectations that still hold are kept
/// as written; only expectations and assertions that fail are rewritten.
public enum TranscriptUpdater {
    /// The transcript's text with failing expectations replaced by what the bot did in `run`.
    ///
    /// - Parameters:
    ///   - text: the file as read.
    ///   - transcript: the file, parsed (with line numbers).
    ///   - run: what the bot did for the transcript's messages.
    ///   - runner: the runner that played it, to read assertions the same way replay does.
    public static func update(
        _ text: String, transcript: Transcript, run: TranscriptRunner.Run, runner: TranscriptRunner
    ) -> String {
        var lines = TextLines.split(text)
        var replacements: [Int: String?] = [:]
        var insertions: [Int: [String]] = [:]

        func block(_ expected: [ExpectedMessage], _ messages: [OutgoingMessage], anchor: Int) {
            var lastLine = anchor
            for index in 0..<max(expected.count, messages.count) {
                let want = index < expected.count ? expected[index] : nil
                let got = index < messages.count ? messages[index] : nil
                if let want { lastLine = max(lastLine, want.optionsLine ?? want.line) }
                switch (want, got) {
                case (let want?, let got?):
                    guard !want.accepts(got) else { continue }
                    replacements[want.line] =
                        Self.indentation(of: lines, want.line)
                        + ExpectedMessage(.exact(got.text)).written
                    if let optionsLine = want.optionsLine {
                        replacements[optionsLine] =
                            got.options.isEmpty
                            ? .some(nil)
                            : Self.indentation(of: lines, optionsLine) + Self.options(got.options)
                    } else if !got.options.isEmpty {
                        // The message now in this place offers options: write them, or they
                        // would go unchecked (an earlier message that disappeared moves the
                        // next one up, into a place that had none).
                        insertions[want.line, default: []].append("  " + Self.options(got.options))
                    }
                case (let want?, nil):
                    replacements[want.line] = .some(nil)
                    if let optionsLine = want.optionsLine { replacements[optionsLine] = .some(nil) }
                case (nil, let got?):
                    var added = [ExpectedMessage(.exact(got.text)).written]
                    if !got.options.isEmpty { added.append("  " + Self.options(got.options)) }
                    insertions[lastLine, default: []] += added
                case (nil, nil):
                    break
                }
            }
        }

        if let greeting = run.greeting, let first = transcript.greeting.first {
            block(transcript.greeting, greeting.messages, anchor: first.line - 1)
        }
        for (index, turn) in transcript.turns.enumerated() where index < run.turns.count {
            block(turn.expected, run.turns[index].messages, anchor: turn.line)
            for (assertion, line) in zip(turn.assertions, turn.assertionLines) where line > 0 {
                let actual = runner.actual(
                    assertion, turn: run.turns[index], state: run.states[index])
                if actual != assertion.written {
                    replacements[line] = Self.indentation(of: lines, line) + actual
                }
            }
        }

        var output: [String] = []
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            if let replacement = replacements[number] {
                if let replacement { output.append(replacement) }
            } else {
                output.append(line)
            }
            if let added = insertions[number] { output += added }
        }
        lines = output
        return lines.joined(separator: "\n")
    }

    private static func options(_ options: [String]) -> String {
        "options: " + options.map(TranscriptSyntax.escape).joined(separator: " | ")
    }

    private static func indentation(of lines: [String], _ number: Int) -> String {
        guard number >= 1, number <= lines.count else { return "" }
        return String(lines[number - 1].prefix { $0 == " " || $0 == "\t" })
    }
}
