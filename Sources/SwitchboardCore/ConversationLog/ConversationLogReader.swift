/// Reads a conversation log back: every event, and every line that is not one (with its
/// line number and the field at fault), so a report can say what it skipped.
///
/// ```swift
/// let (events, problems) = try ConversationLogReader(path: "conversations.jsonl").read()
/// for problem in problems { print(problem) }  // conversations.jsonl:17: time: missing
/// ```
public struct ConversationLogReader: Sendable {
    /// The log's path.
    public let path: String

    /// Creates a reader for the log at `path`.
    public init(path: String) {
        self.path = path
    }

    /// The events in file order, and the lines that could not be read.
    ///
    /// Blank lines are skipped silently; torn lines (a crash mid-write), lines that are not
    /// JSON objects or have a key twice, and objects that are not events are returned as
    /// problems. A missing file reads as empty.
    ///
    /// - Throws: ``ConversationLogError`` when the file cannot be read at all.
    public func read() throws(ConversationLogError) -> (
        events: [ConversationEvent], problems: [LogLineError]
    ) {
        var events: [ConversationEvent] = []
        var problems: [LogLineError] = []
        let fileProblems: [JSONLinesProblem]
        do throws(StorageError) {
            fileProblems = try JSONLinesFile(path: self.path).forEachLine { line in
                do throws(LogFieldError) {
                    events.append(
                        try ConversationEvent(json: JSONNode(value: .object(line.object))))
                } catch {
                    problems.append(error.at(path: self.path, line: line.number))
                }
            }
        } catch {
            throw ConversationLogError(error)
        }
        problems += fileProblems.map { LogLineError($0) }
        problems.sort { $0.line < $1.line }
        return (events, problems)
    }
}
