internal import CReadline
internal import Synchronization

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Reads lines with GNU readline.
///
/// Line editing, a persistent history file and tab completion of the REPL's meta-commands.
/// Use it only when standard input is a terminal. Lines join the history when the caller
/// passes them to ``remember(_:)`` (the REPL passes them masked, so the history file, like
/// every file the engine writes, holds no personal data).
public struct ReadlineLineReader: LineReader {
    private let historyPath: String?

    /// Creates a reader, loading the history file when there is one.
    ///
    /// - Parameters:
    ///   - historyPath: where to keep the history between sessions, such as `~/.switchboard_history`.
    ///   - completions: words offered by tab completion at the start of a line.
    public init(historyPath: String?, completions: [String]) {
        self.historyPath = historyPath
        creadline_set_name("switchboard")
        Completions.shared.set(completions)
        creadline_set_completion(complete)
        if let historyPath {
            _ = read_history(historyPath)
            stifle_history(1000)
        }
    }

    /// The next line.
    ///
    /// It joins the history only through ``remember(_:)``, so what the history file holds is
    /// what the caller chose to keep (masked), never the line as typed.
    public mutating func readLine(prompt: String) -> String? {
        guard let pointer = readline(Self.markingInvisible(prompt)) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Adds a non-blank line to the history and saves the history file.
    public mutating func remember(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        add_history(line)
        if let path = self.historyPath { _ = write_history(path) }
    }

    /// The prompt with each ANSI escape sequence between readline's "invisible" markers
    /// (`\u{1}`...`\u{2}`), so line editing knows how wide the prompt really is.
    static func markingInvisible(_ prompt: String) -> String {
        var marked = ""
        var inEscape = false
        for scalar in prompt.unicodeScalars {
            if scalar == "\u{1B}" {
                marked.unicodeScalars.append("\u{1}")
                inEscape = true
            }
            marked.unicodeScalars.append(scalar)
            if inEscape, scalar == "m" {
                marked.unicodeScalars.append("\u{2}")
                inEscape = false
            }
        }
        return marked
    }

    /// Whether standard input is a terminal.
    public static var isInteractive: Bool {
        isatty(STDIN_FILENO) != 0
    }
}

/// The completion words, shared with readline's C callbacks (which cannot capture context).
private final class Completions: Sendable {
    private struct State {
        var words: [String] = []
        var matches: [String] = []
        var index = 0
    }

    static let shared = Completions()
    private let state = Mutex(State())

    func set(_ words: [String]) {
        self.state.withLock { $0.words = words }
    }

    func start(_ prefix: String) {
        self.state.withLock { state in
            state.matches = state.words.filter { $0.hasPrefix(prefix) }
            state.index = 0
        }
    }

    func next() -> String? {
        self.state.withLock { state in
            guard state.index < state.matches.count else { return nil }
            defer { state.index += 1 }
            return state.matches[state.index]
        }
    }
}

/// readline's completion entry: complete meta-commands at the start of the line only.
private func complete(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    creadline_suppress_filename_completion()
    guard start == 0, let text else { return nil }
    return creadline_completion_matches(text, generate)
}

/// readline's generator: state 0 starts a new completion; return one `malloc`ed match per call.
private func generate(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>?
{
    if state == 0 { Completions.shared.start(text.map { String(cString: $0) } ?? "") }
    guard let match = Completions.shared.next() else { return nil }
    return strdup(match)
}
