/// Reads transcript files.
///
/// A problem is a ``TranscriptError`` naming the file and line; the parser stops at the first
/// one, since the rest of a broken transcript cannot be trusted.
public struct TranscriptParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// The assertion keys, as written before the colon.
    static let assertionKeys = [
        "intent", "state", "slot", "handoff", "article", "ended", "options",
    ]
    /// The keys of `given` lines.
    static let givenKeys = ["clock", "seed", "session", "user", "context", "slot", "state", "mock"]

    /// Parses a transcript from the bytes of a file.
    ///
    /// A byte order mark at the start (some Windows editors write one) is skipped.
    public func parse(_ bytes: [UInt8], path: String) throws(TranscriptError) -> Transcript {
        let content = UTF8Text.droppingByteOrderMark(bytes)
        guard let text = String(validating: content, as: UTF8.self) else {
            let line = UTF8Text.firstInvalidByte(in: content)?.line ?? 1
            throw TranscriptError(path: path, line: line, message: "the file is not valid UTF-8")
        }
        return try self.parse(text, path: path)
    }

    /// Parses a transcript from text.
    public func parse(_ text: String, path: String) throws(TranscriptError) -> Transcript {
        var transcript = Transcript(path: path)
        var sawGiven = false
        var currentTurn: TranscriptTurn?
        func fail(_ line: Int, _ message: String) -> TranscriptError {
            TranscriptError(path: path, line: line, message: message)
        }
        let lines = TextLines.split(text)
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let content = line.drop { $0 == " " || $0 == "\t" }
            if content.isEmpty || content.hasPrefix("#") { continue }
            if content.hasPrefix(">") {
                if let turn = currentTurn { transcript.turns.append(turn) }
                currentTurn = TranscriptTurn(
                    input: TranscriptSyntax.unescape(Self.rest(content, after: 1)), line: number)
            } else if content.hasPrefix("<") {
                let expected = try self.expectation(content, line: number, path: path)
                if currentTurn != nil {
                    currentTurn?.expected.append(expected)
                } else if transcript.given.state != nil {
                    throw fail(
                        number,
                        "a transcript that starts at a 'given state' has no greeting to expect")
                } else {
                    transcript.greeting.append(expected)
                }
            } else if content.hasPrefix("given ") || content == "given" {
                guard currentTurn == nil else {
                    throw fail(number, "'given' lines come before the first '>' line")
                }
                try self.given(
                    content.dropFirst(5), into: &transcript.given, line: number, path: path)
                Self.recordLine(of: content.dropFirst(5), at: number, in: &transcript.givenLines)
                sawGiven = true
            } else if let colon = content.firstIndex(of: ":") {
                let key = content[..<colon].trimmingCharacters()
                let value = content[content.index(after: colon)...].trimmingCharacters()
                let head = key.split(separator: " ").first.map(String.init) ?? ""
                if head == "mock" {
                    guard currentTurn != nil else {
                        throw fail(
                            number,
                            "'mock NAME:' sets a result for one turn, so it must follow a '>' line "
                                + "(use 'given mock NAME = ...' for the whole transcript)")
                    }
                    let (name, entry) = try self.mock(
                        key.dropFirst(4), value, line: number, path: path)
                    currentTurn?.mocks.entries[name, default: []].append(entry)
                    continue
                }
                guard Self.assertionKeys.contains(head) else {
                    throw fail(
                        number,
                        "unknown directive '\(key)'"
                            + Self.hint(head, among: Self.assertionKeys + ["given"]))
                }
                if head == "options" {
                    guard currentTurn != nil || !transcript.greeting.isEmpty else {
                        throw fail(number, "'options:' must follow a '<' line")
                    }
                    let options =
                        value.isEmpty
                        ? []
                        : value.split(separator: "|").map {
                            TranscriptSyntax.unescape($0.trimmingCharacters())
                        }
                    if currentTurn != nil {
                        guard let last = currentTurn?.expected.indices.last else {
                            throw fail(number, "'options:' must follow a '<' line")
                        }
                        currentTurn?.expected[last].options = options
                        currentTurn?.expected[last].optionsLine = number
                    } else if let last = transcript.greeting.indices.last {
                        transcript.greeting[last].options = options
                        transcript.greeting[last].optionsLine = number
                    }
                    continue
                }
                guard currentTurn != nil else {
                    throw fail(number, "'\(head):' checks a turn, so it must follow a '>' line")
                }
                currentTurn?.assertions.append(
                    try self.assertion(key, value, line: number, path: path))
                currentTurn?.assertionLines.append(number)
            } else {
                let word = content.split(separator: " ").first.map(String.init) ?? String(content)
                throw fail(
                    number,
                    "unknown directive '\(word)' (lines start with '>', '<', '<~', '<*', '<|', 'given', "
                        + "an assertion such as 'intent:', or '#')")
            }
        }
        if let turn = currentTurn { transcript.turns.append(turn) }
        if transcript.turns.isEmpty {
            throw fail(
                max(1, lines.count),
                sawGiven ? "the transcript has no '>' lines" : "the transcript is empty")
        }
        return transcript
    }

    private func expectation(
        _ content: Substring, line: Int, path: String
    ) throws(TranscriptError) -> ExpectedMessage {
        let marker = content.dropFirst().first
        switch marker {
        case "~":
            return ExpectedMessage(
                .contains(TranscriptSyntax.unescape(Self.rest(content, after: 2))), line: line)
        case "*":
            let source = String(Self.rest(content, after: 2))
            do {
                return ExpectedMessage(.regex(try CompiledPattern(source)), line: line)
            } catch {
                throw TranscriptError(
                    path: path, line: line, message: "invalid regular expression: \(error)")
            }
        case "|":
            let texts = Self.rest(content, after: 2).split(separator: "|").map {
                TranscriptSyntax.unescape($0.trimmingCharacters())
            }
            guard texts.count >= 2 else {
                throw TranscriptError(
                    path: path, line: line, message: "'<|' needs two or more texts separated by '|'"
                )
            }
            return ExpectedMessage(.oneOf(texts), line: line)
        case nil, " ":
            return ExpectedMessage(
                .exact(TranscriptSyntax.unescape(Self.rest(content, after: 1))), line: line)
        default:
            throw TranscriptError(
                path: path, line: line,
                message:
                    "unknown expectation '<\(marker.map(String.init) ?? "")' (use '<', '<~', '<*' or '<|')"
            )
        }
    }

    private func assertion(
        _ key: Substring, _ value: Substring, line: Int, path: String
    ) throws(TranscriptError) -> TranscriptAssertion {
        func fail(_ message: String) -> TranscriptError {
            TranscriptError(path: path, line: line, message: message)
        }
        let words = key.split(separator: " ")
        let head = words.first.map(String.init) ?? ""
        let text = String(value)
        guard head == "slot" || words.count == 1 else {
            throw fail("malformed assertion '\(key):'")
        }
        switch head {
        case "intent":
            guard !text.isEmpty else { throw fail("'intent:' needs an intent id or 'none'") }
            return .intent(text == "none" ? nil : text)
        case "state":
            guard !text.isEmpty else { throw fail("'state:' needs flow.state, 'idle' or 'ended'") }
            return .state(text)
        case "slot":
            guard words.count == 2 else {
                throw fail("malformed assertion: write 'slot NAME: VALUE'")
            }
            return .slot(String(words[1]), text == "none" ? nil : TranscriptSyntax.unescape(value))
        case "handoff":
            if text == "none" { return .handoff(nil) }
            let parts = text.split(separator: " ")
            guard parts.count == 2 else {
                throw fail("malformed assertion: write 'handoff: QUEUE REASON' or 'handoff: none'")
            }
            guard HandoffReason(rawValue: String(parts[1])) != nil else {
                throw fail(
                    "unknown handoff reason '\(parts[1])'"
                        + Self.hint(String(parts[1]), among: HandoffReason.allCases.map(\.rawValue))
                )
            }
            return .handoff(ExpectedHandoff(queue: String(parts[0]), reason: String(parts[1])))
        case "article":
            guard !text.isEmpty else { throw fail("'article:' needs an article id or 'none'") }
            return .article(text == "none" ? nil : text)
        default:
            guard text == "true" || text == "false" else {
                throw fail("'ended:' must be true or false")
            }
            return .ended(text == "true")
        }
    }

    /// Notes the line of a `given slot NAME` or `given state` line (already read).
    private static func recordLine(
        of rest: Substring, at line: Int, in lines: inout [String: Int]
    ) {
        let trimmed = rest.trimmingCharacters()
        let key = trimmed.prefix { $0 != " " }
        let value = trimmed.dropFirst(key.count)
        switch key {
        case "state":
            lines["state"] = line
        case "slot":
            let name = value.prefix { $0 != "=" }.trimmingCharacters()
            lines["slot \(name)"] = line
        default:
            break
        }
    }

    private func given(
        _ rest: Substring, into given: inout TranscriptGiven, line: Int, path: String
    ) throws(TranscriptError) {
        func fail(_ message: String) -> TranscriptError {
            TranscriptError(path: path, line: line, message: message)
        }
        let trimmed = rest.trimmingCharacters()
        let key = trimmed.prefix { $0 != " " }
        let value = trimmed.dropFirst(key.count).trimmingCharacters()
        switch key {
        case "clock":
            guard let time = Timestamp(iso: String(value)) else {
                throw fail("'given clock' needs an ISO 8601 UTC time such as 2026-11-27T10:00:00Z")
            }
            given.clock = time
        case "seed":
            guard let seed = UInt64(value) else { throw fail("'given seed' needs a whole number") }
            given.seed = seed
        case "session":
            guard !value.isEmpty else { throw fail("'given session' needs an id") }
            given.session = String(value)
        case "user":
            guard !value.isEmpty else { throw fail("'given user' needs an id") }
            given.user = String(value)
        case "context", "slot":
            guard let equals = value.firstIndex(of: "=") else {
                throw fail("write 'given \(key) NAME = VALUE'")
            }
            let name = String(value[..<equals].trimmingCharacters())
            guard
                Identifier.isValid(name)
                    || (key == "context" && !name.isEmpty && !name.contains(" "))
            else {
                throw fail("'\(name)' is not a valid \(key) name")
            }
            let parsed = TranscriptSyntax.value(value[value.index(after: equals)...])
            if key == "context" { given.context[name] = parsed } else { given.slots[name] = parsed }
        case "state":
            let parts = value.split(separator: ".")
            guard parts.count == 2 else {
                throw fail("'given state' needs flow.state, e.g. refund.ask_order")
            }
            given.state = String(value)
        case "mock":
            guard let equals = value.firstIndex(of: "=") else {
                throw fail("write 'given mock NAME = {\"ok\": true, \"data\": {...}}'")
            }
            let (name, entry) = try self.mock(
                value[..<equals], value[value.index(after: equals)...], line: line, path: path)
            given.mocks.entries[name, default: []].append(entry)
        default:
            throw fail("unknown 'given \(key)'" + Self.hint(String(key), among: Self.givenKeys))
        }
    }

    /// A mock line's action name and result (a JSON object, with an optional `when`).
    private func mock(
        _ name: Substring, _ json: Substring, line: Int, path: String
    ) throws(TranscriptError) -> (String, ActionMocks.Entry) {
        let action = String(name.trimmingCharacters())
        guard Identifier.isValid(action) else {
            throw TranscriptError(
                path: path, line: line, message: "'\(action)' is not an action name")
        }
        let node: JSONNode
        do {
            node = try JSONParser(maxDepth: 32).parse(String(json.trimmingCharacters()))
        } catch {
            throw TranscriptError(
                path: path, line: line,
                message: "the mock of \(action) is not valid JSON: \(error.message)")
        }
        do {
            return (action, try ActionMocks.entry(node, path: path, jsonPath: action))
        } catch {
            throw TranscriptError(
                path: path, line: line, message: "the mock of \(action): \(error.message)")
        }
    }

    private static func rest(_ content: Substring, after count: Int) -> Substring {
        let tail = content.dropFirst(count)
        return tail.hasPrefix(" ") ? tail.dropFirst() : tail
    }

    private static func hint(_ word: String, among candidates: [String]) -> String {
        Suggestion.closest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }
}
