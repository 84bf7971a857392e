import Testing

@testable import SwitchboardCore

private typealias Record = CSVReader.Record

@Suite struct CSVReaderTests {
    private func records(_ text: String) throws -> [Record] {
        try CSVReader().records(Array(text.utf8), path: "rows.csv")
    }

    private func records(bytes: [UInt8]) throws -> [Record] {
        try CSVReader().records(bytes, path: "rows.csv")
    }

    private static let simple = [
        Record(fields: ["text", "label"], line: 1), Record(fields: ["hello", "greet"], line: 2),
    ]

    @Test(
        "Records end at LF, CRLF or CR, with or without a final line break",
        arguments: [
            "text,label\nhello,greet\n", "text,label\nhello,greet", "text,label\r\nhello,greet\r\n",
            "text,label\r\nhello,greet", "text,label\rhello,greet\r",
        ])
    func lineBreaks(text: String) throws {
        #expect(try self.records(text) == Self.simple)
    }

    @Test("A byte-order mark is skipped")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("text,label\nhello,greet\n".utf8)
        #expect(try self.records(bytes: bytes) == Self.simple)
        // Only at the start of the file.
        let inside = Array("text,label\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("hi,x\n".utf8)
        #expect(try self.records(bytes: inside)[1].fields == ["\u{FEFF}hi", "x"])
    }

    @Test("Quoted fields hold commas, doubled quotes and line breaks")
    func quoting() throws {
        let text = #"""
            "x, y","say ""hi""",plain,""
            "line one
            line two",a
            next,b
            """#
        #expect(
            try self.records(text) == [
                Record(fields: ["x, y", #"say "hi""#, "plain", ""], line: 1),
                Record(fields: ["line one\nline two", "a"], line: 2),
                Record(fields: ["next", "b"], line: 4),
            ])
    }

    @Test("A CRLF inside quotes is part of the field; the record after it is on the next line")
    func lineBreakInsideQuotesWithCRLF() throws {
        #expect(
            try self.records("\"a\r\nb\",c\r\nd,e\r\n") == [
                Record(fields: ["a\r\nb", "c"], line: 1), Record(fields: ["d", "e"], line: 3),
            ])
    }

    @Test("Empty lines are skipped; empty fields are kept")
    func emptyLinesAndFields() throws {
        #expect(
            try self.records("a,b\n\n\r\n\nc,d\n\n") == [
                Record(fields: ["a", "b"], line: 1), Record(fields: ["c", "d"], line: 5),
            ])
        #expect(
            try self.records("a,,c\n,\n\"\",x\n") == [
                Record(fields: ["a", "", "c"], line: 1), Record(fields: ["", ""], line: 2),
                Record(fields: ["", "x"], line: 3),
            ])
        #expect(try self.records("").isEmpty)
        #expect(try self.records("\n\n").isEmpty)
    }

    @Test("Spaces and non-ASCII text are kept as written")
    func verbatim() throws {
        #expect(
            try self.records(" où est ma commande ? ,  refund \n")
                == [Record(fields: [" où est ma commande ? ", "  refund "], line: 1)])
    }

    // MARK: - Errors

    @Test("A quote inside an unquoted field is an error on its line")
    func quoteInsideUnquotedField() {
        #expect(
            throws: CSVError(
                path: "rows.csv", line: 2,
                message: "field 1: a quote inside an unquoted field (quote the whole field)")
        ) { try self.records("text,label\nab\"c,x\n") }
        #expect(
            throws: CSVError(
                path: "rows.csv", line: 3,
                message: "field 2: a quote inside an unquoted field (quote the whole field)")
        ) { try self.records("text,label\nok,fine\nok,la\"bel\n") }
        // A space before the opening quote makes the field unquoted.
        #expect(
            throws: CSVError(
                path: "rows.csv", line: 1,
                message: "field 1: a quote inside an unquoted field (quote the whole field)")
        ) { try self.records(" \"a\",b\n") }
    }

    @Test("Text after a closing quote is an error on the closing quote's line")
    func textAfterClosingQuote() {
        let message = #"field 1: text after a closing quote (write "" for a quote)"#
        #expect(throws: CSVError(path: "rows.csv", line: 3, message: message)) {
            try self.records("text,label\nfine,x\n\"ab\"c,x\n")
        }
        #expect(
            throws: CSVError(
                path: "rows.csv", line: 3, message: message + "; the quoted field began on line 2")
        ) {
            try self.records("text,label\n\"a\nb\" ,x\n")
        }
        #expect(
            throws: CSVError(
                path: "rows.csv", line: 2,
                message: #"field 2: text after a closing quote (write "" for a quote)"#)
        ) { try self.records("text,label\nok,\"x\"y\n") }
    }

    @Test("A quote left open swallows the lines after it: the error names where it began")
    func strayQuoteNamesItsLine() {
        // Found by fuzzing: a lone quote on line 3 ran the field on to the next quote, on line
        // 6, and the error named only line 6, where nothing is wrong.
        let message =
            #"field 1: text after a closing quote (write "" for a quote); "#
            + "the quoted field began on line 3"
        #expect(throws: CSVError(path: "rows.csv", line: 6, message: message)) {
            try self.records("text,label\nok,x\n\"\nfine,y\nalso fine,z\n\"quoted\",w\n")
        }
    }

    @Test("An unclosed quote is an error on the line where its record starts")
    func unclosedQuote() {
        let message = "a quoted field is not closed before the end of the file"
        #expect(throws: CSVError(path: "rows.csv", line: 3, message: message)) {
            try self.records("text,label\nok,x\n\"abc,x\nmore\nand more\n")
        }
        #expect(throws: CSVError(path: "rows.csv", line: 1, message: message)) {
            try self.records("\"")
        }
    }

    @Test("A field that is not UTF-8 is an error naming the field and its line")
    func invalidUTF8() {
        let bytes = Array("text,label\nok,x\nhello,".utf8) + [0xFF, 0x41] + Array("\nok,y\n".utf8)
        #expect(
            throws: CSVError(path: "rows.csv", line: 3, message: "field 2 is not valid UTF-8")
        ) { try self.records(bytes: bytes) }
        let first = Array("text,label\n".utf8) + [0x68, 0xC3, 0x28] + Array(",x".utf8)
        #expect(
            throws: CSVError(path: "rows.csv", line: 2, message: "field 1 is not valid UTF-8")
        ) { try self.records(bytes: first) }
        // In a quoted field over several lines, the line of the bad byte, not the field's last.
        let quoted = Array("text,label\n\"one\ntw".utf8) + [0xFF] + Array("o\nthree\",x\n".utf8)
        #expect(
            throws: CSVError(path: "rows.csv", line: 3, message: "field 1 is not valid UTF-8")
        ) { try self.records(bytes: quoted) }
    }

    @Test("An error reads path:line: message")
    func errorDescription() {
        let error = CSVError(path: "data/train.csv", line: 12, message: "the label is empty")
        #expect(error.description == "data/train.csv:12: the label is empty")
    }

    @Test("A file that cannot be read is named without a line 0")
    func unreadableFileDescription() {
        // Found by fuzzing: `eval intents --train missing.csv` said "missing.csv:0: ...".
        let error = CSVError(path: "missing.csv", line: 0, message: "cannot read the file")
        #expect(error.description == "missing.csv: cannot read the file")
    }
}
