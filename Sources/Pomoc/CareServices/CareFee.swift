/// The monthly fee for care services (*odpłatność za usługi opiekuńcze*), art. 50 u.p.s.: hourly
/// cost × fee % × hours, the fee % from the table that applies — the municipal council's
/// (art. 50 ust. 6) for `standard` and `specialised` care, the national table of the minister's
/// regulation (art. 50 ust. 5) for persons with mental disorders.
public enum CareFee {
  /// `hourlyCost × percent × hours`, rounded half up to the grosz once, at the end.
  ///
  /// - Throws: `arithmetic_overflow` when the amounts do not fit.
  public static func monthlyFee(hourlyCost: Money, percent: Rate, hours: CareHours) throws -> Money {
    // grosze × bp × (1/100 h) ÷ (10 000 × 100)
    let (costTimesRate, overflow) = hourlyCost.grosze.multipliedReportingOverflow(by: percent.basisPoints)
    if overflow { throw PomocError.arithmeticOverflow }
    return Money(grosze: try Rounding.halfUp(costTimesRate, times: hours.hundredths, dividedBy: 1_000_000))
  }

  /// The rule: the table that applies to the kind of care, the household's band, the fee and the
  /// explanation; `nil` when no care was requested.
  ///
  /// - Throws: `care_fee_table_missing` when the municipality has no table; `parameter_not_encoded`
  ///   for a row of a table that is not verified.
  static func evaluate<T: TraceRecorder>(
    _ care: CareRequest?, income: ExactAmount, limit: Money, persons: Int, municipality: String,
    ordinance: OrdinanceOnDate?, mentalTables: borrowing DatedSeries<FeeTable>, date: CivilDate, trace: inout T
  ) throws -> (percent: Rate, fee: Money)? {
    guard let care, care.kind != .none else { return nil }
    let family = persons > 1
    let percent: Rate
    if care.kind == .mental {
      // Read in place: an array's getter would copy the table (a reference count per text).
      let found = try mentalTables.entries.withUnsafeBufferPointer { entries -> Rate? in
        var index = entries.count - 1
        while index >= 0 && entries[index].from > date { index -= 1 }
        guard index >= 0 else { return nil }
        return try entries[index].value?.percent(income: income, criterion: limit, family: family, on: date)
      }
      guard let found else { throw error(mentalTables, on: date) }
      percent = found
    } else {
      guard let ordinance, ordinance.hasCareFeeTable,
        let found = try ordinance.carePercent(income: income, criterion: limit, family: family, on: date)
      else { throw missingTable(care.kind, municipality: municipality) }
      percent = found
    }
    let fee = try monthlyFee(hourlyCost: care.hourlyCost, percent: percent, hours: care.hours)
    trace.record(step(care, percent: percent, fee: fee, ordinance: ordinance, mentalTables: mentalTables, date: date))
    return (percent, fee)
  }

  /// The precise error of the national table on a date without one.
  private static func error(_ tables: borrowing DatedSeries<FeeTable>, on date: CivilDate) -> PomocError {
    do {
      _ = try tables.value(on: date)
      return PomocError(.parameterNotEncoded, field: "care_kind", message: "no fee table applies")
    } catch {
      return PomocError(wrapping: error)
    }
  }

  private static func missingTable(_ kind: CareKind, municipality: String) -> PomocError {
    let whose = municipality.isEmpty ? "no municipality given, so there is" : "ordinance '\(municipality)' has"
    return PomocError(
      .careFeeTableMissing, field: "care_kind",
      message: "\(whose) no fee table for \(kind.rawValue) care (art. 50 ust. 6 u.p.s.)")
  }

  /// The explanation (built only when tracing).
  private static func step(
    _ care: CareRequest, percent: Rate, fee: Money, ordinance: OrdinanceOnDate?,
    mentalTables: borrowing DatedSeries<FeeTable>, date: CivilDate
  ) -> TraceStep {
    let table = care.kind == .mental ? try? mentalTables.value(on: date) : ordinance?.ordinance.careFeeTable
    return TraceStep(
      rule: .careFee, label: "Odpłatność za usługi opiekuńcze (care fee)", value: .money(fee),
      parameters: [
        TraceParameter("table", table?.name ?? ""),
        TraceParameter("fee (% of the hourly cost)", percent),
        TraceParameter("hourly cost", care.hourlyCost),
        TraceParameter("hours", .hours(care.hours)),
      ],
      basis: table?.basis ?? [])
  }
}
