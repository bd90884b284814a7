/// *Zasiłek celowy* (purpose allowance), art. 39 u.p.s.: the income limit that applies.
///
/// The statutory limit is the criterion (art. 8 ust. 1). A municipal council may raise
/// it by ordinance (e.g. Sopot 2023: 150 % single, 130 % per person in a family, 200 %
/// for single persons of retirement age); thresholds are per person for families.
public enum TargetedAllowance {
  public static let basis: [LegalCitation] = [.socialAssistanceAct(article: "39")]

  /// The limit and the test.
  public struct Threshold: Hashable, Sendable {
    /// The limit (single, or per person for a family), exact.
    public var perPerson: ExactAmount
    /// The share of the criterion applied (100 % when statutory).
    public var rate: Rate
    /// Whether a municipal ordinance raised it.
    public var isLocal: Bool
  }

  public static func threshold(
    criterion: IncomeCriterion, applicant: Applicant, ordinance: MunicipalOrdinance?
  ) throws -> Threshold {
    try threshold(criterion: criterion, applicant: applicant, rates: ordinance?.targetedAllowanceThresholds.map {
      CompiledLaw.TargetedRates(single: $0.single, family: $0.family, singleRetirementAge: $0.singleRetirementAge)
    })
  }

  static func threshold(
    criterion: IncomeCriterion, applicant: Applicant, rates: CompiledLaw.TargetedRates?
  ) throws -> Threshold {
    guard let rule = rates else {
      return Threshold(perPerson: try ExactAmount(criterion.applicable), rate: .hundredPercent, isLocal: false)
    }
    var rate = criterion.persons == 1 ? rule.single : rule.family
    if criterion.persons == 1, let senior = rule.singleRetirementAge {
      guard let retired = applicant.hasReachedRetirementAge else {
        throw PomocError.needed("applicant_sex", "the ordinance's threshold for single persons of retirement age depends on it")
      }
      if retired { rate = senior }
    }
    return Threshold(perPerson: try ExactAmount(criterion.applicable, times: rate), rate: rate, isLocal: true)
  }

  /// `H ≤ threshold` (single) or `H / n ≤ threshold`, i.e. `H ≤ threshold × n` (family).
  public static func isEligible(income: ExactAmount, threshold: Threshold, persons: Int) throws -> Bool {
    income <= (try threshold.perPerson.multiplied(by: Int64(persons)))
  }
}

/// *Specjalny zasiłek celowy* (special purpose allowance), art. 41 pkt 1 u.p.s.: in
/// particularly justified cases, to a person or family **above** the criterion, up to
/// the single criterion (single person) or the family criterion (family); not repayable.
public enum SpecialTargetedAllowance {
  public static let basis: [LegalCitation] = [.socialAssistanceAct(article: "41", point: "1")]

  /// The cap of the allowance.
  @inlinable public static func limit(criterion: IncomeCriterion) throws -> Money {
    try criterion.limit()
  }
}

/// Threshold of the government programme *Posiłek w szkole i w domu* (meals and
/// *zasiłek celowy* for food): 150 % of the criterion in 2019–2022, 200 % in 2023–2028.
public enum MealProgramme {
  public static let basis: [LegalCitation] = [LegalCitation(act: "program „Posiłek w szkole i w domu”")]

  /// `rate × criterion` (× n for a family), exact; eligible when income ≤ it.
  public static func threshold(limit: Money, rate: Rate) throws -> ExactAmount {
    try ExactAmount(limit, times: rate)
  }
}
