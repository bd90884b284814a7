/// A population summary in the shape of a centre's annual report (cf. MOPS Sopot 2023,
/// Tables 1–5): households and persons per benefit with sums of amounts, by year, by
/// household size and by art. 7 reason. Amounts are summed exactly in grosze.
///
///     var report = PopulationReport()
///     report.add(request, outcome)          // for every household
///     print(report.text())                  // or report.csv()
///
/// Encoded (`Codable`) with the property names as keys; `byReason` is keyed by reason code.
public struct PopulationReport: Hashable, Sendable {
  /// Counters of one row of a table.
  public struct Tally: Hashable, Sendable, Codable {
    /// *Liczba rodzin*: households counted (error rows included).
    public var households = 0
    /// *Liczba osób w rodzinach*: persons in those households.
    public var persons = 0
    /// Households that could not be evaluated (error rows).
    public var errors = 0
    /// Households with income within the criterion (art. 8 ust. 1 u.p.s.).
    public var withinCriterion = 0
    /// Households entitled to cash benefits (*prawo do świadczeń pieniężnych*, art. 8 ust. 1 u.p.s.).
    public var cashEligible = 0
    /// Persons in the households entitled to cash benefits.
    public var cashEligiblePersons = 0
    /// Households with a guaranteed *zasiłek okresowy* (art. 38 u.p.s.).
    public var periodic = 0
    /// Sum of the guaranteed parts of *zasiłek okresowy*, zł a month.
    public var periodicSum = Money.zero
    /// Households with a *zasiłek stały* (art. 37 u.p.s.).
    public var permanent = 0
    /// Sum of *zasiłek stały*, zł a month.
    public var permanentSum = Money.zero
    /// Of those with *zasiłek stały*, single persons (*osoby samotnie gospodarujące*).
    public var permanentSingle = 0
    /// Households within the threshold of *zasiłek celowy* (art. 39 u.p.s.).
    public var targetedEligible = 0
    /// Households within the threshold of *Posiłek w szkole i w domu*.
    public var mealEligible = 0
    /// Households with a care fee (*usługi opiekuńcze*, art. 50 u.p.s.).
    public var care = 0
    /// Sum of care fees, zł a month.
    public var careFeeSum = Money.zero

    mutating func add(_ request: EvaluationRequest, _ outcome: Result<EvaluationResult, PomocError>) {
      households += 1
      // Wrapping, like the sums below: a request's `persons` is any `Int` (an invalid one is an
      // error row), and counting it must never trap.
      persons &+= request.persons
      guard case .success(let result) = outcome else {
        errors += 1
        return
      }
      if result.withinCriterion { withinCriterion += 1 }
      if result.cashEligible {
        cashEligible += 1
        cashEligiblePersons &+= request.persons
      }
      if result.periodicMinimum > .zero {
        periodic += 1
        periodicSum = Money(grosze: periodicSum.grosze &+ result.periodicMinimum.grosze)
      }
      if result.permanent > .zero {
        permanent += 1
        permanentSum = Money(grosze: permanentSum.grosze &+ result.permanent.grosze)
        if request.persons == 1 { permanentSingle += 1 }
      }
      if result.targetedEligible { targetedEligible += 1 }
      if result.mealEligible == true { mealEligible += 1 }
      if let fee = result.careFee {
        care += 1
        careFeeSum = Money(grosze: careFeeSum.grosze &+ fee.grosze)
      }
    }
  }

  /// *Ogółem*: every household.
  public private(set) var total = Tally()
  /// By year of the decision date.
  public private(set) var byYear: [Int: Tally] = [:]
  /// Household size 1…5, and 6 for "6 or more".
  public private(set) var bySize: [Int: Tally] = [:]
  /// By reason of art. 7 u.p.s. (a household counts under each of its reasons).
  public private(set) var byReason: [AssistanceReason: Tally] = [:]
  /// Records that could not even be read (no request): counted apart.
  public private(set) var unreadable = 0

  /// An empty report.
  public init() {}

  /// Counts one household and its outcome in every table.
  public mutating func add(_ request: EvaluationRequest, _ outcome: Result<EvaluationResult, PomocError>) {
    total.add(request, outcome)
    byYear[request.date.year, default: Tally()].add(request, outcome)
    bySize[min(request.persons, 6), default: Tally()].add(request, outcome)
    for reason in request.reasons { byReason[reason, default: Tally()].add(request, outcome) }
  }

  /// A record whose fields could not be decoded.
  public mutating func addUnreadable() { unreadable += 1 }

  /// Whether any record was an error row or could not be read.
  public var hasErrors: Bool { total.errors > 0 || unreadable > 0 }

  /// The columns of every table: (key, Polish and English heading, value of a tally).
  static let columns: [(String, String, @Sendable (Tally) -> String)] = [
    ("households", "Liczba rodzin (households)", { String($0.households) }),
    ("persons", "Liczba osób w rodzinach (persons)", { String($0.persons) }),
    ("within_criterion", "W kryterium (within criterion)", { String($0.withinCriterion) }),
    ("cash_eligible", "Prawo do świadczeń pieniężnych (cash eligible)", { String($0.cashEligible) }),
    ("cash_eligible_persons", "Osoby w rodzinach uprawnionych (persons)", { String($0.cashEligiblePersons) }),
    ("periodic", "Zasiłek okresowy (periodic)", { String($0.periodic) }),
    ("periodic_sum", "Zasiłek okresowy — suma zł/mies.", { $0.periodicSum.description }),
    ("permanent", "Zasiłek stały (permanent)", { String($0.permanent) }),
    ("permanent_single", "w tym samotnie gospodarujący", { String($0.permanentSingle) }),
    ("permanent_sum", "Zasiłek stały — suma zł/mies.", { $0.permanentSum.description }),
    ("targeted_eligible", "Zasiłek celowy — w progu (targeted)", { String($0.targetedEligible) }),
    ("meal_eligible", "Posiłek w szkole i w domu (meal)", { String($0.mealEligible) }),
    ("care", "Usługi opiekuńcze z odpłatnością (care)", { String($0.care) }),
    ("care_fee_sum", "Odpłatność — suma zł/mies.", { $0.careFeeSum.description }),
    ("errors", "Błędy (error rows)", { String($0.errors) }),
  ]

  /// The tables as (table, row key, row label, tally), in report order.
  public var rows: [(table: String, key: String, label: String, tally: Tally)] {
    var rows: [(String, String, String, Tally)] = [("1_overall", "all", "Ogółem (all households)", total)]
    for year in byYear.keys.sorted() { rows.append(("2_by_year", String(year), "Rok \(year)", byYear[year]!)) }
    for size in bySize.keys.sorted() {
      let label = size == 1 ? "Jednoosobowe (1 person)" : size == 6 ? "6 i więcej osób (6+)" : "\(size) osoby/osób"
      rows.append(("3_by_household_size", size == 6 ? "6+" : String(size), label, bySize[size]!))
    }
    for reason in AssistanceReason.allCases {
      guard let tally = byReason[reason] else { continue }
      rows.append(("4_by_reason", reason.rawValue, "\(reason.rawValue) (\(reason.citation))", tally))
    }
    return rows
  }

  /// Long-format CSV: `table,row,column,value`, one line per cell.
  public func csv() -> String {
    var text = "table,row,column,value\n"
    for row in rows {
      for column in Self.columns { text += "\(row.table),\(row.key),\(column.0),\(column.2(row.tally))\n" }
    }
    text += "0_input,all,unreadable_records,\(unreadable)\n"
    return text
  }

  /// Readable tables.
  public func text() -> String {
    func pad(_ text: String, _ width: Int) -> String {
      text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
    let titles = [
      "1_overall": "Tabela 1. Rodziny i osoby według świadczeń (households and persons by benefit)",
      "2_by_year": "Tabela 2. Według roku decyzji (by year of the decision date)",
      "3_by_household_size": "Tabela 3. Struktura rodzin (by household size)",
      "4_by_reason":
        "Tabela 4. Według przesłanek art. 7 u.p.s. (by reason; a household counts under each of its reasons)",
    ]
    let shown = [
      "households", "persons", "within_criterion", "cash_eligible", "periodic", "periodic_sum",
      "permanent", "permanent_sum", "targeted_eligible", "meal_eligible", "errors",
    ]
    let columns = Self.columns.filter { shown.contains($0.0) }
    var text = ""
    var current = ""
    for row in rows {
      if row.table != current {
        current = row.table
        text += "\n" + (titles[current] ?? current) + "\n"
        text += pad("", 36) + columns.map { " " + pad($0.0, 18) }.joined() + "\n"
      }
      let label = row.label.count > 35 ? String(row.label.prefix(35)) : row.label
      text +=
        label + String(repeating: " ", count: 36 - label.count)
        + columns.map { " " + pad($0.2(row.tally), 18) }.joined() + "\n"
    }
    text += "\nUnreadable records (not in the tables): \(unreadable)\n"
    return text
  }
}

extension PopulationReport: Codable {
  private enum CodingKeys: String, CodingKey {
    case total, byYear, bySize, byReason, unreadable
  }

  /// Decodes a report; `byReason` keys are reason codes (an unknown code is a `DecodingError`).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    total = try container.decode(Tally.self, forKey: .total)
    byYear = try container.decode([Int: Tally].self, forKey: .byYear)
    bySize = try container.decode([Int: Tally].self, forKey: .bySize)
    var byReason: [AssistanceReason: Tally] = [:]
    for (code, tally) in try container.decode([String: Tally].self, forKey: .byReason) {
      guard let reason = AssistanceReason(rawValue: code) else {
        throw DecodingError.dataCorruptedError(
          forKey: .byReason, in: container, debugDescription: "unknown reason code \"\(code)\"")
      }
      byReason[reason] = tally
    }
    self.byReason = byReason
    unreadable = try container.decode(Int.self, forKey: .unreadable)
  }

  /// Encodes the tables; `byYear` and `bySize` keyed by number, `byReason` by reason code.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(total, forKey: .total)
    try container.encode(byYear, forKey: .byYear)
    try container.encode(bySize, forKey: .bySize)
    var reasons: [String: Tally] = [:]
    for (reason, tally) in byReason { reasons[reason.rawValue] = tally }
    try container.encode(reasons, forKey: .byReason)
    try container.encode(unreadable, forKey: .unreadable)
  }
}
