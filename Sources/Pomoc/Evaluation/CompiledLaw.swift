/// A flat, reference-free view of the law, built once per ``Evaluator``, for the hot path.
///
/// Bulk evaluation reads only plain values from here (dates, rates, band limits), so a
/// household costs no reference counting and no heap allocation, and threads sharing one
/// evaluator never contend on a reference count. The full objects (ordinances with titles,
/// tables with names and citations) stay in the evaluator for explanations and errors.
struct CompiledLaw: Sendable {
  /// The raised thresholds of an ordinance, as plain rates.
  struct TargetedRates: Sendable {
    var single: Rate
    var family: Rate
    var singleRetirementAge: Rate?
  }

  /// An ordinance reduced to what the rules read.
  struct Ordinance: Sendable {
    var from: CivilDate
    var through: CivilDate?
    var targeted: TargetedRates?
    /// Index into `tables`, or -1 when the ordinance has no care fee table.
    var careTable: Int
  }

  /// A fee table as a range of `bands`.
  struct Table: Sendable {
    var start: Int
    var count: Int
  }

  var ordinanceIDs: [String] = []
  var ordinances: [Ordinance] = []
  /// For large registries: id → index (small ones are scanned).
  var ordinanceIndex: [String: Int] = [:]
  var bands: [FeeBand] = []
  var tables: [Table] = []
  /// The national mental-care tables by start date: (from, index into `tables`, or -1).
  var mentalTables: [(from: CivilDate, table: Int)] = []

  init(ordinances registry: OrdinanceRegistry, mentalTables series: DatedSeries<FeeTable>) {
    func add(_ table: FeeTable) -> Int {
      tables.append(Table(start: bands.count, count: table.bands.count))
      bands.append(contentsOf: table.bands)
      return tables.count - 1
    }
    for id in registry.ids {
      let ordinance = registry.ordinances[id]!
      ordinanceIDs.append(id)
      ordinances.append(Ordinance(
        from: ordinance.inForceFrom, through: ordinance.inForceThrough,
        targeted: ordinance.targetedAllowanceThresholds.map {
          TargetedRates(single: $0.single, family: $0.family, singleRetirementAge: $0.singleRetirementAge)
        },
        careTable: ordinance.careFeeTable.map(add) ?? -1))
    }
    if ordinanceIDs.count > 16 {
      ordinanceIndex = Dictionary(uniqueKeysWithValues: ordinanceIDs.enumerated().map { ($1, $0) })
    }
    mentalTables = series.entries.map { ($0.from, $0.value.map(add) ?? -1) }
  }

  /// The index of ordinance `id`, or -1.
  @inline(__always)
  func ordinance(_ id: String) -> Int {
    if ordinanceIndex.isEmpty {
      for index in ordinanceIDs.indices where ordinanceIDs[index] == id { return index }
      return -1
    }
    return ordinanceIndex[id] ?? -1
  }

  /// The mental-care table in force on `date`: index into `tables`, -1 for "not in force",
  /// or -2 before the first entry.
  @inline(__always)
  func mentalTable(on date: CivilDate) -> Int {
    var found = -2
    for entry in mentalTables {
      if entry.from <= date { found = entry.table } else { break }
    }
    return found
  }

  /// Fee percent from table `index` for exact income against a criterion total; `nil` when
  /// the income falls in a row that is not verified or above a table without an open top
  /// (the caller then asks the full table for the precise error).
  @inline(__always)
  func percent(table index: Int, income: ExactAmount, criterion: Money, family: Bool) throws -> Rate? {
    let table = tables[index]
    for position in table.start..<(table.start + table.count) {
      let band = bands[position]
      if let upTo = band.upTo {
        guard income > (try ExactAmount(criterion, times: upTo)) else { return family ? band.family : band.single }
      } else {
        return family ? band.family : band.single
      }
    }
    return nil
  }
}
