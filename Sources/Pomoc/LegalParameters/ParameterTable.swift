/// The dated national parameters of social assistance (*pomoc społeczna*).
///
/// The bundled table (``bundled``) is compiled into the library, so a binary copied alone to
/// another machine needs no files. Host programs merge their own values (a newer regulation, a
/// what-if reform) and add parameters of their own (``addHostSeries(_:)-(DatedSeries<Money>)``,
/// or from JSON with `PomocFormats`); every value carries its act, source and status.
///
/// Every series is resolved once, when the table changes, into one snapshot per span of days in
/// which no parameter changes; the rules read the snapshot of their date in place. That resolved
/// copy is the only one at run time.
public struct ParameterTable: Sendable {
  /// The first day whose law the library encodes (the 2012 verification regulation).
  public private(set) var firstSupportedDate: CivilDate
  /// The last day for which the library vouches that its values are the law in force.
  /// Later dates yield `parameter_not_encoded`: a new regulation may have been issued.
  public private(set) var lawKnownThrough: CivilDate

  /// *Kryterium dochodowe osoby samotnie gospodarującej* (art. 8 ust. 1 pkt 1 u.p.s.).
  public private(set) var incomeCriterionSinglePerson: DatedSeries<Money>
  /// *Kryterium dochodowe na osobę w rodzinie* (art. 8 ust. 1 pkt 2 u.p.s.).
  public private(set) var incomeCriterionPerPersonInFamily: DatedSeries<Money>
  /// *Dochód z 1 ha przeliczeniowego* (art. 8 ust. 8 u.p.s.).
  public private(set) var incomePerConversionHectare: DatedSeries<Money>
  /// Maximum *zasiłek stały* of a single person (art. 37 ust. 2 pkt 1 u.p.s.).
  public private(set) var permanentAllowanceMaximum: DatedSeries<Money>
  /// Minimum *zasiłek stały* (art. 37 ust. 3 u.p.s.).
  public private(set) var permanentAllowanceMinimum: DatedSeries<Money>
  /// The share of the criterion *zasiłek stały* is computed from (art. 37 ust. 2 u.p.s.).
  public private(set) var permanentAllowanceBaseRate: DatedSeries<Rate>
  /// The guaranteed share of *zasiłek okresowy* (art. 38 u.p.s.).
  public private(set) var periodicAllowanceGuaranteedShare: DatedSeries<Rate>
  /// Minimum *zasiłek okresowy* (art. 38 u.p.s.).
  public private(set) var periodicAllowanceMinimum: DatedSeries<Money>
  /// Cap of *zasiłek okresowy* of a single person (art. 38 ust. 2 pkt 1 u.p.s.).
  public private(set) var periodicAllowanceSingleCap: DatedSeries<Money>
  /// Threshold of the programme *Posiłek w szkole i w domu* as a share of the criterion.
  public private(set) var mealProgrammeThresholdRate: DatedSeries<Rate>

  /// Money-valued parameters a host program added under ids the library does not use.
  public private(set) var hostMoneySeries: [DatedSeries<Money>] = []
  /// Rate-valued parameters a host program added under ids the library does not use.
  public private(set) var hostRateSeries: [DatedSeries<Rate>] = []

  /// The resolved snapshots (rebuilt whenever the table changes).
  private(set) var resolved: ResolvedParameters

  init(
    firstSupportedDate: CivilDate, lawKnownThrough: CivilDate,
    incomeCriterionSinglePerson: DatedSeries<Money>, incomeCriterionPerPersonInFamily: DatedSeries<Money>,
    incomePerConversionHectare: DatedSeries<Money>, permanentAllowanceMaximum: DatedSeries<Money>,
    permanentAllowanceMinimum: DatedSeries<Money>, permanentAllowanceBaseRate: DatedSeries<Rate>,
    periodicAllowanceGuaranteedShare: DatedSeries<Rate>, periodicAllowanceMinimum: DatedSeries<Money>,
    periodicAllowanceSingleCap: DatedSeries<Money>, mealProgrammeThresholdRate: DatedSeries<Rate>
  ) {
    self.firstSupportedDate = firstSupportedDate
    self.lawKnownThrough = lawKnownThrough
    self.incomeCriterionSinglePerson = incomeCriterionSinglePerson
    self.incomeCriterionPerPersonInFamily = incomeCriterionPerPersonInFamily
    self.incomePerConversionHectare = incomePerConversionHectare
    self.permanentAllowanceMaximum = permanentAllowanceMaximum
    self.permanentAllowanceMinimum = permanentAllowanceMinimum
    self.permanentAllowanceBaseRate = permanentAllowanceBaseRate
    self.periodicAllowanceGuaranteedShare = periodicAllowanceGuaranteedShare
    self.periodicAllowanceMinimum = periodicAllowanceMinimum
    self.periodicAllowanceSingleCap = periodicAllowanceSingleCap
    self.mealProgrammeThresholdRate = mealProgrammeThresholdRate
    self.resolved = ResolvedParameters.placeholder
    resolve()
  }

  /// The money-valued series the rules read, then the host's, for listing and JSON.
  public var moneySeries: [DatedSeries<Money>] {
    [
      incomeCriterionSinglePerson, incomeCriterionPerPersonInFamily, incomePerConversionHectare,
      permanentAllowanceMaximum, permanentAllowanceMinimum, periodicAllowanceMinimum,
      periodicAllowanceSingleCap,
    ] + hostMoneySeries
  }

  /// The rate-valued series the rules read, then the host's, for listing and JSON.
  public var rateSeries: [DatedSeries<Rate>] {
    [permanentAllowanceBaseRate, periodicAllowanceGuaranteedShare, mealProgrammeThresholdRate] + hostRateSeries
  }

  /// The parameters in force on `date`.
  ///
  /// - Throws: `date_out_of_range` before ``firstSupportedDate``; `parameter_not_encoded`
  ///   after ``lawKnownThrough``.
  ///
  /// Always inlined: an out-of-line throwing function that returns this large struct ends
  /// in a `memcpy` tail call, which Swift 6.3.1 miscompiles with `-O` (swiftlang/swift#90477,
  /// Documentation/Decisions/0002-toolchain-swifterror-tailcall.md).
  @_alwaysEmitIntoClient @inline(__always)
  public func snapshot(on date: CivilDate) throws -> ParameterSnapshot {
    snapshots[try snapshotIndex(on: date)]
  }

  /// Every resolved span, ordered by start date.
  public var snapshots: [ParameterSnapshot] { resolved.all }

  /// The position in ``snapshots`` of the span containing `date`.
  ///
  /// - Throws: `date_out_of_range` before ``firstSupportedDate``; `parameter_not_encoded`
  ///   after ``lawKnownThrough``.
  public func snapshotIndex(on date: CivilDate) throws -> Int {
    let index = resolved.index(on: date)
    if index < 0 { throw resolved.outOfRange(date) }
    return index
  }

  /// The law in force on `date`, as the rules read it (one lookup, no copy).
  @inline(__always)
  func law(on date: CivilDate) throws -> LawOnDate {
    let index = resolved.index(on: date)
    if index < 0 { throw resolved.outOfRange(date) }
    return LawOnDate(date: date, snapshot: resolved.base + index, resolved: resolved)
  }

  /// Replaces the span of dates the library vouches for (e.g. a host that has checked a newer
  /// regulation extends ``lawKnownThrough``).
  ///
  /// - Throws: `invalid_field:lawKnownThrough` when `last` precedes `first`.
  public mutating func setSupportedDates(from first: CivilDate, through last: CivilDate) throws {
    guard first <= last else { throw PomocError.invalid("lawKnownThrough", "\(last) precedes \(first)") }
    firstSupportedDate = first
    lawKnownThrough = last
    resolve()
  }

  /// Merges dated values into the money-valued series named `id` (the library's or the host's).
  ///
  /// An entry with the same `from` date replaces the existing one; new dates are inserted in order.
  ///
  /// - Throws: `invalid_field:id` if no money-valued series has that id.
  public mutating func merge(_ id: ParameterID, money entries: [DatedValue<Money>]) throws {
    switch id {
    case .incomeCriterionSinglePerson: incomeCriterionSinglePerson.merge(entries)
    case .incomeCriterionPerPersonInFamily: incomeCriterionPerPersonInFamily.merge(entries)
    case .incomePerConversionHectare: incomePerConversionHectare.merge(entries)
    case .permanentAllowanceMaximum: permanentAllowanceMaximum.merge(entries)
    case .permanentAllowanceMinimum: permanentAllowanceMinimum.merge(entries)
    case .periodicAllowanceMinimum: periodicAllowanceMinimum.merge(entries)
    case .periodicAllowanceSingleCap: periodicAllowanceSingleCap.merge(entries)
    default:
      guard let index = hostMoneySeries.firstIndex(where: { $0.id == id }) else {
        throw PomocError.invalid("id", "'\(id)' is not a money parameter")
      }
      hostMoneySeries[index].merge(entries)
    }
    resolve()
  }

  /// Merges dated values into the rate-valued series named `id` (the library's or the host's).
  ///
  /// - Throws: `invalid_field:id` if no rate-valued series has that id.
  public mutating func merge(_ id: ParameterID, rates entries: [DatedValue<Rate>]) throws {
    switch id {
    case .permanentAllowanceBaseRate: permanentAllowanceBaseRate.merge(entries)
    case .periodicAllowanceGuaranteedShare: periodicAllowanceGuaranteedShare.merge(entries)
    case .mealProgrammeThresholdRate: mealProgrammeThresholdRate.merge(entries)
    default:
      guard let index = hostRateSeries.firstIndex(where: { $0.id == id }) else {
        throw PomocError.invalid("id", "'\(id)' is not a rate parameter")
      }
      hostRateSeries[index].merge(entries)
    }
    resolve()
  }

  /// Adds a money-valued parameter of the host program (a local allowance amount, say).
  ///
  /// - Throws: `invalid_field:id` if the id is already in the table.
  public mutating func addHostSeries(_ series: DatedSeries<Money>) throws {
    guard unit(of: series.id) == nil else { throw PomocError.invalid("id", "'\(series.id)' is already in the table") }
    hostMoneySeries.append(series)
    resolve()
  }

  /// Adds a rate-valued parameter of the host program.
  ///
  /// - Throws: `invalid_field:id` if the id is already in the table.
  public mutating func addHostSeries(_ series: DatedSeries<Rate>) throws {
    guard unit(of: series.id) == nil else { throw PomocError.invalid("id", "'\(series.id)' is already in the table") }
    hostRateSeries.append(series)
    resolve()
  }

  /// The amount of the money-valued parameter `id` in force on `date` (any series, the host's too).
  ///
  /// - Throws: `invalid_field:id` for an unknown id; `parameter_not_encoded` when no value applies.
  public func money(_ id: ParameterID, on date: CivilDate) throws -> Money {
    guard let series = moneySeries.first(where: { $0.id == id }) else {
      throw PomocError.invalid("id", "'\(id)' is not a money parameter")
    }
    return try series.value(on: date)
  }

  /// The rate-valued parameter `id` in force on `date` (any series, the host's too).
  ///
  /// - Throws: `invalid_field:id` for an unknown id; `parameter_not_encoded` when no value applies.
  public func rate(_ id: ParameterID, on date: CivilDate) throws -> Rate {
    guard let series = rateSeries.first(where: { $0.id == id }) else {
      throw PomocError.invalid("id", "'\(id)' is not a rate parameter")
    }
    return try series.value(on: date)
  }

  /// The unit of the parameter named `id`, or `nil` if the table has no such parameter.
  public func unit(of id: ParameterID) -> ParameterUnit? {
    if moneySeries.contains(where: { $0.id == id }) { return .zlotyPerMonth }
    if rateSeries.contains(where: { $0.id == id }) { return .percent }
    return nil
  }

  private mutating func resolve() {
    resolved = ResolvedParameters(self)
  }
}
