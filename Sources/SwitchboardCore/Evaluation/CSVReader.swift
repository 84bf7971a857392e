/// Reads CSV (RFC 4180): fields separated by commas, records by line breaks, fields with commas,
/// quotes or line breaks in double quotes, a quote in a quoted field written twice.
///
/// A problem is a ``CSVError`` with the file and the line it starts on.
public struct CSVReader: Sendable {
    /// One record with the line it starts on.
    public struct Record: Sendable, Equatable {
        /// The fields.
        public var fields: [String]
        /// The line of the record's first character, from 1.
        public var line: Int
    }

    /// Creates a reader.
    public init() {}

    /// The records of a file's bytes; the first is usually the header.
    public func records(_ bytes: [UInt8], path: String) throws(CSVError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = bytes.starts(with: UTF8Text.byteOrderMark) ? UTF8Text.byteOrderMark.count : 0
        var quoted = false
        var fieldStarted = false
        // The line a quoted field opened on: a quote left open swallows the lines after it, and
        // the error it causes further down must say where the field began.
        var quoteLine = 1
        func endField() throws(CSVError) {
            guard let text = String(validating: field, as: UTF8.self) else {
                // A quoted field may span lines: name the line of the bad byte.
                let fieldLine = field.contains(0x0A) ? quoteLine : line
                let badLine = UTF8Text.firstInvalidByte(in: field[...]).map { $0.line - 1 } ?? 0
                throw CSVError(
                    path: path, line: fieldLine + badLine,
                    message: "field \(fields.count + 1) is not valid UTF-8")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }
        func endRecord() throws(CSVError) {
            try endField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(fields: fields, line: recordLine))
            }
            fields.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == 0x22 {
                    if index + 1 < bytes.count, bytes[index + 1] == 0x22 {
                        field.append(0x22)
                        index += 2
                        continue
                    }
                    quoted = false
                    index += 1
                    if index < bytes.count, ![0x2C, 0x0A, 0x0D].contains(bytes[index]) {
                        let opened =
                            quoteLine == line ? "" : "; the quoted field began on line \(quoteLine)"
                        throw CSVError(
                            path: path, line: line,
                            message:
                                "field \(fields.count + 1): text after a closing quote (write \"\" for a quote)"
                                + opened
                        )
                    }
                    continue
                }
                if byte == 0x0A { line += 1 }
                field.append(byte)
                index += 1
                continue
            }
            switch byte {
            case 0x22 where !fieldStarted && field.isEmpty:
                quoted = true
                fieldStarted = true
                quoteLine = line
            case 0x22:
                throw CSVError(
                    path: path, line: line,
                    message:
                        "field \(fields.count + 1): a quote inside an unquoted field (quote the whole field)"
                )
            case 0x2C:
                try endField()
            case 0x0D where index + 1 < bytes.count && bytes[index + 1] == 0x0A:
                break
            case 0x0A, 0x0D:
                try endRecord()
                line += 1
                recordLine = line
            default:
                field.append(byte)
                fieldStarted = true
            }
            index += 1
        }
        if quoted {
            throw CSVError(
                path: path, line: recordLine,
                message: "a quoted field is not closed before the end of the file")
        }
        if !field.isEmpty || !fields.isEmpty { try endRecord() }
        return records
    }
}

/// A CSV file that cannot be read.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// The line, from 1; 0 when the problem is the file as a whole (it cannot be read).
    public var line: Int
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// The error for a file that cannot be read at all (line 0).
    package init(path: String, unreadable failure: FileSystem.Failure) {
        self.init(path: path, line: 0, message: "cannot read the file: \(failure.reason)")
    }

    /// `path:line: message` (`path: message` for the file as a whole), on one line: control
    /// characters in the message (which may quote the file's text) are written as escapes.
    public var description: String {
        let location = self.line > 0 ? "\(self.path):\(self.line)" : self.path
        return "\(location): \(self.message.escapingControlCharacters())"
    }
}
