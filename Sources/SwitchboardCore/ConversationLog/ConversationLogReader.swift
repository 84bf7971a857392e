/// Reads a conversation log back: every event, and every line that is not one (with its
/// line number), so a report can say what it skipped.
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
    /// Blank lines are skipped silently; a torn last line (a crash mid-write) is reported
    /// like any other malformed line.
    ///
    /// - Throws: ``ConversationLogError`` when the file cannot be read at all.
    public func read() throws(ConversationLogError) -> (
        events: [ConversationEvent], problems: [LogLineError]
    ) {
        var events: [ConversationEvent] = []
        var problems: [LogLineError] = []
        let parser = JSONParser(maxDepth: 16)
        do {
            try FileSystem.forEachLine(in: self.path) { (line, number) throws(Never) in
                guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { return }
                do {
                    let node = try parser.parse(line)
                    events.append(try ConversationEvent(json: node))
                } catch let error as LogFieldError {
                    problems.append(error.at(path: self.path, line: number))
                } catch {
                    problems.append(
                        LogLineError(path: self.path, line: number, reason: "not JSON: \(error)"))
                }
            }
        } catch {
            switch error {
            case .file(let failure):
                throw ConversationLogError(path: self.path, reason: failure.reason)
            }
        }
        return (events, problems)
    }
}
