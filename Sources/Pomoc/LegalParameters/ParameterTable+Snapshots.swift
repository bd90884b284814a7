/// The one resolved copy of a ``ParameterTable``: one ``ParameterSnapshot`` per span of days in
/// which no parameter changes, in one block of memory, with a month index; and, per parameter,
/// which act set each value and why a value is missing (for explanations and errors).
///
/// Finding the snapshot of a date is one table read: for each month between the first and last
/// supported day, the snapshot in force on its first day, or -1 when a snapshot begins inside
/// the month (then the few start dates are scanned).
///
/// A class so that a household's rules read it through one reference, without copying and
/// without reference counting per household. Immutable after `init`.
final class ResolvedParameters: @unchecked Sendable {
  /// Which act set a value of a parameter, from when, and its note.
  struct Provenance {
    var from: CivilDate
    var hasValue: Bool
    var enactedBy: String
    var note: String
    var status: VerificationStatus
  }

  // The unsafe part of the rules core: the snapshots are read in place through `base` by every
  // household's rules (copying a snapshot, or letting the compiler copy it for each field read,
  // costs more than the rules themselves). `base` holds `count` initialized snapshots, never
  // written after `init`, and lives as long as this object.
  let base: UnsafeMutablePointer<ParameterSnapshot>
  let count: Int
  private let starts: [Int32]
  private let first: CivilDate
  private let last: CivilDate
  private let firstMonth: Int32
  /// Per month from `firstMonth`: the snapshot in force on its first day, or -1.
  private let months: [Int16]
  /// Per parameter id: its entries' provenance, by start date.
  private let provenance: [ParameterID: [Provenance]]

  /// The longest month index kept (about 8 000 years); longer tables are scanned.
  private static let maximumMonths = 100_000

  /// An empty value, replaced at once by `ParameterTable.init`.
  static let placeholder = ResolvedParameters()

  private init() {
    base = .allocate(capacity: 1)
    count = 0
    starts = []
    first = CivilDate(2000, 1, 1)
    last = first
    firstMonth = 0
    months = []
    provenance = [:]
  }

  init(_ table: ParameterTable) {
    let first = table.firstSupportedDate
    self.first = first
    last = table.lawKnownThrough
    var startSet = Set<CivilDate>([first])
    var provenance: [ParameterID: [Provenance]] = [:]
    let hostIDs = Set(table.hostMoneySeries.map(\.id) + table.hostRateSeries.map(\.id))
    func collect<V>(_ series: DatedSeries<V>) {
      // Only the library's parameters split the snapshots: the rules read nothing else.
      if !hostIDs.contains(series.id) {
        for entry in series.entries where entry.from > first { startSet.insert(entry.from) }
      }
      provenance[series.id] = series.entries.map {
        Provenance(
          from: $0.from, hasValue: $0.value != nil, enactedBy: $0.enactedBy, note: $0.note, status: $0.status)
      }
    }
    table.moneySeries.forEach(collect)
    table.rateSeries.forEach(collect)
    self.provenance = provenance
    let sorted = startSet.sorted()
    let snapshots = sorted.map { start in
      ParameterSnapshot(
        from: start,
        incomeCriterionSinglePerson: table.incomeCriterionSinglePerson.entry(on: start)?.value,
        incomeCriterionPerPersonInFamily: table.incomeCriterionPerPersonInFamily.entry(on: start)?.value,
        incomePerConversionHectare: table.incomePerConversionHectare.entry(on: start)?.value,
        permanentAllowanceMaximum: table.permanentAllowanceMaximum.entry(on: start)?.value,
        permanentAllowanceMinimum: table.permanentAllowanceMinimum.entry(on: start)?.value,
        permanentAllowanceBaseRate: table.permanentAllowanceBaseRate.entry(on: start)?.value,
        periodicAllowanceGuaranteedShare: table.periodicAllowanceGuaranteedShare.entry(on: start)?.value,
        periodicAllowanceMinimum: table.periodicAllowanceMinimum.entry(on: start)?.value,
        periodicAllowanceSingleCap: table.periodicAllowanceSingleCap.entry(on: start)?.value,
        mealProgrammeThresholdRate: table.mealProgrammeThresholdRate.entry(on: start)?.value)
    }
    count = snapshots.count
    base = .allocate(capacity: max(count, 1))
    base.initialize(from: snapshots, count: count)
    let starts = snapshots.map(\.from.key)
    self.starts = starts
    let firstMonth = Self.month(of: first.key)
    self.firstMonth = firstMonth
    let span = Int(Self.month(of: table.lawKnownThrough.key) - firstMonth) + 1
    let monthCount = span > 0 && span <= Self.maximumMonths && count <= Int(Int16.max) ? span : 0
    var months = [Int16](repeating: -1, count: monthCount)
    for offset in 0..<monthCount {
      let month = firstMonth + Int32(offset)
      let firstDay = (month / 12) * 10_000 + (month % 12 + 1) * 100 + 1
      // A snapshot starting after the first day of this month: the month needs a scan.
      let splits = starts.contains { Self.month(of: $0) == month && $0 > firstDay }
      var inForce = -1
      for index in starts.indices where starts[index] <= firstDay { inForce = index }
      months[offset] = splits || inForce < 0 ? -1 : Int16(inForce)
    }
    self.months = months
  }

  deinit { base.deinitialize(count: count).deallocate() }

  @inline(__always)
  private static func month(of key: Int32) -> Int32 { (key / 10_000) * 12 + (key / 100 % 100) - 1 }

  /// Every snapshot, copied out.
  var all: [ParameterSnapshot] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// The index of the snapshot in force on `date`, or -1 outside the supported days.
  @inline(__always)
  func index(on date: CivilDate) -> Int {
    let key = date.key
    guard key >= first.key && key <= last.key else { return -1 }
    let offset = Int(Self.month(of: key) - firstMonth)
    if offset < months.count {
      let found = Int(months[offset])
      if found >= 0 { return found }
    }
    return scanIndex(key)
  }

  /// The same by scanning the start dates (the month index's reference; used where a month splits).
  func scanIndex(_ key: Int32) -> Int {
    var index = count - 1
    while index > 0 && starts[index] > key { index -= 1 }
    return index
  }

  /// The error for a date outside the supported days.
  func outOfRange(_ date: CivilDate) -> PomocError {
    if date < first {
      return PomocError(
        .dateOutOfRange, field: "date", message: "\(date) precedes \(first), the first date the library encodes")
    }
    return PomocError(
      .parameterNotEncoded, field: "date", message: "the law after \(last) is not known to the library")
  }

  /// The provenance of parameter `id`'s value in force on `date`.
  func provenance(of id: ParameterID, on date: CivilDate) -> Provenance? {
    provenance[id]?.last { $0.from <= date }
  }

  /// The `parameter_not_encoded` error of a parameter without a value on `date`.
  func notEncoded(_ id: ParameterID, on date: CivilDate) -> PomocError {
    guard let entries = provenance[id], let entry = entries.last(where: { $0.from <= date }) else {
      let firstFrom = provenance[id]?.first?.from.description ?? "any date"
      return PomocError.notEncoded(id.rawValue, on: date, "no value before \(firstFrom)")
    }
    return PomocError.notEncoded(id.rawValue, on: date, entry.note.isEmpty ? "not in force" : entry.note)
  }
}

/// The law in force on one day, as each rule reads it: the national parameters' snapshot, read
/// in place, and where each value came from.
struct LawOnDate {
  /// The day.
  let date: CivilDate
  /// The snapshot in force on `date`, inside `resolved`.
  let snapshot: UnsafePointer<ParameterSnapshot>
  /// The table's resolved copy; the evaluator keeps it alive while its rules run.
  unowned(unsafe) let resolved: ResolvedParameters

  /// A parameter's value on the day, or the precise `parameter_not_encoded` error.
  @inline(__always)
  func require<V>(_ value: V?, _ id: ParameterID) throws -> V {
    if let value { return value }
    throw resolved.notEncoded(id, on: date)
  }

  /// Which act set parameter `id`'s value in force on the day, and why it still applies
  /// (for explanations only).
  func enactment(of id: ParameterID) -> [TraceParameter] {
    guard let entry = resolved.provenance(of: id, on: date) else { return [] }
    var parameters = [TraceParameter("in force from", entry.from), TraceParameter("set by", entry.enactedBy)]
    if !entry.note.isEmpty { parameters.append(TraceParameter("validity", entry.note)) }
    if entry.status == .scenario { parameters.append(TraceParameter("status", "what-if value, not the law")) }
    return parameters
  }

  /// The act that set parameter `id`'s value in force on the day, as a citation.
  func act(of id: ParameterID) -> LegalCitation? {
    resolved.provenance(of: id, on: date).map { LegalCitation(act: $0.enactedBy) }
  }
}
