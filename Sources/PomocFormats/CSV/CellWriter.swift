import Pomoc

/// The columns of an output row (``ResultColumn`` of `pomoc evaluate`, ``AuditColumn`` of
/// `pomoc audit`), in order, with their JSONL keys.
package protocol RowColumn: RawRepresentable<Int>, CaseIterable {
  /// The column's name: the CSV header cell and the JSONL key.
  var name: String { get }
  /// `"name":"` for each column, by raw value (made once).
  static var jsonKeys: [[UInt8]] { get }
}

extension RowColumn {
  /// `"name":"` of every column, for ``jsonKeys``.
  static func makeJSONKeys() -> [[UInt8]] { allCases.map { Array("\"\($0.name)\":\"".utf8) } }

  /// The CSV header line (with `\n`).
  package static var csvHeader: [UInt8] { Array((allCases.map(\.name).joined(separator: ",") + "\n").utf8) }
}

/// Writes the cells of one row, in its columns' order, as CSV or as a JSON object (every value
/// a string). Text from the input (an id) is quoted in CSV (RFC 4180, a line break shown as
/// `\n`) and escaped in JSONL; codes, numbers and dates need neither.
struct CellWriter<Column: RowColumn> {
  let format: RecordFormat
  var first = true

  init(format: RecordFormat) { self.format = format }

  mutating func begin(_ out: inout [UInt8]) {
    if format == .jsonl { out.append(UInt8(ascii: "{")) }
  }

  mutating func end(_ out: inout [UInt8]) {
    if format == .jsonl { out.append(UInt8(ascii: "}")) }
    out.append(UInt8(ascii: "\n"))
  }

  private mutating func key(_ column: Column, _ out: inout [UInt8]) {
    if !first { out.append(UInt8(ascii: ",")) }
    first = false
    if format == .jsonl { out.append(contentsOf: Column.jsonKeys[column.rawValue]) }
  }

  private func close(_ out: inout [UInt8]) {
    if format == .jsonl { out.append(UInt8(ascii: "\"")) }
  }

  mutating func empty(_ column: Column, _ out: inout [UInt8]) {
    key(column, &out)
    close(&out)
  }

  /// ASCII text that needs no quoting or escaping (codes).
  mutating func plain(_ column: Column, _ value: some Collection<UInt8>, _ out: inout [UInt8]) {
    key(column, &out)
    out.append(contentsOf: value)
    close(&out)
  }

  mutating func flag(_ column: Column, _ value: Bool, _ out: inout [UInt8]) {
    key(column, &out)
    out.append(value ? UInt8(ascii: "1") : UInt8(ascii: "0"))
    close(&out)
  }

  /// An amount with two decimals; `nil` is an empty cell.
  mutating func money(_ column: Column, _ value: Money?, _ out: inout [UInt8]) {
    key(column, &out)
    value?.appendDecimal(to: &out)
    close(&out)
  }

  mutating func scaled(_ column: Column, _ hundredths: Int64, _ out: inout [UInt8]) {
    key(column, &out)
    DecimalText.append(hundredths, fractionDigits: 2, to: &out)
    close(&out)
  }

  mutating func date(_ column: Column, _ value: CivilDate, _ out: inout [UInt8]) {
    key(column, &out)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { buffer in
      let length = AuditRowFormat.writeDate(value, to: buffer.baseAddress!)
      out.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress!, count: length))
    }
    close(&out)
  }

  /// Text from the input (an id, an article).
  mutating func text(_ column: Column, _ value: some Collection<UInt8>, _ out: inout [UInt8]) {
    key(column, &out)
    switch format {
    case .csv:
      // Quoted when it holds a comma, a quote, CR or LF (RFC 4180).
      var needsQuotes = false
      for byte in value where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
        needsQuotes = true
        break
      }
      if needsQuotes {
        Self.appendQuoted(value, &out)
      } else {
        out.append(contentsOf: value)
      }
    case .jsonl:
      JSONWriter.appendEscaped(value, to: &out)
    }
    close(&out)
  }

  /// RFC 4180 quoting; a line break (only ever in an id, which is then `invalid_field:id`) is
  /// written as `\n` / `\r`, so that one record stays one line. Kept out of line: the rare path.
  @inline(never)
  private static func appendQuoted(_ value: some Collection<UInt8>, _ out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in value {
      switch byte {
      case UInt8(ascii: "\""):
        out.append(byte)
        out.append(byte)
      case 0x0A:
        out.append(UInt8(ascii: "\\"))
        out.append(UInt8(ascii: "n"))
      case 0x0D:
        out.append(UInt8(ascii: "\\"))
        out.append(UInt8(ascii: "r"))
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
