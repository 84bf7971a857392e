import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct LabeledTextTests {
    /// Writes `text` to a file in a fresh folder and reads it.
    private func read(_ text: String) throws -> [LabeledText] {
        try self.read(bytes: Array(text.utf8))
    }

    private func read(bytes: [UInt8]) throws -> [LabeledText] {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("rows.csv", bytes: bytes)
        return try LabeledText.read(directory.url("rows.csv"))
    }

    /// The error reading `text` gives, with the folder taken out of its path.
    private func error(_ text: String) throws -> CSVError? {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("rows.csv", text)
        do {
            _ = try LabeledText.read(directory.url("rows.csv"))
            return nil
        } catch {
            #expect(error.path == directory.url("rows.csv"))
            return CSVError(path: "rows.csv", line: error.line, message: error.message)
        }
    }

    @Test("Rows are read with their text, label and line")
    func rows() throws {
        let rows = try self.read(
            """
            text,label
            i want a refund,refund
            "hello, is anyone there",greeting
            "two
            lines",other
            """)
        #expect(
            rows == [
                LabeledText(text: "i want a refund", label: "refund", line: 2),
                LabeledText(text: "hello, is anyone there", label: "greeting", line: 3),
                LabeledText(text: "two\nlines", label: "other", line: 4),
            ])
    }

    @Test("The header is found in any case, order and spacing; other columns are ignored")
    func header() throws {
        let rows = try self.read(
            "id, Label ,TEXT,note\r\n7,refund,my money back,x\r\n8,hours,open?,\r\n")
        #expect(
            rows == [
                LabeledText(text: "my money back", label: "refund", line: 2),
                LabeledText(text: "open?", label: "hours", line: 3),
            ])
    }

    @Test("A byte-order mark and blank lines before the header are allowed")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("\n\ntext,label\nhi,greeting\n".utf8)
        #expect(
            try self.read(bytes: bytes) == [LabeledText(text: "hi", label: "greeting", line: 4)])
    }

    @Test("The label is trimmed, the text kept as written")
    func trimming() throws {
        #expect(
            try self.read("text,label\n  hello  ,  greeting \t\n")
                == [LabeledText(text: "  hello  ", label: "greeting", line: 2)])
    }

    @Test("A header with no rows gives no rows")
    func headerOnly() throws {
        #expect(try self.read("text,label\n").isEmpty)
    }

    @Test("A header without a text or label column is an error on the header's line")
    func missingColumn() throws {
        #expect(
            try self.error("utterance,label\nhi,greeting\n")
                == CSVError(
                    path: "rows.csv", line: 1,
                    message:
                        "the header must name the columns 'text' and 'label' (found: utterance,label)"
                ))
        #expect(
            try self.error("\ntext,intent\nhi,greeting\n")
                == CSVError(
                    path: "rows.csv", line: 2,
                    message:
                        "the header must name the columns 'text' and 'label' (found: text,intent)"
                ))
    }

    @Test("Text quoted from the file has its control characters written as escapes")
    func controlCharactersInTheMessageAreEscaped() throws {
        let error = try #require(try self.error("utterance\u{1B}]0;pwned\u{7},label\nhi,x\n"))
        #expect(
            error.description
                == #"rows.csv:1: the header must name the columns 'text' and 'label' "#
                + #"(found: utterance\u{1B}]0;pwned\u{7},label)"#)
    }

    @Test("An empty file is an error on line 1")
    func emptyFile() throws {
        let expected = CSVError(
            path: "rows.csv", line: 1, message: "the file is empty; expected a header 'text,label'")
        #expect(try self.error("") == expected)
        #expect(try self.error("\n\r\n\n") == expected)
    }

    @Test("A row with too few fields is an error on its line")
    func tooFewFields() throws {
        #expect(
            try self.error("text,label\nok,fine\nhello\n")
                == CSVError(path: "rows.csv", line: 3, message: "expected 2 fields, found 1"))
        #expect(
            try self.error("id,text,label\n1,hi,greeting\n2,hi\n")
                == CSVError(path: "rows.csv", line: 3, message: "expected 3 fields, found 2"))
    }

    @Test("An empty or blank label is an error on its line")
    func emptyLabel() throws {
        #expect(
            try self.error("text,label\nhello,\n")
                == CSVError(path: "rows.csv", line: 2, message: "the label is empty"))
        #expect(
            try self.error("text,label\n\"two\nlines\",\"  \"\n")
                == CSVError(path: "rows.csv", line: 2, message: "the label is empty"))
    }

    @Test("A CSV error in the file carries the file's path")
    func csvError() throws {
        #expect(
            try self.error("text,label\nhello,gree\"ting\n")
                == CSVError(
                    path: "rows.csv", line: 2,
                    message: "field 2: a quote inside an unquoted field (quote the whole field)"))
    }

    @Test("readRows refuses a file with a header and no rows, at the header's line")
    func readRowsNeedsARow() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("header.csv", "\n\ntext,label\n\n")
        try directory.write("rows.csv", "text,label\nhello,greeting\n")
        let path = directory.url("header.csv")
        #expect(try LabeledText.read(path).isEmpty)
        #expect(
            throws: CSVError(
                path: path, line: 3,
                message: "no rows after the header; expected at least one text,label row")
        ) {
            try LabeledText.readRows(path)
        }
        #expect(
            try LabeledText.readRows(directory.url("rows.csv"))
                == [LabeledText(text: "hello", label: "greeting", line: 2)])
    }

    @Test("A missing file is an error with its path and line 0")
    func missingFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url("nothing.csv")
        do {
            _ = try LabeledText.read(path)
            Issue.record("a missing file was read")
        } catch {
            #expect(error.path == path)
            #expect(error.line == 0)
            #expect(error.message.hasPrefix("cannot read the file: "))
            #expect(error.description.hasPrefix("\(path): cannot read the file: "))
        }
    }

    @Test("Labels the training rows lack, with their first line and count, out-of-scope aside")
    func unknownLabels() {
        let train = [
            LabeledText(text: "refund", label: "refund", line: 2),
            LabeledText(text: "hours", label: "hours", line: 3),
        ]
        let test = [
            LabeledText(text: "a", label: "cards", line: 2),
            LabeledText(text: "b", label: "refund", line: 3),
            LabeledText(text: "c", label: "oos", line: 4),
            LabeledText(text: "d", label: "weather", line: 5),
            LabeledText(text: "e", label: "cards", line: 6),
        ]
        let found = LabeledText.unknownLabels(in: test, knowing: train, except: "oos")
        #expect(found.map(\.label) == ["cards", "weather"])
        #expect(found.map(\.line) == [2, 5])
        #expect(found.map(\.count) == [2, 1])
        #expect(
            LabeledText.unknownLabels(in: test, knowing: train).map(\.label) == [
                "cards", "oos", "weather",
            ])
        #expect(LabeledText.unknownLabels(in: train, knowing: train).isEmpty)
    }
}
