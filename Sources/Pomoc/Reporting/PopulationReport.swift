/// A population summary in the shape of a centre's annual report (cf. MOPS Sopot 2023,
/// Tables 1–5): households and persons per benefit with sums of amounts, by year, by
/// household size, by art. 7 reason and by income per person as a share of the criterion.
/// Amounts are summed exactly in grosze.
///
///     var report = PopulationReport()
///     report.add(request, outcome)          // for every household
///     print(report.text())                  // or report.csv()
///
/// Encoded (`Codable`) with the property names as keys; `byReason` is keyed by reason code,
/// `byIncome` by band code.
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

    /// No household yet.
    public init() {}

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

  /// A band of income per person as a share of the criterion (*dochód na osobę w rodzinie
  /// wobec kryterium dochodowego*, art. 8 ust. 1 u.p.s.). Each band includes its upper bound:
  /// income exactly at 50 % of the criterion is in ``upTo50``.
  ///
  /// The 100 % bound is the art. 8 decision itself (``EvaluationResult/withinCriterion``, on
  /// the exact income), so ``upTo50`` and ``upTo100`` together are the households within the
  /// criterion. The other bounds compare the household income as rounded to the grosz
  /// (``EvaluationResult/householdIncome``) in integers: `H × 100 ≤ b × criterion × n`.
  public enum IncomeBand: String, Hashable, Sendable, CaseIterable, Codable {
    /// 0–50 % of the criterion.
    case upTo50 = "0-50"
    /// Above 50 %, up to 100 % (within the criterion).
    case upTo100 = "50-100"
    /// Above the criterion, up to 150 %.
    case upTo150 = "100-150"
    /// Above 150 %, up to 200 %.
    case upTo200 = "150-200"
    /// Above 200 % of the criterion.
    case over200 = "over_200"

    /// The band's upper bound in per cent of the criterion (`nil` for ``over200``).
    public var upperPercent: Int? {
      switch self {
      case .upTo50: return 50
      case .upTo100: return 100
      case .upTo150: return 150
      case .upTo200: return 200
      case .over200: return nil
      }
    }

    /// The row label of the report, e.g. `50–100 % kryterium`.
    public var label: String {
      switch self {
      case .upTo50: return "0–50 % kryterium"
      case .upTo100: return "50–100 % kryterium"
      case .upTo150: return "100–150 % kryterium"
      case .upTo200: return "150–200 % kryterium"
      case .over200: return "ponad 200 % kryterium"
      }
    }

    /// The band of a household of `persons` with income `householdIncome` (H), criterion
    /// `criterion` (single for one person, per person for a family) and the art. 8 decision
    /// `withinCriterion`: exact in integers for any values (no overflow, no trap).
    public static func of(
      householdIncome: Money, criterion: Money, persons: Int, withinCriterion: Bool
    ) -> IncomeBand {
      func atMost(_ percent: Int64) -> Bool {
        // In Int64 for every real household (no array, no allocation); exact on overflow.
        let (left, o1) = householdIncome.grosze.multipliedReportingOverflow(by: 100)
        let (limit, o2) = criterion.grosze.multipliedReportingOverflow(by: Int64(persons))
        let (right, o3) = limit.multipliedReportingOverflow(by: percent)
        if !o1 && !o2 && !o3 { return left <= right }
        return PopulationReport.productIsAtMost(
          [householdIncome.grosze, 100], [percent, criterion.grosze, Int64(persons)])
      }
      if withinCriterion { return atMost(50) ? .upTo50 : .upTo100 }
      return atMost(150) ? .upTo150 : atMost(200) ? .upTo200 : .over200
    }

    /// The band of an evaluated household.
    public static func of(_ request: EvaluationRequest, _ result: EvaluationResult) -> IncomeBand {
      of(
        householdIncome: result.householdIncome, criterion: result.criterion, persons: request.persons,
        withinCriterion: result.withinCriterion)
    }
  }

  /// `∏ left ≤ ∏ right` for any `Int64` factors, exactly: in `Int64` when no product
  /// overflows (every real household), else on magnitudes of 64-bit limbs.
  static func productIsAtMost(_ left: [Int64], _ right: [Int64]) -> Bool {
    func product(_ factors: [Int64]) -> Int64? {
      var value: Int64 = 1
      for factor in factors {
        let (next, overflow) = value.multipliedReportingOverflow(by: factor)
        if overflow { return nil }
        value = next
      }
      return value
    }
    if let l = product(left), let r = product(right) { return l <= r }
    /// Sign and magnitude (little-endian limbs, no leading zero limb; zero is `[]`, not negative).
    func wide(_ factors: [Int64]) -> (negative: Bool, limbs: [UInt64]) {
      var negative = false
      var limbs: [UInt64] = [1]
      for factor in factors {
        if factor < 0 { negative.toggle() }
        var carry: UInt64 = 0
        for index in limbs.indices {
          // high ≤ 2^64 − 2, so high + 1 never overflows.
          let (high, low) = limbs[index].multipliedFullWidth(by: factor.magnitude)
          let (sum, overflow) = low.addingReportingOverflow(carry)
          limbs[index] = sum
          carry = high &+ (overflow ? 1 : 0)
        }
        if carry != 0 { limbs.append(carry) }
        while limbs.last == 0 { limbs.removeLast() }
      }
      return (negative && !limbs.isEmpty, limbs)
    }
    /// Magnitudes: -1, 0 or 1.
    func compare(_ a: [UInt64], _ b: [UInt64]) -> Int {
      if a.count != b.count { return a.count < b.count ? -1 : 1 }
      for index in a.indices.reversed() where a[index] != b[index] { return a[index] < b[index] ? -1 : 1 }
      return 0
    }
    let l = wide(left)
    let r = wide(right)
    if l.negative != r.negative { return l.negative }
    let order = compare(l.limbs, r.limbs)
    return l.negative ? order >= 0 : order <= 0
  }

  /// *Ogółem*: every household.
  public private(set) var total = Tally()
  /// By year of the decision date.
  public private(set) var byYear: [Int: Tally] = [:]
  /// Household size 1…5, and 6 for "6 or more".
  public private(set) var bySize: [Int: Tally] = [:]
  /// By reason of art. 7 u.p.s. (a household counts under each of its reasons).
  public private(set) var byReason: [AssistanceReason: Tally] = [:]
  /// By income per person as a share of the criterion (error rows have no income, so they
  /// are not counted here: the bands add up to the households evaluated).
  public private(set) var byIncome: [IncomeBand: Tally] = [:]
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
    if case .success(let result) = outcome {
      byIncome[IncomeBand.of(request, result), default: Tally()].add(request, outcome)
    }
  }

  /// A record whose fields could not be decoded.
  public mutating func addUnreadable() { unreadable += 1 }

  /// Whether any record was an error row or could not be read.
  public var hasErrors: Bool { total.errors > 0 || unreadable > 0 }

  /// The columns of every table: (key, Polish and English heading, value of a tally).
  package static let columns: [(String, String, @Sendable (Tally) -> String)] = [
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

  /// Tables 1–4 as (table, row key, row label, tally), in report order (Table 5 is
  /// ``incomeRows``).
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

  /// Table 5, by income per person as a share of the criterion: every band in order, empty
  /// ones included (a distribution shows its zeros).
  public var incomeRows: [(table: String, key: String, label: String, tally: Tally)] {
    IncomeBand.allCases.map { ("5_by_income_to_criterion", $0.rawValue, $0.label, byIncome[$0] ?? Tally()) }
  }

  /// Long-format CSV: `table,row,column,value`, one line per cell: Tables 1–4, the
  /// unreadable records, then Table 5 (added after the lines of earlier versions).
  public func csv() -> String {
    var text = "table,row,column,value\n"
    func append(_ rows: [(table: String, key: String, label: String, tally: Tally)]) {
      for row in rows {
        for column in Self.columns { text += "\(row.table),\(row.key),\(column.0),\(column.2(row.tally))\n" }
      }
    }
    append(rows)
    text += "0_input,all,unreadable_records,\(unreadable)\n"
    append(incomeRows)
    return text
  }

  /// Titles of the tables (Polish and English), keyed by table name.
  package static let tableTitles = [
    "1_overall": "Tabela 1. Rodziny i osoby według świadczeń (households and persons by benefit)",
    "2_by_year": "Tabela 2. Według roku decyzji (by year of the decision date)",
    "3_by_household_size": "Tabela 3. Struktura rodzin (by household size)",
    "4_by_reason":
      "Tabela 4. Według przesłanek art. 7 u.p.s. (by reason; a household counts under each of its reasons)",
    "5_by_income_to_criterion":
      "Tabela 5. Dochód na osobę wobec kryterium (income per person as a share of the criterion; error rows not counted)",
  ]

  /// The columns of the text tables (the others are in the CSV).
  package static let textColumns = [
    "households", "persons", "within_criterion", "cash_eligible", "periodic", "periodic_sum",
    "permanent", "permanent_sum", "targeted_eligible", "meal_eligible", "errors",
  ]

  /// Readable tables: Tables 1–4, the unreadable records, then Table 5.
  public func text() -> String {
    func pad(_ text: String, _ width: Int) -> String {
      text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
    let columns = Self.columns.filter { Self.textColumns.contains($0.0) }
    var text = ""
    func append(_ rows: [(table: String, key: String, label: String, tally: Tally)]) {
      var current = ""
      for row in rows {
        if row.table != current {
          current = row.table
          text += "\n" + (Self.tableTitles[current] ?? current) + "\n"
          text += pad("", 36) + columns.map { " " + pad($0.0, 18) }.joined() + "\n"
        }
        let label = row.label.count > 35 ? String(row.label.prefix(35)) : row.label
        text +=
          label + String(repeating: " ", count: 36 - label.count)
          + columns.map { " " + pad($0.2(row.tally), 18) }.joined() + "\n"
      }
    }
    append(rows)
    text += "\nUnreadable records (not in the tables): \(unreadable)\n"
    append(incomeRows)
    return text
  }
}

extension PopulationReport: Codable {
  private enum CodingKeys: String, CodingKey {
    case total, byYear, bySize, byReason, byIncome, unreadable
  }

  /// Decodes a report; `byReason` keys are reason codes and `byIncome` keys band codes (an
  /// unknown code is a `DecodingError`); a report encoded without `byIncome` has no bands.
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
    var byIncome: [IncomeBand: Tally] = [:]
    for (code, tally) in try container.decodeIfPresent([String: Tally].self, forKey: .byIncome) ?? [:] {
      guard let band = IncomeBand(rawValue: code) else {
        throw DecodingError.dataCorruptedError(
          forKey: .byIncome, in: container, debugDescription: "unknown income band \"\(code)\"")
      }
      byIncome[band] = tally
    }
    self.byIncome = byIncome
    unreadable = try container.decode(Int.self, forKey: .unreadable)
  }

  /// Encodes the tables; `byYear` and `bySize` keyed by number, `byReason` by reason code,
  /// `byIncome` by band code.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(total, forKey: .total)
    try container.encode(byYear, forKey: .byYear)
    try container.encode(bySize, forKey: .bySize)
    var reasons: [String: Tally] = [:]
    for (reason, tally) in byReason { reasons[reason.rawValue] = tally }
    try container.encode(reasons, forKey: .byReason)
    var bands: [String: Tally] = [:]
    for (band, tally) in byIncome { bands[band.rawValue] = tally }
    try container.encode(bands, forKey: .byIncome)
    try container.encode(unreadable, forKey: .unreadable)
  }
}
