import Pomoc

/// The decision columns of an audit register, after the household columns (Documentation/Validation.md).
package enum DecisionColumn: Int, CaseIterable, Sendable {
  case decisionID, benefit, granted, decisionDate, periodFrom, periodTo, careHomeAverageCost

  /// The column name in CSV headers and JSONL keys.
  package var name: String {
    switch self {
    case .decisionID: return "decision_id"
    case .benefit: return "benefit"
    case .granted: return "granted"
    case .decisionDate: return "decision_date"
    case .periodFrom: return "period_from"
    case .periodTo: return "period_to"
    case .careHomeAverageCost: return "dps_average_cost"
    }
  }

  /// The register's extra columns; `decision_id`, `benefit`, `granted` and `decision_date`
  /// must be in a CSV header.
  package static let columns = ExtraColumns(
    names: allCases.map(\.name), required: [decisionID, benefit, granted, decisionDate].map(\.rawValue))

  /// The column's slot in a record.
  package var slot: Int { ExtraColumns.householdSlots + rawValue }
}

/// Reads a decision's own fields, strictly, as ``HouseholdRecordDecoder`` reads the household's.
enum DecisionDecoder {
  /// A decision, or the first bad field in column order; the benefit and the month of the
  /// decision date whenever they could be read (for the summary of error rows).
  struct Decoded {
    var decision: Decision?
    var benefit: AuditedBenefit?
    var month: AuditMonth?
    var error: PomocError?
  }

  static let benefits = ByteCodeTable(AuditedBenefit.allCases.map { ($0.rawValue, $0) })
  static let benefitCodes = AuditedBenefit.allCases.map(\.rawValue).joined(separator: ", ")

  /// Decodes the decision columns of a record whose fields are `ranges` of `base`. The
  /// decision's `id` is left empty (the caller keeps the bytes).
  static func decode(_ base: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>]) -> Decoded {
    func field(_ column: DecisionColumn) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(rebasing: base[ranges[column.slot]])
    }
    var decoded = Decoded()
    func fail(_ error: PomocError) { if decoded.error == nil { decoded.error = error } }
    func date(_ column: DecisionColumn) -> CivilDate? {
      let text = field(column)
      if text.isEmpty { return nil }
      guard let value = CivilDate(parsing: text) else {
        fail(.invalid(column.name, "expected an existing day as YYYY-MM-DD"))
        return nil
      }
      return value
    }
    func money(_ column: DecisionColumn) -> Money? {
      let text = field(column)
      if text.isEmpty { return nil }
      guard let value = Money(parsing: text) else {
        fail(.invalid(column.name, "expected zł ≥ 0 with at most 2 decimals, at most \(Money.inputLimit)"))
        return nil
      }
      return value
    }

    let id = field(.decisionID)
    if id.isEmpty {
      fail(.missing("decision_id"))
    } else if !isValidUTF8(id) {
      fail(.invalid("decision_id", "not valid UTF-8"))
    } else if ByteScan.first(0x0A, in: id, from: 0) != nil || ByteScan.first(0x0D, in: id, from: 0) != nil {
      fail(.invalid("decision_id", "holds a line break"))
    }
    let benefitText = field(.benefit)
    if benefitText.isEmpty {
      fail(.missing("benefit"))
    } else if let benefit = benefits.value(benefitText) {
      decoded.benefit = benefit
    } else {
      fail(.invalid("benefit", "expected \(benefitCodes)"))
    }
    let granted = money(.granted)
    if granted == nil && field(.granted).isEmpty { fail(.missing("granted")) }
    let decisionDate = date(.decisionDate)
    if decisionDate == nil && field(.decisionDate).isEmpty { fail(.missing("decision_date")) }
    decoded.month = decisionDate.map(AuditMonth.init)
    let from = date(.periodFrom)
    let to = date(.periodTo)
    let averageCost = money(.careHomeAverageCost)
    if decoded.error == nil, let benefit = decoded.benefit, let granted, let decisionDate {
      decoded.decision = Decision(
        id: "", benefit: benefit, granted: granted, date: decisionDate, periodFrom: from, periodTo: to,
        careHomeAverageCost: averageCost)
    }
    return decoded
  }
}

/// The output columns of `pomoc audit`, in order.
package enum AuditColumn: Int, RowColumn, Sendable {
  case decisionID, id, benefit, decisionDate, granted, due, rangeMin, rangeMax, verdict, difference, basis, error

  package var name: String {
    switch self {
    case .decisionID: return "decision_id"
    case .id: return "id"
    case .benefit: return "benefit"
    case .decisionDate: return "decision_date"
    case .granted: return "granted"
    case .due: return "due"
    case .rangeMin: return "range_min"
    case .rangeMax: return "range_max"
    case .verdict: return "verdict"
    case .difference: return "difference"
    case .basis: return "basis"
    case .error: return "error"
    }
  }

  /// `"name":"` of each column, for JSONL.
  package static let jsonKeys = makeJSONKeys()
}

/// Writes verdict rows: one per decision, in the columns of ``AuditColumn``; amounts with
/// exactly two decimals, empty cells where a value does not apply, and on an error row every
/// column but `decision_id`, `id` and `error` empty. JSONL: the same keys, every value a string.
package enum AuditRowFormat {
  /// The CSV header line (with `\n`).
  package static var csvHeader: [UInt8] { AuditColumn.csvHeader }

  /// Appends the row of a verdict; `article` is the text of the verdict's basis.
  static func append(
    decisionID: UnsafeBufferPointer<UInt8>, id: UnsafeBufferPointer<UInt8>, decision: Decision,
    verdict: AuditVerdict, article: UnsafeBufferPointer<UInt8>, format: RecordFormat, to out: inout [UInt8]
  ) {
    if format == .csv && article.count <= 256 {
      appendCSV(decisionID: decisionID, id: id, decision: decision, verdict: verdict, article: article, to: &out)
      return
    }
    var cells = CellWriter<AuditColumn>(format: format)
    cells.begin(&out)
    cells.text(.decisionID, decisionID, &out)
    cells.text(.id, id, &out)
    cells.plain(.benefit, decision.benefit.rawValue.utf8, &out)
    cells.date(.decisionDate, decision.date, &out)
    cells.money(.granted, verdict.granted, &out)
    cells.money(.due, verdict.due, &out)
    cells.money(.rangeMin, verdict.minimum, &out)
    cells.money(.rangeMax, verdict.maximum, &out)
    cells.plain(.verdict, verdict.kind.rawValue.utf8, &out)
    cells.money(.difference, verdict.difference, &out)
    cells.text(.basis, article, &out)
    cells.plain(.error, EmptyCollection(), &out)
    cells.end(&out)
  }

  /// The CSV row written directly (the hot path): the ids, then every other cell written into
  /// a stack buffer and appended in one copy.
  private static func appendCSV(
    decisionID: UnsafeBufferPointer<UInt8>, id: UnsafeBufferPointer<UInt8>, decision: Decision,
    verdict: AuditVerdict, article: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]
  ) {
    var cells = CellWriter<AuditColumn>(format: .csv)
    cells.text(.decisionID, decisionID, &out)
    cells.text(.id, id, &out)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 512) { buffer in
      let base = buffer.baseAddress!
      var length = 0
      @inline(__always) func byte(_ value: UInt8) {
        base[length] = value
        length += 1
      }
      @inline(__always) func ascii(_ text: StaticString) {
        (base + length).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        length += text.utf8CodeUnitCount
      }
      @inline(__always) func money(_ value: Money?) {
        byte(UInt8(ascii: ","))
        if let value { length += DecimalText.write(value.grosze, fractionDigits: 2, to: base + length) }
      }
      byte(UInt8(ascii: ","))
      ascii(code(decision.benefit))
      byte(UInt8(ascii: ","))
      length += writeDate(decision.date, to: base + length)
      money(verdict.granted)
      money(verdict.due)
      money(verdict.minimum)
      money(verdict.maximum)
      byte(UInt8(ascii: ","))
      ascii(code(verdict.kind))
      money(verdict.difference)
      byte(UInt8(ascii: ","))
      if ByteScan.first(UInt8(ascii: ","), in: article, from: 0) == nil
        && ByteScan.first(UInt8(ascii: "\""), in: article, from: 0) == nil
      {
        (base + length).update(from: article.baseAddress!, count: article.count)
        length += article.count
        byte(UInt8(ascii: ","))   // empty error column
        byte(UInt8(ascii: "\n"))
        out.append(contentsOf: UnsafeBufferPointer(start: base, count: length))
      } else {
        out.append(contentsOf: UnsafeBufferPointer(start: base, count: length - 1))
        cells.text(.basis, article, &out)
        out.append(contentsOf: ",\n".utf8)
      }
    }
  }

  /// The benefit's code, as static text (the same as its raw value).
  @inline(__always)
  static func code(_ benefit: AuditedBenefit) -> StaticString {
    switch benefit {
    case .permanentAllowance: return "staly"
    case .periodicAllowance: return "okresowy"
    case .targetedAllowance: return "celowy"
    case .specialTargetedAllowance: return "specjalny_celowy"
    case .careFee: return "care_fee"
    case .careHomeFee: return "dps_fee"
    }
  }

  /// The verdict's code, as static text (the same as its raw value).
  @inline(__always)
  static func code(_ kind: AuditVerdict.Kind) -> StaticString {
    switch kind {
    case .consistent: return "consistent"
    case .overpaid: return "overpaid"
    case .underpaid: return "underpaid"
    case .notEntitled: return "not_entitled"
    case .outsideLegalRange: return "outside_legal_range"
    }
  }

  /// Writes `YYYY-MM-DD` (10 bytes).
  @inline(__always)
  static func writeDate(_ date: CivilDate, to destination: UnsafeMutablePointer<UInt8>) -> Int {
    let zero = UInt8(ascii: "0")
    let year = date.year
    destination[0] = zero + UInt8(year / 1000 % 10)
    destination[1] = zero + UInt8(year / 100 % 10)
    destination[2] = zero + UInt8(year / 10 % 10)
    destination[3] = zero + UInt8(year % 10)
    destination[4] = UInt8(ascii: "-")
    destination[5] = zero + UInt8(date.month / 10)
    destination[6] = zero + UInt8(date.month % 10)
    destination[7] = UInt8(ascii: "-")
    destination[8] = zero + UInt8(date.day / 10)
    destination[9] = zero + UInt8(date.day % 10)
    return 10
  }

  /// Appends an error row: `decision_id`, `id`, empty columns, the error code.
  static func append(
    decisionID: some Collection<UInt8>, id: some Collection<UInt8>, error: PomocError, format: RecordFormat,
    to out: inout [UInt8]
  ) {
    var cells = CellWriter<AuditColumn>(format: format)
    cells.begin(&out)
    cells.text(.decisionID, decisionID, &out)
    cells.text(.id, id, &out)
    for column in AuditColumn.allCases where column != .decisionID && column != .id && column != .error {
      cells.plain(column, EmptyCollection(), &out)
    }
    cells.text(.error, Array(error.outputCode.utf8), &out)
    cells.end(&out)
  }
}

/// The audit summary as CSV (`pomoc audit --summary FILE`) and as text (stderr).
package enum AuditSummaryFormat {
  /// The CSV header.
  package static let csvColumns = [
    "group", "key", "decisions", "errors", "consistent", "overpaid", "overpaid_sum", "underpaid", "underpaid_sum",
    "not_entitled", "not_entitled_sum", "outside_legal_range", "above_range_sum", "below_range_sum",
  ]

  /// Rows `all,all`, then `benefit,<code>` for every benefit, then `month,YYYY-MM` for every
  /// month of a decision date, in order.
  package static func csv(_ summary: AuditSummary) -> String {
    var text = csvColumns.joined(separator: ",") + "\n"
    for (group, key, tally) in groups(summary) {
      text += ([group, key] + cells(tally)).joined(separator: ",") + "\n"
    }
    return text
  }

  static func groups(_ summary: AuditSummary) -> [(String, String, AuditSummary.Tally)] {
    var rows = [("all", "all", summary.total)]
    for benefit in AuditedBenefit.allCases {
      rows.append(("benefit", benefit.rawValue, summary.byBenefit[benefit] ?? AuditSummary.Tally()))
    }
    for month in summary.byMonth.keys.sorted() { rows.append(("month", month.description, summary.byMonth[month]!)) }
    return rows
  }

  static func cells(_ tally: AuditSummary.Tally) -> [String] {
    func sum(_ value: Money) -> String { tally.sumOverflow ? "overflow" : value.description }
    return [
      String(tally.decisions), String(tally.errors), String(tally.consistent), String(tally.overpaid),
      sum(tally.overpaidSum), String(tally.underpaid), sum(tally.underpaidSum), String(tally.notEntitled),
      sum(tally.notEntitledSum), String(tally.outsideLegalRange), sum(tally.aboveRangeSum), sum(tally.belowRangeSum),
    ]
  }

  /// A table for people: one line per benefit with decisions, then one per month.
  package static func text(_ summary: AuditSummary) -> String {
    let heading = [
      "", "decisions", "consistent", "overpaid", "sum", "underpaid", "sum", "not entitled", "sum",
      "outside range", "above", "below", "errors",
    ]
    var rows = [heading]
    for (group, key, tally) in groups(summary) where group == "all" || tally.decisions > 0 {
      let c = cells(tally)
      rows.append([
        group == "all" ? "all" : key, c[0], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[1],
      ])
    }
    var widths = Array(repeating: 0, count: heading.count)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    var text = ""
    for row in rows {
      var line = "  "
      for (index, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[index] - cell.count)
        line += index == 0 ? cell + pad : "  " + pad + cell
      }
      text += line + "\n"
    }
    return text
  }
}
