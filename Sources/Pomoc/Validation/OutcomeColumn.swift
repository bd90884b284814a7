/// One output column of `pomoc evaluate` other than `id`, as a test of expected outcomes names it
/// (`expect_permanent`, `expect_error`): the columns of Documentation/BatchTool.md, in their order.
///
/// Encoded (`Codable`) as the column name, `"periodic_min"`.
public enum OutcomeColumn: String, CaseIterable, Hashable, Sendable, Codable {
  /// *Kryterium dochodowe* applicable (art. 8 ust. 1 u.p.s.).
  case criterion
  /// Household income ÷ persons, rounded half up.
  case incomePerPerson = "income_per_person"
  /// Income within the criterion (art. 8 ust. 1 u.p.s.).
  case withinCriterion = "within_criterion"
  /// *Prawo do świadczeń pieniężnych* (art. 8 ust. 1 with art. 7 u.p.s.).
  case cashEligible = "cash_eligible"
  /// Guaranteed part of *zasiłek okresowy* (art. 38 u.p.s.).
  case periodicMin = "periodic_min"
  /// Criterion (× n) − income when *zasiłek okresowy* is due.
  case periodicDifference = "periodic_difference"
  /// *Zasiłek stały* (art. 37 u.p.s.).
  case permanent
  /// Income limit of *zasiłek celowy* (art. 39 u.p.s., or the municipal ordinance's).
  case targetedThreshold = "targeted_threshold"
  /// Income within the *zasiłek celowy* limit.
  case targetedEligible = "targeted_eligible"
  /// Programme *Posiłek w szkole i w domu* (empty outside its years).
  case mealEligible = "meal_eligible"
  /// Care fee as % of the hourly cost (art. 50 u.p.s.; empty without care).
  case careFeePercent = "care_fee_percent"
  /// Monthly care fee (art. 50 u.p.s.; empty without care).
  case careFee = "care_fee"
  /// The error code of a record that could not be evaluated (empty when it was).
  case error

  private enum Kind {
    case money, flag, percent, code
  }

  private var kind: Kind {
    switch self {
    case .criterion, .incomePerPerson, .periodicMin, .periodicDifference, .permanent, .targetedThreshold, .careFee:
      return .money
    case .withinCriterion, .cashEligible, .targetedEligible, .mealEligible: return .flag
    case .careFeePercent: return .percent
    case .error: return .code
    }
  }

  /// The rule whose explanation step produces the column's value; `nil` for `error`.
  public var rule: RuleID? {
    switch self {
    case .criterion: return .incomeCriterion
    case .incomePerPerson: return .householdIncome
    case .withinCriterion, .cashEligible: return .cashEligibility
    case .periodicMin, .periodicDifference: return .periodicAllowance
    case .permanent: return .permanentAllowance
    case .targetedThreshold, .targetedEligible: return .targetedAllowance
    case .mealEligible: return .mealProgramme
    case .careFeePercent, .careFee: return .careFee
    case .error: return nil
    }
  }

  /// The cell `pomoc evaluate` writes in this column for an outcome: amounts with exactly two
  /// decimals (`1164.00`), flags `1`/`0`, the percentage with two decimals (`5.00`), the error
  /// code (`missing_field:applicant_sex`); empty where the column does not apply and, on an
  /// error row, everywhere but `error`.
  public func cell(of outcome: Result<EvaluationResult, PomocError>) -> String {
    switch outcome {
    case .failure(let error): return self == .error ? error.outputCode : ""
    case .success(let result): return cell(of: result)
    }
  }

  /// The cell of a successful evaluation (`error` is empty).
  public func cell(of result: EvaluationResult) -> String {
    func flag(_ value: Bool) -> String { value ? "1" : "0" }
    switch self {
    case .criterion: return result.criterion.description
    case .incomePerPerson: return result.incomePerPerson.description
    case .withinCriterion: return flag(result.withinCriterion)
    case .cashEligible: return flag(result.cashEligible)
    case .periodicMin: return result.periodicMinimum.description
    case .periodicDifference: return result.periodicDifference.description
    case .permanent: return result.permanent.description
    case .targetedThreshold: return result.targetedThreshold.description
    case .targetedEligible: return flag(result.targetedEligible)
    case .mealEligible: return result.mealEligible.map(flag) ?? ""
    case .careFeePercent: return result.careFeePercent?.description ?? ""
    case .careFee: return result.careFee?.description ?? ""
    case .error: return ""
    }
  }

  /// An expected cell in the form `pomoc evaluate` writes it, so that values compare to the
  /// grosz: `"1164"` and `"1164.0"` are `"1164.00"`; `"5"` is `"5.00"` for `care_fee_percent`.
  /// The empty text expects an empty cell. `nil` when the text is not a value of the column
  /// (`"12,50"`, a flag other than `1`/`0`, three decimals, a line break in an error code).
  public func canonical(expected text: String) -> String? {
    if text.isEmpty { return "" }
    switch kind {
    case .money:
      guard let value = DecimalText.parse(text, fractionDigits: 2) else { return nil }
      return Money(grosze: value).description
    case .percent:
      guard let value = DecimalText.parse(text, fractionDigits: 2) else { return nil }
      return Rate(basisPoints: value).description
    case .flag:
      return text == "1" || text == "0" ? text : nil
    case .code:
      return text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } ? nil : text
    }
  }

  /// What a value of the column looks like, for the message of a malformed expectation.
  public var valueDescription: String {
    switch kind {
    case .money: return "an amount in zł with at most 2 decimals, or empty"
    case .percent: return "a percentage with at most 2 decimals, or empty"
    case .flag: return "1, 0 or empty"
    case .code: return "an error code such as missing_field:applicant_sex, or empty"
    }
  }
}
