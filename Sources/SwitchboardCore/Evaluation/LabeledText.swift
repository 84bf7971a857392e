/// A labelled utterance from an evaluation file (`text,label`).
public struct LabeledText: Sendable, Hashable {
    /// The utterance.
    public var text: String
    /// Its intent label.
    public var label: String
    /// The line it was read from.
    public var line: Int

    /// Creates a labelled utterance.
    public init(text: String, label: String, line: Int = 0) {
        self.text = text
        self.label = label
        self.line = line
    }

    /// The labels of `rows` that no row of `known` has (other than `except`), each with the
    /// first line it is on and how many rows have it, in order of first appearance: test
    /// rows a matcher trained on `known` can only get wrong.
    public static func unknownLabels(
        in rows: [LabeledText], knowing known: [LabeledText], except: String? = nil
    ) -> [(label: String, line: Int, count: Int)] {
        let labels = Set(known.map(\.label))
        var found: [(label: String, line: Int, count: Int)] = []
        var index: [String: Int] = [:]
        for row in rows where !labels.contains(row.label) && row.label != except {
            if let at = index[row.label] {
                found[at].count += 1
            } else {
                index[row.label] = found.count
                found.append((row.label, row.line, 1))
            }
        }
        return found
    }

    /// Reads a `text,label` CSV file (with that header; other columns are ignored).
    public static func read(_ path: String) throws(CSVError) -> [LabeledText] {
        try self.table(path).rows
    }

    /// Reads a `text,label` CSV file that must hold at least one row: a file with only its
    /// header is an error at the header's line.
    public static func readRows(_ path: String) throws(CSVError) -> [LabeledText] {
        let (headerLine, rows) = try self.table(path)
        guard !rows.isEmpty else {
            throw CSVError(
                path: path, line: headerLine,
                message: "no rows after the header; expected at least one text,label row")
        }
        return rows
    }

    /// The header's line and the rows of a `text,label` CSV file.
    private static func table(_ path: String) throws(CSVError) -> (Int, rows: [LabeledText]) {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path)
        } catch {
            throw CSVError(path: path, unreadable: error)
        }
        let records = try CSVReader().records(bytes, path: path)
        guard let header = records.first else {
            throw CSVError(
                path: path, line: 1, message: "the file is empty; expected a header 'text,label'")
        }
        let names = header.fields.map { String($0.trimmingCharacters()).lowercased() }
        guard let textColumn = names.firstIndex(of: "text"),
            let labelColumn = names.firstIndex(of: "label")
        else {
            throw CSVError(
                path: path, line: header.line,
                message:
                    "the header must name the columns 'text' and 'label' (found: \(header.fields.joined(separator: ",")))"
            )
        }
        var rows: [LabeledText] = []
        rows.reserveCapacity(records.count)
        for record in records.dropFirst() {
            guard record.fields.count > max(textColumn, labelColumn) else {
                throw CSVError(
                    path: path, line: record.line,
                    message:
                        "expected \(Plural.count(header.fields.count, "field")), "
                        + "found \(record.fields.count)")
            }
            let label = String(record.fields[labelColumn].trimmingCharacters())
            guard !label.isEmpty else {
                throw CSVError(path: path, line: record.line, message: "the label is empty")
            }
            rows.append(
                LabeledText(text: record.fields[textColumn], label: label, line: record.line))
        }
        return (header.line, rows)
    }
}
