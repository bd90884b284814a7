/// Fees for a stay in a care home (*odpłatność za pobyt w domu pomocy społecznej*), art. 60–61 u.p.s.
///
/// The stay is paid up to the average monthly cost of upkeep (*średni miesięczny koszt
/// utrzymania*, art. 60). Payers, in order (art. 61 ust. 1–2):
/// 1. the resident: `min(70 % × income, average cost)`;
/// 2. relatives — spouse, then descendants, then ascendants (input order within a rank) — each
///    up to `income − 300 % × criterion` (single household: the single criterion; family:
///    the per-person criterion × persons), never below zero, until the cost is covered;
/// 3. the municipality that referred the person: the rest.
///
/// "Old rules": persons placed on a referral issued before 2004-01-01 pay the full cost but at
/// most 70 % of income; the rest is a targeted state subsidy, not the relatives' or the
/// municipality's (art. 155 u.p.s.).
///
///     let split = try CareHomeFee.compute(request)      // or compute(request, trace: &trace)
///     print(split)   // resident 1750.00, son 3600.00 (limit 3600.00), municipality 578.62
public enum CareHomeFee {
  /// Art. 61 ust. 2 pkt 1 u.p.s.: the resident pays up to 70 % of income.
  public static let residentBasis: [LegalCitation] = [.socialAssistanceAct(article: "61", paragraph: "2", point: "1")]
  /// Art. 61 ust. 1 pkt 2 and ust. 2 pkt 2 u.p.s.: the relatives (*osoby zobowiązane*) pay.
  public static let relativeBasis: [LegalCitation] = [
    .socialAssistanceAct(article: "61", paragraph: "1", point: "2"),
    .socialAssistanceAct(article: "61", paragraph: "2", point: "2"),
  ]
  /// Art. 61 ust. 2 pkt 3 u.p.s.: the referring municipality (*gmina kierująca*) pays the rest.
  public static let municipalityBasis: [LegalCitation] = [
    .socialAssistanceAct(article: "61", paragraph: "2", point: "3")
  ]
  /// Art. 155 u.p.s.: residents referred before 2004-01-01 (*stare zasady*), the state subsidy.
  public static let oldRulesBasis: [LegalCitation] = [.socialAssistanceAct(article: "155")]

  /// The resident's share of income: 70 %.
  public static let residentIncomeShare = Rate(percent: 70)
  /// Relatives keep 300 % of the criterion.
  public static let relativeProtectedShare = Rate(percent: 300)
  /// Referrals issued before this day follow the old rules.
  public static let oldRulesBefore = CivilDate(2004, 1, 1)

  /// Kinship to the resident, in the statutory order of payers.
  ///
  /// Encoded (`Codable`) as its code: `"spouse"`, `"descendant"`, `"ascendant"`.
  public enum Relation: String, Hashable, Sendable, CaseIterable, Codable {
    /// *Małżonek*.
    case spouse
    /// *Zstępni* (children, grandchildren).
    case descendant
    /// *Wstępni* (parents, grandparents).
    case ascendant

    var rank: Int {
      switch self {
      case .spouse: return 0
      case .descendant: return 1
      case .ascendant: return 2
      }
    }
  }

  /// A relative obliged to pay (*osoba zobowiązana*).
  public struct Relative: Hashable, Sendable, Codable {
    /// The relative's id, unique in the request (named in the result and the explanation).
    public var id: String
    /// Spouse, descendant or ascendant.
    public var relation: Relation
    /// Size of the relative's own household (1 = single household).
    public var persons: Int
    /// The relative's (household's) monthly income per art. 8 u.p.s.
    public var income: Money

    /// Creates a relative obliged to pay.
    public init(id: String, relation: Relation, persons: Int, income: Money) {
      self.id = id
      self.relation = relation
      self.persons = persons
      self.income = income
    }
  }

  /// A fee question: the home's cost, the resident's income and the relatives.
  public struct Request: Hashable, Sendable, Codable {
    /// The day whose law (criterion) applies.
    public var date: CivilDate
    /// *Średni miesięczny koszt utrzymania* of the home.
    public var averageCost: Money
    /// The resident's monthly income per art. 8 u.p.s.
    public var residentIncome: Money
    /// The relatives obliged to pay, in any order (they pay in the statutory order).
    public var relatives: [Relative]
    /// Date of the referral decision; before 2004-01-01 the old rules apply.
    public var referralDate: CivilDate?

    /// Creates a fee question; no relatives and a referral under the current rules unless told.
    public init(
      date: CivilDate, averageCost: Money, residentIncome: Money, relatives: [Relative] = [],
      referralDate: CivilDate? = nil
    ) {
      self.date = date
      self.averageCost = averageCost
      self.residentIncome = residentIncome
      self.relatives = relatives
      self.referralDate = referralDate
    }
  }

  /// One relative's share.
  public struct RelativeShare: Hashable, Sendable, Codable {
    /// The relative's id, as in the request.
    public var id: String
    /// Spouse, descendant or ascendant.
    public var relation: Relation
    /// What the relative pays each month.
    public var amount: Money
    /// The most the relative can be asked to pay: income − 300 % × criterion (≥ 0).
    public var limit: Money
  }

  /// Who pays what each month.
  public struct Result: Hashable, Sendable, Codable {
    /// The resident's fee: `min(70 % × income, average cost)`.
    public var resident: Money
    /// In input order (payment order is spouse, descendants, ascendants: see the trace).
    public var relatives: [RelativeShare]
    /// The referring municipality's part: the rest of the average cost.
    public var municipality: Money
    /// Old rules only: the targeted state subsidy covering the rest of the cost.
    public var stateSubsidy: Money?
  }

  /// Splits the average cost between resident, relatives and municipality (art. 61 u.p.s.),
  /// recording each payer's step in `trace`.
  ///
  /// - Throws: ``PomocError`` (`missing_field`, `duplicate_id`, `invalid_field`,
  ///   `parameter_not_encoded`, `arithmetic_overflow`), never traps.
  public static func compute<T: TraceRecorder>(
    _ request: Request, parameters: ParameterTable = .bundled, trace: inout T
  ) throws -> Result {
    let snapshot = try parameters.snapshot(on: request.date)
    guard let single = snapshot.incomeCriterionSinglePerson, let perPerson = snapshot.incomeCriterionPerPersonInFamily
    else {
      throw PomocError.notEncoded("incomeCriterion", on: request.date, "criterion not known")
    }
    var seen = Set<String>()
    for relative in request.relatives {
      guard !relative.id.isEmpty else { throw PomocError.missing("relatives.id") }
      guard seen.insert(relative.id).inserted else {
        throw PomocError(
          .duplicateID, field: "relatives.id", record: relative.id, message: "relative '\(relative.id)' appears twice")
      }
      guard (1...EvaluationRequest.maximumPersons).contains(relative.persons) else {
        throw PomocError.invalid("relatives.persons", "must be 1 to \(EvaluationRequest.maximumPersons)")
      }
    }

    // 1. Resident: 70 % of income, capped at the average cost (exact, rounded once).
    let seventyPercent = try ExactAmount(request.residentIncome, times: residentIncomeShare)
    let resident = min(seventyPercent.rounded(), request.averageCost)
    trace.record(
      TraceStep(
        rule: "care_home.resident", label: "Mieszkaniec DPS (resident)", value: .money(resident),
        parameters: [
          TraceParameter("income", request.residentIncome),
          TraceParameter("70 % of income", seventyPercent.rounded()),
          TraceParameter("average monthly cost", request.averageCost),
        ],
        basis: residentBasis))
    var remaining = try request.averageCost.subtracting(resident)

    if let referral = request.referralDate, referral < oldRulesBefore {
      trace.record(
        TraceStep(
          rule: "care_home.state_subsidy", label: "Dotacja celowa — stare zasady (state subsidy, old rules)",
          value: .money(remaining),
          parameters: [TraceParameter("referral date", referral)], basis: oldRulesBasis))
      return Result(
        resident: resident,
        relatives: request.relatives.map {
          RelativeShare(id: $0.id, relation: $0.relation, amount: .zero, limit: .zero)
        }, municipality: .zero, stateSubsidy: remaining)
    }

    // 2. Relatives in statutory order; stable within a rank.
    let ordered = request.relatives.indices.sorted {
      (request.relatives[$0].relation.rank, $0) < (request.relatives[$1].relation.rank, $1)
    }
    var shares = [RelativeShare?](repeating: nil, count: request.relatives.count)
    for index in ordered {
      let relative = request.relatives[index]
      let criterion = relative.persons == 1 ? single : try perPerson.multiplied(by: Int64(relative.persons))
      let protected = try ExactAmount(criterion, times: relativeProtectedShare).rounded()
      let limit = max(.zero, try relative.income.subtracting(protected))
      let amount = min(limit, remaining)
      remaining = try remaining.subtracting(amount)
      shares[index] = RelativeShare(id: relative.id, relation: relative.relation, amount: amount, limit: limit)
      trace.record(
        TraceStep(
          rule: "care_home.relative", label: "Osoba zobowiązana \(relative.id) (\(relative.relation.rawValue))",
          value: .money(amount),
          parameters: [
            TraceParameter("income", relative.income),
            TraceParameter("persons", relative.persons),
            TraceParameter("300 % of the criterion", protected),
            TraceParameter("limit", limit),
          ],
          basis: relativeBasis))
    }

    // 3. Municipality: the rest.
    trace.record(
      TraceStep(
        rule: "care_home.municipality", label: "Gmina kierująca (referring municipality)", value: .money(remaining),
        basis: municipalityBasis))
    return Result(resident: resident, relatives: shares.compactMap { $0 }, municipality: remaining, stateSubsidy: nil)
  }
}

extension CareHomeFee {
  /// The same split without an explanation.
  ///
  /// - Throws: ``PomocError``, as ``compute(_:parameters:trace:)``.
  public static func compute(_ request: Request, parameters: ParameterTable = .bundled) throws -> Result {
    var trace = NoTrace()
    return try compute(request, parameters: parameters, trace: &trace)
  }
}

extension CareHomeFee.Result: CustomStringConvertible {
  /// Who pays what, on one line: `resident 1750.00, son 3600.00 (limit 3600.00), municipality 578.62`
  /// (old rules: `…, state subsidy 4178.62`).
  public var description: String {
    var parts = ["resident \(resident)"]
    for share in relatives { parts.append("\(share.id) \(share.amount) (limit \(share.limit))") }
    parts.append("municipality \(municipality)")
    if let stateSubsidy { parts.append("state subsidy \(stateSubsidy)") }
    return parts.joined(separator: ", ")
  }
}
