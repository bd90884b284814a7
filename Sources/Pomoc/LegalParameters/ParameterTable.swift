/// The dated national parameters of social assistance (*pomoc społeczna*).
///
/// The bundled table (``bundled``) is compiled into the library, so a binary copied
/// alone to another machine needs no files. Host programs may merge their own values
/// from JSON (``merging(json:)``); every value carries its act, source and status.
///
/// Lookups go through precomputed ``ParameterSnapshot``s: one per span of days in which
/// no parameter changes, found by binary search.
public struct ParameterTable: Sendable {
  /// The first day whose law the library encodes (the 2012 verification regulation).
  public private(set) var firstSupportedDate: CivilDate
  /// The last day for which the library vouches that its values are the law in force.
  /// Later dates yield `parameter_not_encoded`: a new regulation may have been issued.
  public private(set) var lawKnownThrough: CivilDate

  public private(set) var incomeCriterionSinglePerson: DatedSeries<Money>
  public private(set) var incomeCriterionPerPersonInFamily: DatedSeries<Money>
  public private(set) var incomePerConversionHectare: DatedSeries<Money>
  public private(set) var permanentAllowanceMaximum: DatedSeries<Money>
  public private(set) var permanentAllowanceMinimum: DatedSeries<Money>
  public private(set) var permanentAllowanceBaseRate: DatedSeries<Rate>
  public private(set) var periodicAllowanceGuaranteedShare: DatedSeries<Rate>
  public private(set) var periodicAllowanceMinimum: DatedSeries<Money>
  public private(set) var periodicAllowanceSingleCap: DatedSeries<Money>
  public private(set) var mealProgrammeThresholdRate: DatedSeries<Rate>

  /// Resolved spans, ordered by start date.
  public private(set) var snapshots: [ParameterSnapshot] = []
  /// `snapshots[i].from.key`, for the lookup.
  private var snapshotStarts: [Int32] = []


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
    rebuildSnapshots()
  }

  /// The money-valued series, for listing and JSON.
  public var moneySeries: [DatedSeries<Money>] {
    [incomeCriterionSinglePerson, incomeCriterionPerPersonInFamily, incomePerConversionHectare,
     permanentAllowanceMaximum, permanentAllowanceMinimum, periodicAllowanceMinimum,
     periodicAllowanceSingleCap]
  }

  /// The rate-valued series, for listing and JSON.
  public var rateSeries: [DatedSeries<Rate>] {
    [permanentAllowanceBaseRate, periodicAllowanceGuaranteedShare, mealProgrammeThresholdRate]
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

  /// The index in ``snapshots`` of the span containing `date` (binary search).
  public func snapshotIndex(on date: CivilDate) throws -> Int {
    guard date >= firstSupportedDate else {
      throw PomocError(.dateOutOfRange, field: "date",
                       message: "\(date) precedes \(firstSupportedDate), the first date the library encodes")
    }
    guard date <= lawKnownThrough else {
      throw PomocError(.parameterNotEncoded, field: "date",
                       message: "the law after \(lawKnownThrough) is not known to the library")
    }
    // A handful of spans, most lookups recent: scan the start keys from the newest.
    return snapshotStarts.withUnsafeBufferPointer { starts in
      var index = starts.count - 1
      while index > 0 && starts[index] > date.key { index -= 1 }
      return index
    }
  }

  mutating func rebuildSnapshots() {
    var starts = Set<CivilDate>([firstSupportedDate])
    for series in moneySeries { for entry in series.entries where entry.from > firstSupportedDate { starts.insert(entry.from) } }
    for series in rateSeries { for entry in series.entries where entry.from > firstSupportedDate { starts.insert(entry.from) } }
    snapshots = starts.sorted().map { start in
      ParameterSnapshot(
        from: start,
        incomeCriterionSinglePerson: incomeCriterionSinglePerson.entry(on: start)?.value,
        incomeCriterionPerPersonInFamily: incomeCriterionPerPersonInFamily.entry(on: start)?.value,
        incomePerConversionHectare: incomePerConversionHectare.entry(on: start)?.value,
        permanentAllowanceMaximum: permanentAllowanceMaximum.entry(on: start)?.value,
        permanentAllowanceMinimum: permanentAllowanceMinimum.entry(on: start)?.value,
        permanentAllowanceBaseRate: permanentAllowanceBaseRate.entry(on: start)?.value,
        periodicAllowanceGuaranteedShare: periodicAllowanceGuaranteedShare.entry(on: start)?.value,
        periodicAllowanceMinimum: periodicAllowanceMinimum.entry(on: start)?.value,
        periodicAllowanceSingleCap: periodicAllowanceSingleCap.entry(on: start)?.value,
        mealProgrammeThresholdRate: mealProgrammeThresholdRate.entry(on: start)?.value)
    }
    snapshotStarts = snapshots.map(\.from.key)
  }

  /// Replaces the span of dates the library vouches for (e.g. a host that has
  /// checked a newer regulation extends ``lawKnownThrough``).
  public mutating func setSupportedDates(from first: CivilDate, through last: CivilDate) {
    firstSupportedDate = first
    lawKnownThrough = last
    rebuildSnapshots()
  }

  /// Merges dated values into the series named `id`.
  ///
  /// - Throws: `invalid_field` if `id` is not a money-valued parameter.
  public mutating func merge(_ id: ParameterID, money entries: [DatedValue<Money>]) throws {
    switch id {
    case .incomeCriterionSinglePerson: incomeCriterionSinglePerson.merge(entries)
    case .incomeCriterionPerPersonInFamily: incomeCriterionPerPersonInFamily.merge(entries)
    case .incomePerConversionHectare: incomePerConversionHectare.merge(entries)
    case .permanentAllowanceMaximum: permanentAllowanceMaximum.merge(entries)
    case .permanentAllowanceMinimum: permanentAllowanceMinimum.merge(entries)
    case .periodicAllowanceMinimum: periodicAllowanceMinimum.merge(entries)
    case .periodicAllowanceSingleCap: periodicAllowanceSingleCap.merge(entries)
    default: throw PomocError.invalid("id", "'\(id)' is not a money parameter")
    }
    rebuildSnapshots()
  }

  /// Merges dated values into the rate series named `id`.
  public mutating func merge(_ id: ParameterID, rates entries: [DatedValue<Rate>]) throws {
    switch id {
    case .permanentAllowanceBaseRate: permanentAllowanceBaseRate.merge(entries)
    case .periodicAllowanceGuaranteedShare: periodicAllowanceGuaranteedShare.merge(entries)
    case .mealProgrammeThresholdRate: mealProgrammeThresholdRate.merge(entries)
    default: throw PomocError.invalid("id", "'\(id)' is not a rate parameter")
    }
    rebuildSnapshots()
  }

  /// The unit of the parameter named `id`, or `nil` if the library has no such parameter.
  public func unit(of id: ParameterID) -> ParameterUnit? {
    if moneySeries.contains(where: { $0.id == id }) { return .zlotyPerMonth }
    if rateSeries.contains(where: { $0.id == id }) { return .percent }
    return nil
  }
}
