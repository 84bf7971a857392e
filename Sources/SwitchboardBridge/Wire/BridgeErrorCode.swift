/// Why a line was rejected: the `error.code` field of an `error` response.
public enum BridgeErrorCode: String, Sendable, Hashable, CaseIterable {
    /// The line is empty or only whitespace.
    case emptyLine = "empty_line"
    /// The line is longer than `--max-line-bytes`.
    case lineTooLong = "line_too_long"
    /// The input ended in the middle of a line (no final newline).
    case incompleteLine = "incomplete_line"
    /// The line is not valid UTF-8.
    case invalidUTF8 = "invalid_utf8"
    /// The line is not valid JSON.
    case invalidJSON = "invalid_json"
    /// The JSON nests arrays and objects deeper than the bridge reads.
    case tooDeep = "too_deep"
    /// The JSON is valid but not an object.
    case notAnObject = "not_an_object"
    /// A field the request type needs is absent (`session`, or `text` for a message).
    case missingField = "missing_field"
    /// A field has the wrong JSON type or an unacceptable value.
    case invalidField = "invalid_field"
    /// `type` names no request type.
    case unknownType = "unknown_type"
    /// `end` or `state` names a session the bridge does not have (never started, ended, or
    /// expired).
    case unknownSession = "unknown_session"
    /// `start` names a session that is already open.
    case sessionExists = "session_exists"
    /// `action_result` names a call the session does not wait for (never made, already
    /// answered, timed out, or late); nothing changed (protocol 1.1).
    case unknownCall = "unknown_call"
    /// An `erase` request could not read or delete a set-aside state file, or rewrite a log
    /// (protocol 1.1).
    case eraseFailed = "erase_failed"
}
