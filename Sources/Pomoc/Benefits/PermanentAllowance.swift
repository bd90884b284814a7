/// *Zasiłek stały* (permanent allowance), art. 37 u.p.s.
///
/// Due to an adult unable to work because of age (women 60+, men 65+) or totally
/// unable to work (here: a moderate or severe degree of disability), whose income is
/// **lower than** the single criterion (single person), or whose own income **and**
/// income per person are lower than the per-person criterion (person in a family).
///
/// Amount, chosen by the base rate in force on the date (``formula(baseRate:)``):
/// - until 2023-12-31: single `min(Kₛ − income, max)`; family `K_f − income per person`; at least 30 zł;
/// - from 2024-01-01: single `min(130 % × Kₛ − income, max)`; family `130 % × K_f − income per person`;
///   at least 100 zł. Eligibility still uses Kₛ / K_f themselves.
///
/// A single person's income is the household income H (after the alimony deduction, with
/// farm income); the applicant's own income is not used for one person. For a person in a
/// family the formula subtracts the income per person as rounded to the grosz, the figure a
/// decision (and the `income_per_person` column) shows, so every amount can be checked by hand.
public enum PermanentAllowance {
  /// Art. 37 ust. 1 u.p.s.: who is entitled.
  public static let eligibilityBasis: [LegalCitation] = [.socialAssistanceAct(article: "37", paragraph: "1")]
  /// Art. 37 ust. 2 pkt 1 u.p.s.: the amount for a single person.
  public static let singleBasis: [LegalCitation] = [.socialAssistanceAct(article: "37", paragraph: "2", point: "1")]
  /// Art. 37 ust. 2 pkt 2 u.p.s.: the amount for a person in a family.
  public static let familyBasis: [LegalCitation] = [.socialAssistanceAct(article: "37", paragraph: "2", point: "2")]

  static let sexReason = "at age 60–64 inability to work due to age depends on it (women 60, men 65)"

  /// The shape of the formula in force.
  public enum Formula: String, Hashable, Sendable, Codable {
    /// Criterion minus income (until 2023-12-31).
    case criterionMinusIncome2012 = "criterion − income (until 2023-12-31)"
    /// 130 % of the criterion minus income (from 2024-01-01, Dz.U. 2023 poz. 1693).
    case raisedBase2024 = "130 % × criterion − income (from 2024-01-01)"
  }

  /// The inputs of one computation.
  public struct Inputs: Hashable, Sendable, Codable {
    /// The applicant: age, sex, degree of disability, own income.
    public var applicant: Applicant
    /// Household size.
    public var persons: Int
    /// Household income H (*dochód rodziny* / *osoby samotnie gospodarującej*, art. 8 ust. 3 u.p.s.), exact.
    public var householdIncome: ExactAmount
    /// H ÷ n rounded half up to the grosz: the income per person the family formula subtracts.
    public var incomePerPerson: Money
    /// The criterion in force.
    public var criterion: IncomeCriterion
    /// The share of the criterion the amount is computed from (100 %, 130 % from 2024-01-01).
    public var baseRate: Rate
    /// Maximum of a single person's allowance.
    public var maximum: Money
    /// Minimum of the allowance.
    public var minimum: Money

    /// The inputs of one computation.
    public init(
      applicant: Applicant, persons: Int, householdIncome: ExactAmount, incomePerPerson: Money,
      criterion: IncomeCriterion, baseRate: Rate, maximum: Money, minimum: Money
    ) {
      self.applicant = applicant
      self.persons = persons
      self.householdIncome = householdIncome
      self.incomePerPerson = incomePerPerson
      self.criterion = criterion
      self.baseRate = baseRate
      self.maximum = maximum
      self.minimum = minimum
    }
  }

  /// Whether the applicant is unable to work (*niezdolność do pracy z tytułu wieku* or
  /// *całkowita niezdolność do pracy*); `nil` if that depends on a sex not given.
  public static func isUnableToWork(_ applicant: Applicant) -> Bool? {
    if applicant.disability == .moderate || applicant.disability == .severe { return true }
    return applicant.hasReachedRetirementAge
  }

  /// The rule on the day: its parameters from the law in force (base rate, maximum, minimum),
  /// the formula and the explanation.
  static func evaluate<T: TraceRecorder>(
    applicant: Applicant, persons: Int, income: ExactAmount, incomePerPerson: Money, criterion: IncomeCriterion,
    law: LawOnDate, trace: inout T
  ) throws -> Money {
    let inputs = Inputs(
      applicant: applicant, persons: persons, householdIncome: income, incomePerPerson: incomePerPerson,
      criterion: criterion,
      baseRate: try law.require(law.snapshot.pointee.permanentAllowanceBaseRate, .permanentAllowanceBaseRate),
      maximum: try law.require(law.snapshot.pointee.permanentAllowanceMaximum, .permanentAllowanceMaximum),
      minimum: try law.require(law.snapshot.pointee.permanentAllowanceMinimum, .permanentAllowanceMinimum))
    return try amount(inputs, trace: &trace)
  }

  /// The formula of art. 37 for given inputs, recording its step in `trace`.
  ///
  /// - Throws: `missing_field:applicant_sex` or `missing_field:applicant_income` when the answer
  ///   depends on a field not given; `arithmetic_overflow` when the amounts do not fit.
  public static func amount<T: TraceRecorder>(_ inputs: Inputs, trace: inout T) throws -> Money {
    let applicant = inputs.applicant
    guard applicant.age >= 18 else {
      trace.record(step(nil, "not an adult", inputs, eligibilityBasis))
      return .zero
    }
    let unable = isUnableToWork(applicant)
    if unable == false {
      trace.record(
        step(
          nil, "not unable to work: below retirement age, no moderate or severe disability", inputs, eligibilityBasis))
      return .zero
    }
    let amount: Money
    if inputs.persons == 1 {
      // Art. 37 ust. 1 pkt 1: a single person's income is the household income (art. 8 ust. 3–4, 8),
      // never the applicant's own income column.
      let own = inputs.householdIncome
      guard own < (try ExactAmount(inputs.criterion.single)) else {
        trace.record(step(nil, "income not lower than the single criterion", inputs, eligibilityBasis))
        return .zero
      }
      guard unable != nil else { throw PomocError.needed("applicant_sex", Self.sexReason) }
      // rate × Kₛ − income, in 1/10 000 gr; capped; rounded once.
      let base = try ExactAmount(inputs.criterion.single, times: inputs.baseRate)
      let raw = try base.subtracting(own).rounded()
      amount = max(min(raw, inputs.maximum), inputs.minimum)
    } else {
      guard let ownMoney = applicant.ownIncome else {
        // The per-person test can fail without the applicant's own income.
        if inputs.householdIncome >= (try ExactAmount(try inputs.criterion.limit())) {
          trace.record(step(nil, "income per person not lower than the criterion", inputs, eligibilityBasis))
          return .zero
        }
        throw PomocError.needed(
          "applicant_income",
          "zasiłek stały of a person in a family tests the applicant's own income (art. 37 ust. 1 pkt 2)")
      }
      let own = try ExactAmount(ownMoney)
      let perPerson = try ExactAmount(inputs.criterion.perPerson)
      guard own < perPerson, inputs.householdIncome < (try ExactAmount(try inputs.criterion.limit())) else {
        trace.record(
          step(nil, "own income or income per person not lower than the criterion", inputs, eligibilityBasis))
        return .zero
      }
      guard unable != nil else { throw PomocError.needed("applicant_sex", Self.sexReason) }
      // rate × K_f − income per person as rounded to the grosz (the printed figure), rounded once.
      let base = try ExactAmount(inputs.criterion.perPerson, times: inputs.baseRate)
      let raw = try base.subtracting(try ExactAmount(inputs.incomePerPerson)).rounded()
      amount = max(raw, inputs.minimum)
    }
    trace.record(step(amount, nil, inputs, inputs.persons == 1 ? singleBasis : familyBasis))
    return amount
  }

  /// The formula in force for a base rate.
  public static func formula(baseRate: Rate) -> Formula {
    baseRate == .hundredPercent ? .criterionMinusIncome2012 : .raisedBase2024
  }

  private static func step(_ amount: Money?, _ note: String?, _ inputs: Inputs, _ basis: [LegalCitation]) -> TraceStep {
    var parameters = [
      TraceParameter("formula", formula(baseRate: inputs.baseRate).rawValue),
      TraceParameter(inputs.persons == 1 ? "single criterion" : "per-person criterion", inputs.criterion.applicable),
      TraceParameter("base rate", inputs.baseRate),
      TraceParameter("age", inputs.applicant.age),
      TraceParameter("disability", inputs.applicant.disability.rawValue),
    ]
    if inputs.persons == 1 {
      parameters.append(TraceParameter("income (single person)", .exactMoney(inputs.householdIncome)))
    } else {
      if let own = inputs.applicant.ownIncome { parameters.append(TraceParameter("own income", own)) }
      parameters.append(TraceParameter("income per person", inputs.incomePerPerson))
    }
    if inputs.persons == 1 { parameters.append(TraceParameter("maximum", inputs.maximum)) }
    parameters.append(TraceParameter("minimum", inputs.minimum))
    return TraceStep(
      rule: .permanentAllowance, label: "Zasiłek stały (permanent allowance)", value: .money(amount ?? .zero),
      note: note, parameters: parameters, basis: basis)
  }
}
