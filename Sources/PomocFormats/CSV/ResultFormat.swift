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
  package static var csvHeader: [UInt8] { ResultColumn.csvHeader }

  /// Appends one row for a successful evaluation.
  package static func append(
    id: some Collection<UInt8>, result: EvaluationResult, format: RecordFormat,
    to out: inout [UInt8]
  ) {
    if format == .csv {
      appendCSV(id: id, result: result, to: &out)
      return
    }
    var cells = CellWriter<ResultColumn>(format: format)
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
    var cells = CellWriter<ResultColumn>(format: .csv)
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
    var cells = CellWriter<ResultColumn>(format: format)
    cells.begin(&out)
    cells.text(.id, id, &out)
    for column in ResultColumn.allCases where column != .id && column != .error { cells.empty(column, &out) }
    cells.text(.error, error.outputCode.utf8, &out)
    cells.end(&out)
  }
}
