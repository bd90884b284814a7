/// The audit of an issued decision: what the law gives the household — an amount, or a legal
/// range where the law leaves the amount to the centre — and whether the decision keeps to it.
///
/// The household is evaluated exactly as `pomoc evaluate` evaluates it; then, by benefit:
///
/// | Benefit | The law | Verdicts |
/// |---|---|---|
/// | `staly` | the amount of art. 37 ust. 2 pkt 1 (single) or pkt 2 (family) | consistent, overpaid, underpaid; not_entitled when art. 37 ust. 1 gives nothing |
/// | `okresowy` | from the guaranteed part (art. 38) to the difference criterion − income (art. 38 ust. 2 pkt 2), for a single person at most the cap of art. 38 ust. 2 pkt 1 | consistent, outside_legal_range; not_entitled without the right to cash benefits (art. 8 ust. 1) or with income not lower than the criterion |
/// | `celowy` | income within the threshold (art. 39, or the municipal ordinance's); no statutory amount | consistent, not_entitled |
/// | `specjalny_celowy` | only above the criterion, at most the single or family criterion (art. 41 pkt 1) | consistent, outside_legal_range, not_entitled |
/// | `care_fee` | the fee of the table that applies (art. 50 ust. 5–6) | consistent, overpaid, underpaid |
/// | `dps_fee` | the resident's fee, 70 % of income, at most the home's average cost (art. 61 ust. 2 pkt 1) | consistent, overpaid, underpaid |
///
/// A granted amount of 0 (a refusal) is consistent wherever the law gives nothing.
///
///     let decision = Decision(id: "D/2024/17", benefit: .permanentAllowance, granted: 558.80,
///                             date: try CivilDate(parsing: "2024-06-10"))
///     let verdict = try DecisionAudit.verdict(on: decision, for: household)
///     // overpaid by 50.00 (granted 558.80, due 508.80; art. 37 ust. 2 pkt 1 u.p.s.)
public enum DecisionAudit {
  /// Art. 38 ust. 2 pkt 1 u.p.s.: the upper limit of a single person's *zasiłek okresowy*.
  public static let periodicSingleLimitBasis: [LegalCitation] = [
    .socialAssistanceAct(article: "38", paragraph: "2", point: "1")
  ]
  /// Art. 38 ust. 2 pkt 2 u.p.s.: the upper limit of a family's *zasiłek okresowy*.
  public static let periodicFamilyLimitBasis: [LegalCitation] = [
    .socialAssistanceAct(article: "38", paragraph: "2", point: "2")
  ]
  static let periodicSingleRangeBasis = PeriodicAllowance.basis + periodicSingleLimitBasis
  static let periodicFamilyRangeBasis = PeriodicAllowance.basis + periodicFamilyLimitBasis
  static let periodicEntitlementBasis = CashEligibility.basis + PeriodicAllowance.basis

  /// The verdict on `decision` for the household `request` (whose `date` is the day whose law
  /// applies, the application's).
  ///
  /// - Throws: ``PomocError``: `invalid_field:decision_date` for a decision dated before
  ///   `request.date`; `invalid_field:period_to` for a period that ends before it starts;
  ///   `missing_field:dps_average_cost` for a `dps_fee` decision without the home's cost
  ///   (`invalid_field:dps_average_cost` when another benefit gives one);
  ///   `missing_field:care_kind` for a `care_fee` decision on a household without care;
  ///   `missing_field:applicant_income` for a `dps_fee` decision on a household of more than
  ///   one person without the resident's own income; `parameter_not_encoded` when the verdict
  ///   depends on a value the library does not know (the single-person cap of *zasiłek
  ///   okresowy* before 2022-01-01, Interpretations I-1); and any error of the evaluation.
  public static func verdict(
    on decision: Decision, for request: EvaluationRequest, evaluator: Evaluator = Evaluator()
  ) throws -> AuditVerdict {
    try validate(decision, for: request)
    let result = try evaluator.evaluate(request)
    return try verdict(on: decision, for: request, result: result, evaluator: evaluator)
  }

  /// The checks of the decision's own fields against the household, in column order.
  package static func validate(_ decision: Decision, for request: EvaluationRequest) throws {
    if decision.benefit == .careFee && (request.care == nil || request.care?.kind == CareKind.none) {
      throw PomocError.needed("care_kind", "a care_fee decision is checked against the fee of the care requested")
    }
    if decision.date < request.date {
      throw PomocError.invalid(
        "decision_date", "the decision (\(decision.date)) precedes the application date (\(request.date))")
    }
    if let from = decision.periodFrom, let to = decision.periodTo, to < from {
      throw PomocError.invalid("period_to", "the period ends (\(to)) before it starts (\(from))")
    }
    if decision.benefit == .careHomeFee {
      if decision.careHomeAverageCost == nil { throw PomocError.missing("dps_average_cost") }
    } else if decision.careHomeAverageCost != nil {
      throw PomocError.invalid("dps_average_cost", "given only for a dps_fee decision")
    }
  }

  /// The verdict once the household has been evaluated (`result` is `evaluator`'s result for
  /// `request`) and the decision validated.
  package static func verdict(
    on decision: Decision, for request: EvaluationRequest, result: EvaluationResult, evaluator: Evaluator
  ) throws -> AuditVerdict {
    let granted = decision.granted
    switch decision.benefit {
    case .permanentAllowance:
      let due = result.permanent
      if due == .zero {
        return try exact(granted, due: due, basis: PermanentAllowance.eligibilityBasis, nothingDue: .notEntitled)
      }
      return try exact(
        granted, due: due,
        basis: request.persons == 1 ? PermanentAllowance.singleBasis : PermanentAllowance.familyBasis)

    case .periodicAllowance:
      return try periodic(granted, request: request, result: result, evaluator: evaluator)

    case .targetedAllowance:
      var basis = TargetedAllowance.basis
      if !request.municipality.isEmpty,
        let ordinance = try evaluator.ordinances.ordinance(request.municipality, on: request.date),
        ordinance.targetedAllowanceThresholds != nil
      {
        basis += ordinance.basis.filter { !basis.contains($0) }
      }
      if result.targetedEligible { return AuditVerdict(kind: .consistent, granted: granted, basis: basis) }
      return try exact(granted, due: .zero, basis: basis, nothingDue: .notEntitled)

    case .specialTargetedAllowance:
      let basis = SpecialTargetedAllowance.basis
      if result.withinCriterion { return try exact(granted, due: .zero, basis: basis, nothingDue: .notEntitled) }
      let cap = result.specialTargetedLimit
      if granted > cap {
        return AuditVerdict(
          kind: .outsideLegalRange, granted: granted, maximum: cap, difference: try granted.subtracting(cap),
          basis: basis)
      }
      return AuditVerdict(kind: .consistent, granted: granted, maximum: cap, basis: basis)

    case .careFee:
      guard let care = request.care, let due = result.careFee else {
        throw PomocError.needed("care_kind", "a care_fee decision is checked against the fee of the care requested")
      }
      let ordinance = try evaluator.ordinances.ordinance(request.municipality, on: request.date)
      let table = try evaluator.careFeeTable(for: care.kind, ordinance: ordinance, on: request.date)
      return try exact(granted, due: due, basis: table.basis)

    case .careHomeFee:
      guard let averageCost = decision.careHomeAverageCost else { throw PomocError.missing("dps_average_cost") }
      let residentIncome: Money
      if request.persons == 1 {
        residentIncome = result.householdIncome
      } else {
        guard let own = request.applicant.ownIncome else {
          throw PomocError.needed(
            "applicant_income",
            "the resident's fee is 70 % of the resident's own income (art. 61 ust. 2 pkt 1); "
              + "in a household of several persons it is the applicant's income")
        }
        residentIncome = own
      }
      let split = try CareHomeFee.compute(
        CareHomeFee.Request(date: request.date, averageCost: averageCost, residentIncome: residentIncome),
        parameters: evaluator.parameters)
      return try exact(granted, due: split.resident, basis: CareHomeFee.residentBasis)
    }
  }

  /// An amount set by the law: consistent, overpaid or underpaid; when nothing is due, any
  /// amount granted is `nothingDue` (not entitled to a benefit, overpaid for a fee).
  private static func exact(
    _ granted: Money, due: Money, basis: [LegalCitation], nothingDue: AuditVerdict.Kind = .overpaid
  ) throws -> AuditVerdict {
    if granted == due { return AuditVerdict(kind: .consistent, granted: granted, due: due, basis: basis) }
    if granted > due {
      return AuditVerdict(
        kind: due == .zero ? nothingDue : .overpaid, granted: granted, due: due,
        difference: try granted.subtracting(due), basis: basis)
    }
    return AuditVerdict(
      kind: .underpaid, granted: granted, due: due, difference: try due.subtracting(granted), basis: basis)
  }

  /// *Zasiłek okresowy*: the range from the guaranteed part to the upper limit.
  private static func periodic(
    _ granted: Money, request: EvaluationRequest, result: EvaluationResult, evaluator: Evaluator
  ) throws -> AuditVerdict {
    // The guaranteed part is at least 20 zł whenever the allowance is due (art. 38).
    let guaranteed = result.periodicMinimum
    guard guaranteed > .zero else {
      return try exact(granted, due: .zero, basis: periodicEntitlementBasis, nothingDue: .notEntitled)
    }
    let single = request.persons == 1
    // The upper limit „do wysokości różnicy”: the exact difference criterion (× n) − income,
    // a legal maximum, so rounded down to the grosz (income is exact to 1/10 000 gr).
    let law = try evaluator.parameters.law(on: request.date)
    let perHectare: Money =
      request.farmland >= .one
      ? try law.require(law.snapshot.pointee.incomePerConversionHectare, .incomePerConversionHectare) : .zero
    let income = try HouseholdIncome.income(
      income: request.income, alimonyPaid: request.alimonyPaid, farmland: request.farmland, perHectare: perHectare)
    let limit = single ? result.criterion : try result.criterion.multiplied(by: Int64(request.persons))
    let difference = try ExactAmount(limit).subtracting(income)
    let differenceFloor = Money(grosze: difference.units / ExactAmount.scale)
    var upper = differenceFloor
    var capKnown = true
    if single {
      if let cap = law.snapshot.pointee.periodicAllowanceSingleCap {
        upper = min(upper, cap)
      } else {
        capKnown = false
      }
    }
    // The guaranteed part (with its 20 zł minimum) is lawful even where it exceeds the difference.
    upper = max(upper, guaranteed)
    let limitBasis = single ? periodicSingleLimitBasis : periodicFamilyLimitBasis
    if granted < guaranteed {
      return AuditVerdict(
        kind: .outsideLegalRange, granted: granted, minimum: guaranteed, maximum: capKnown ? upper : nil,
        difference: try guaranteed.subtracting(granted), basis: PeriodicAllowance.basis)
    }
    if !capKnown && granted > guaranteed {
      // Above the difference is outside whatever the cap was; below it the cap decides.
      let bound = max(differenceFloor, guaranteed)
      guard granted > bound else { throw law.resolved.notEncoded(.periodicAllowanceSingleCap, on: request.date) }
      return AuditVerdict(
        kind: .outsideLegalRange, granted: granted, minimum: guaranteed, difference: try granted.subtracting(bound),
        basis: limitBasis)
    }
    if granted > upper {
      return AuditVerdict(
        kind: .outsideLegalRange, granted: granted, minimum: guaranteed, maximum: upper,
        difference: try granted.subtracting(upper), basis: limitBasis)
    }
    return AuditVerdict(
      kind: .consistent, granted: granted, minimum: guaranteed, maximum: capKnown ? upper : nil,
      basis: single ? periodicSingleRangeBasis : periodicFamilyRangeBasis)
  }
}
