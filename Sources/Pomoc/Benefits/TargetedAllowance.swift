/// *Zasiłek celowy* (purpose allowance), art. 39 u.p.s.: the income limit that applies.
///
/// The statutory limit is the criterion (art. 8 ust. 1). A municipal council may raise it by
/// ordinance (art. 8 ust. 2; e.g. Sopot 2023: 150 % single, 130 % per person in a family, 200 %
/// for single persons of retirement age); thresholds are per person for families.
public enum TargetedAllowance {
  /// Art. 39 u.p.s.
  public static let basis: [LegalCitation] = [.socialAssistanceAct(article: "39")]

  /// The limit and the test.
  public struct Threshold: Hashable, Sendable, Codable {
    /// The limit (single, or per person for a family), exact.
    public var perPerson: ExactAmount
    /// The share of the criterion applied (100 % when statutory).
    public var rate: Rate
    /// Whether a municipal ordinance raised it.
    public var isLocal: Bool
  }

  /// The threshold for an applicant under the criterion and, if any, an ordinance's raised rates.
  ///
  /// - Throws: `missing_field:applicant_sex` when the ordinance's rate for persons of retirement
  ///   age applies only by sex.
  public static func threshold(
    criterion: IncomeCriterion, applicant: Applicant, ordinance: MunicipalOrdinance?
  ) throws -> Threshold {
    try threshold(
      criterion: criterion, applicant: applicant,
      rates: ordinance?.targetedAllowanceThresholds.map { ($0.single, $0.family, $0.singleRetirementAge) })
  }

  static func threshold(
    criterion: IncomeCriterion, applicant: Applicant,
    rates: (single: Rate, family: Rate, singleRetirementAge: Rate?)?
  ) throws -> Threshold {
    guard let rule = rates else {
      return Threshold(perPerson: try ExactAmount(criterion.applicable), rate: .hundredPercent, isLocal: false)
    }
    var rate = criterion.persons == 1 ? rule.single : rule.family
    if criterion.persons == 1, let senior = rule.singleRetirementAge {
      guard let retired = applicant.hasReachedRetirementAge else {
        throw PomocError.needed(
          "applicant_sex", "the ordinance's threshold for single persons of retirement age depends on it")
      }
      if retired { rate = senior }
    }
    return Threshold(perPerson: try ExactAmount(criterion.applicable, times: rate), rate: rate, isLocal: true)
  }

  /// `H ≤ threshold` (single) or `H / n ≤ threshold`, i.e. `H ≤ threshold × n` (family).
  public static func isEligible(income: ExactAmount, threshold: Threshold, persons: Int) throws -> Bool {
    income <= (try threshold.perPerson.multiplied(by: Int64(persons)))
  }

  /// The rule: the threshold of the day (the ordinance's, if the household's municipality has
  /// one in force) and the income test, with the explanation.
  static func evaluate<T: TraceRecorder>(
    criterion: IncomeCriterion, applicant: Applicant, income: ExactAmount, ordinance: OrdinanceOnDate?,
    trace: inout T
  ) throws -> (threshold: Money, eligible: Bool) {
    let found = try threshold(criterion: criterion, applicant: applicant, rates: ordinance?.targetedRates)
    let eligible = try isEligible(income: income, threshold: found, persons: criterion.persons)
    trace.record(
      TraceStep(
        rule: .targetedAllowance, label: "Zasiłek celowy — próg dochodowy (purpose allowance threshold)",
        value: .money(found.perPerson.rounded()), note: eligible ? "income within" : "income above",
        parameters: [
          TraceParameter("share of criterion", found.rate),
          TraceParameter("source", found.isLocal ? ordinance?.ordinance.id ?? "" : "statutory criterion"),
        ],
        basis: basis + (found.isLocal ? ordinance?.ordinance.basis ?? [] : [])))
    return (found.perPerson.rounded(), eligible)
  }
}
