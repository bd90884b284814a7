/// The CSV header of a bulk path's output, written once: with the first row, once the CSV
/// input header has been accepted, or at the end of an input with no row; never before the
/// input header is known good (a header error writes nothing), never for JSONL.
struct OutputHeader {
  private var due: [UInt8]?

  init<Column: RowColumn>(_ column: Column.Type, format: RecordFormat) {
    due = format == .csv ? Column.csvHeader : nil
  }

  /// Appends the header to `out` if it is still due.
  mutating func write(to out: inout [UInt8]) {
    guard let header = due else { return }
    out.append(contentsOf: header)
    due = nil
  }
}
