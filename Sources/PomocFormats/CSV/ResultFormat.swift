import Pomoc

/// Output formats of `pomoc evaluate`.
package enum RecordFormat: String, Sendable, CaseIterable {
  case csv
  case jsonl
}

/// Writes result rows in the contract's column order: amounts with exactly two
/// decimals, flags as `1`/`0`, empty cells for "not applicable", and on an error row
/// every column but `id` and `error` empty. JSONL uses the same keys, every value a
/// string (the same text as the CSV cell), so no amount passes through a float.
package enum ResultFormatter {
  /// The CSV header line (with `\n`).
  package static var csvHeader: [UInt8] {
    Array((ResultColumn.allCases.map(\.name).joined(separator: ",") + "\n").utf8)
  }

  /// Appends one row for a successful evaluation.
  package static func append(
    id: some Collection<UInt8>, result: EvaluationResult, format: RecordFormat,
    to out: inout [UInt8]
  ) {
    if format == .csv {
      appendCSV(id: id, result: result, to: &out)
      return
    }
    var cells = CellWriter(format: format)
    cells.begin(&out)
    cells.text(.id, id, &out)
    cells.money(.criterion, result.criterion, &out)
    cells.money(.incomePerPerson, result.incomePerPerson, &out)
    cells.flag(.withinCriterion, result.withinCriterion, &out)
    cells.flag(.cashEligible, result.cashEligible, &out)
    cells.money(.periodicMin, result.periodicMinimum, &out)
    cells.money(.periodicDifference, result.periodicDifference, &out)
    cells.money(.permanent, result.permanent, &out)
    cells.money(.targetedThreshold, result.targetedThreshold, &out)
    cells.flag(.targetedEligible, result.targetedEligible, &out)
    if let meal = result.mealEligible {
      cells.flag(.mealEligible, meal, &out)
    } else {
      cells.empty(.mealEligible, &out)
    }
    if let percent = result.careFeePercent {
      cells.scaled(.careFeePercent, percent.basisPoints, &out)
    } else {
      cells.empty(.careFeePercent, &out)
    }
    if let fee = result.careFee { cells.money(.careFee, fee, &out) } else { cells.empty(.careFee, &out) }
    cells.empty(.error, &out)
    cells.end(&out)
  }

  /// The CSV row, written directly (the hot path of `pomoc evaluate`): the id, then every
  /// other cell written into a stack buffer and appended in one copy.
  @inline(__always)
  static func appendCSV(id: some Collection<UInt8>, result: EvaluationResult, to out: inout [UInt8]) {
    var cells = CellWriter(format: .csv)
    cells.text(.id, id, &out)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 320) { buffer in
      let base = buffer.baseAddress!
      var length = 0
      @inline(__always) func byte(_ value: UInt8) {
        base[length] = value
        length += 1
      }
      @inline(__always) func money(_ value: Money) {
        byte(UInt8(ascii: ","))
        length += DecimalText.write(value.grosze, fractionDigits: 2, to: base + length)
      }
      @inline(__always) func flag(_ value: Bool) {
        byte(UInt8(ascii: ","))
        byte(value ? UInt8(ascii: "1") : UInt8(ascii: "0"))
      }
      money(result.criterion)
      money(result.incomePerPerson)
      flag(result.withinCriterion)
      flag(result.cashEligible)
      money(result.periodicMinimum)
      money(result.periodicDifference)
      money(result.permanent)
      money(result.targetedThreshold)
      flag(result.targetedEligible)
      if let meal = result.mealEligible { flag(meal) } else { byte(UInt8(ascii: ",")) }
      byte(UInt8(ascii: ","))
      if let percent = result.careFeePercent {
        length += DecimalText.write(percent.basisPoints, fractionDigits: 2, to: base + length)
      }
      byte(UInt8(ascii: ","))
      if let fee = result.careFee { length += DecimalText.write(fee.grosze, fractionDigits: 2, to: base + length) }
      byte(UInt8(ascii: ","))   // empty error column
      byte(UInt8(ascii: "\n"))
      out.append(contentsOf: UnsafeBufferPointer(start: base, count: length))
    }
  }

  /// Appends one error row: `id`, empty columns, the error code.
  package static func append(
    id: some Collection<UInt8>, error: PomocError, format: RecordFormat,
    to out: inout [UInt8]
  ) {
    var cells = CellWriter(format: format)
    cells.begin(&out)
    cells.text(.id, id, &out)
    for column in ResultColumn.allCases where column != .id && column != .error { cells.empty(column, &out) }
    cells.text(.error, error.outputCode.utf8, &out)
    cells.end(&out)
  }
}

/// Writes cells of one row as CSV or as a JSON object.
struct CellWriter {
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

  private mutating func key(_ column: ResultColumn, _ out: inout [UInt8]) {
    if !first { out.append(UInt8(ascii: ",")) }
    first = false
    if format == .jsonl {
      out.append(UInt8(ascii: "\""))
      out.append(contentsOf: column.name.utf8)
      out.append(contentsOf: "\":\"".utf8)
    }
  }

  private func close(_ out: inout [UInt8]) {
    if format == .jsonl { out.append(UInt8(ascii: "\"")) }
  }

  mutating func empty(_ column: ResultColumn, _ out: inout [UInt8]) {
    key(column, &out)
    close(&out)
  }

  mutating func flag(_ column: ResultColumn, _ value: Bool, _ out: inout [UInt8]) {
    key(column, &out)
    out.append(value ? UInt8(ascii: "1") : UInt8(ascii: "0"))
    close(&out)
  }

  mutating func money(_ column: ResultColumn, _ value: Money, _ out: inout [UInt8]) {
    key(column, &out)
    value.appendDecimal(to: &out)
    close(&out)
  }

  mutating func scaled(_ column: ResultColumn, _ hundredths: Int64, _ out: inout [UInt8]) {
    key(column, &out)
    DecimalText.append(hundredths, fractionDigits: 2, to: &out)
    close(&out)
  }

  mutating func text(_ column: ResultColumn, _ value: some Collection<UInt8>, _ out: inout [UInt8]) {
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
