/// One table of a report, as words and figures already formatted: the terminal table and
/// the HTML page both draw these, so they cannot disagree.
public struct ReportSection: Sendable, Hashable {
    /// A stable name, such as `summary` or `csat` (the HTML element's id).
    public var id: String
    /// The heading.
    public var title: String
    /// Column headings; empty for a table of labelled figures.
    public var columns: [String]
    /// The rows, cell by cell.
    public var rows: [[String]]
    /// The columns that hold figures (right-aligned).
    public var numericColumns: Set<Int>
    /// A remark under the table, if any.
    public var note: String?

    /// Creates a section.
    public init(
        id: String, title: String, columns: [String] = [], rows: [[String]],
        numericColumns: Set<Int>, note: String? = nil
    ) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
        self.numericColumns = numericColumns
        self.note = note
    }
}
