/// Why a family benefit is not granted; its raw value is the `reason_code` of the output.
public enum FamilyReason: String, Hashable, Sendable, CaseIterable, Codable {
  /// The date precedes the benefit's first day.
  case notInForce = "not_in_force"
  /// The benefit takes no new claims on the date.
  case closedToNewClaims = "closed_to_new_claims"
  /// No child meets the benefit's conditions.
  case noEligibleChild = "no_eligible_child"
  /// No member meets the benefit's conditions.
  case noEligibleMember = "no_eligible_member"
  /// The income exceeds the criterion (*przekroczenie kryterium dochodowego*).
  case incomeAboveCriterion = "income_above_criterion"
  /// The amount would be below the minimum paid.
  case belowMinimum = "below_minimum"
  /// The carer works (*zatrudnienie*).
  case carerEmployed = "carer_employed"
  /// No enforceable alimony title.
  case noAlimonyTitle = "no_alimony_title"
  /// Enforcement was not ineffective.
  case enforcementEffective = "enforcement_effective"
  /// A parent receives *zasiłek macierzyński*.
  case maternityAllowance = "maternity_allowance"
  /// No medical care from the 10th week of pregnancy.
  case noPrenatalCare = "no_prenatal_care"
  /// No legal title to the dwelling.
  case noLegalTitle = "no_legal_title"
  /// The area exceeds the normative area by more than the act allows.
  case areaAboveLimit = "area_above_limit"
  /// The heat source is not one the act names, or not entered in CEEB.
  case heatSource = "heat_source"
  /// *Dodatek energetyczny* needs *dodatek mieszkaniowy*.
  case noHousingAllowance = "no_dodatek_mieszkaniowy"
  /// No electricity contract at the dwelling.
  case noElectricityContract = "no_electricity_contract"
  /// Applications the act leaves unexamined (*pozostawia się bez rozpoznania*).
  case notExamined = "not_examined"
  /// Fewer than three children.
  case fewerThanThreeChildren = "fewer_than_three_children"
  /// Any other condition not met.
  case conditionNotMet = "condition_not_met"
}
