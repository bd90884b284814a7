/// A population of families in the shape of a centre's annual tables (the family-benefit part
/// of seed report 004, section 5.1): per benefit, the families decided, entitled, the persons
/// entitled and the sum of the amounts; by year of the date too.
///
///     var report = FamilyPopulationReport()
///     report.add(try? FamilyEvaluator.decide(family), date: family.date)   // for every family
public struct FamilyPopulationReport: Hashable, Sendable {
  /// One benefit's figures.
  public struct Tally: Hashable, Sendable {
    /// Families for which the benefit was decided.
    public var decided = 0
    /// Families entitled.
    public var entitled = 0
    /// Persons entitled: the children or members entitled where the benefit is per child or
    /// per member, else one per family entitled.
    public var persons = 0
    /// The sum of the amounts (monthly, or once, as the benefit is paid).
    public var amount = Money.zero
    /// Families for which the benefit could not be decided (a missing fact, a value not verified).
    public var notDecided = 0
    /// Nothing yet.
    public init() {}

    mutating func add(_ outcome: BenefitOutcome) {
      guard let decision = outcome.decision else {
        notDecided += 1
        return
      }
      decided += 1
      guard decision.entitled else { return }
      entitled += 1
      let entries = decision.perChild ?? decision.perMember
      persons += entries.map { $0.filter(\.entitled).count } ?? 1
      amount = Money(grosze: amount.grosze &+ (decision.amount?.grosze ?? 0))
    }
  }

  /// Families counted (record errors included).
  public private(set) var families = 0
  /// Families that were record errors (not decided at all).
  public private(set) var errors = 0
  /// Figures per benefit.
  public private(set) var total: [FamilyBenefit: Tally] = [:]
  /// Figures per year of the date and benefit.
  public private(set) var byYear: [Int: [FamilyBenefit: Tally]] = [:]

  /// An empty report.
  public init() {}

  /// Counts one family: its decision, or `nil` for a record error.
  public mutating func add(_ decision: FamilyDecision?, date: CivilDate?) {
    families += 1
    guard let decision else {
      errors += 1
      return
    }
    for (benefit, outcome) in decision.outcomes {
      total[benefit, default: Tally()].add(outcome)
      if let date { byYear[date.year, default: [:]][benefit, default: Tally()].add(outcome) }
    }
  }

  /// Whether any family was a record error.
  public var hasErrors: Bool { errors > 0 }

  /// The rows of the tables: `total` then each year, benefits in `FamilyBenefit.allCases` order.
  public var rows: [(table: String, key: String, benefit: FamilyBenefit, tally: Tally)] {
    var rows: [(String, String, FamilyBenefit, Tally)] = []
    for benefit in FamilyBenefit.allCases {
      if let tally = total[benefit] { rows.append(("total", "all", benefit, tally)) }
    }
    for year in byYear.keys.sorted() {
      for benefit in FamilyBenefit.allCases {
        if let tally = byYear[year]?[benefit] { rows.append(("year", String(year), benefit, tally)) }
      }
    }
    return rows
  }

  /// CSV: `table,key,benefit,decided,entitled,persons,amount,not_decided`, then a row of counts.
  public func csv() -> String {
    var text = "table,key,benefit,decided,entitled,persons,amount,not_decided\n"
    for row in rows {
      let t = row.tally
      text +=
        "\(row.table),\(row.key),\(row.benefit.rawValue),\(t.decided),\(t.entitled),\(t.persons),\(t.amount),\(t.notDecided)\n"
    }
    text += "families,all,all,\(families),,,,\(errors)\n"
    return text
  }

  /// The tables as text.
  public func text() -> String {
    func pad(_ text: String, _ width: Int) -> String {
      text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
    func left(_ text: String, _ width: Int) -> String {
      text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
    var text =
      "Families: \(families) (\(errors) record errors)\n" + "  " + pad("benefit", 34) + left("decided", 9)
      + left("entitled", 9) + left("persons", 9) + left("amount", 16) + left("not dec.", 9) + "\n"
    var table = ""
    for row in rows {
      if row.table == "year" && table != row.key {
        table = row.key
        text += "\nYear \(row.key)\n"
      } else if row.table == "total" && table.isEmpty {
        table = "total"
        text += "\nAll years\n"
      }
      let t = row.tally
      text +=
        "  " + pad(row.benefit.rawValue, 34) + left(String(t.decided), 9) + left(String(t.entitled), 9)
        + left(String(t.persons), 9) + left(t.amount.description, 16) + left(String(t.notDecided), 9) + "\n"
    }
    return text
  }
}
