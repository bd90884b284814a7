/// Decides the benefits of a family: validates it, works out its facts once, then asks each
/// benefit's rule in turn (the rules live in `FamilyBenefits/Rules`, one file each, with their
/// amounts, conditions, explanation steps and articles). It sequences; it does not decide.
///
/// ```swift
/// var family = Family(id: "f1", date: CivilDate(year: 2024, month: 11, day: 15)!, members: [...])
/// family.incomes[2023] = [IncomeSource(kind: .baseYear, amount: Money("36000")!)]
/// let decision = try FamilyEvaluator.decide(family)
/// decision[.familyAllowance]?.decision?.amount   // 124.00 per child aged 5–17
/// ```
public enum FamilyEvaluator {
  /// Decides every benefit the family asks for (``Family/benefits``; all when `nil`), without
  /// explanations (the bulk path).
  ///
  /// - Throws: ``PomocError`` for a record error (``Family/validate()``; `arithmetic_overflow`
  ///   past the exact range). A benefit that cannot be decided (a missing fact, a value not
  ///   verified for the date) is an outcome, not an error: the other benefits are still decided.
  public static func decide(_ family: Family) throws -> FamilyDecision {
    try run(family, recorder: NoTrace.self)
  }

  /// The same as ``decide(_:)``, each decision with its explanation (``BenefitDecision/explanation``).
  public static func explain(_ family: Family) throws -> FamilyDecision {
    try run(family, recorder: Trace.self)
  }

  /// *Zasiłek rodzinny*, its supplements and the reduction: the benefits its one rule decides.
  static let allowanceGroup = [FamilyBenefit.familyAllowance] + FamilyBenefit.supplements + [.incomeExcessReduction]

  static func run<R: FamilyTraceRecorder>(_ family: Family, recorder: R.Type) throws -> FamilyDecision {
    try family.validate()
    let facts = FamilyFacts(family)
    let wanted = family.benefits.map(Set.init)
    func wants(_ benefit: FamilyBenefit) -> Bool { wanted?.contains(benefit) ?? true }
    var outcomes: [(benefit: FamilyBenefit, outcome: BenefitOutcome)] = []
    outcomes.reserveCapacity(FamilyBenefit.allCases.count)

    func add(_ benefit: FamilyBenefit, _ rule: (FamilyFacts, inout R) throws -> BenefitOutcome?) rethrows {
      guard wants(benefit) else { return }
      var trace = R()
      guard var outcome = try rule(facts, &trace) else { return }
      outcome.attach(trace.collectedSteps)
      outcomes.append((benefit, outcome))
    }

    // Zasiłek rodzinny with its supplements and the reduction: one rule, one shared explanation.
    if allowanceGroup.contains(where: wants) {
      var trace = R()
      let group = try FamilyAllowance.decide(facts, trace: &trace)
      let steps = trace.collectedSteps
      for var entry in group {
        let named =
          wants(entry.benefit)
          || (wants(.familyAllowance)
            && (FamilyBenefit.supplements.contains(entry.benefit)
              || entry.benefit == .incomeExcessReduction))
        guard named else { continue }
        entry.outcome.attach(steps)
        outcomes.append(entry)
      }
    }
    try add(.careAllowance) { try CareAllowance.decide($0, trace: &$1) }
    try add(.carerBenefit) { try CarerBenefit.decide($0, trace: &$1) }
    try add(.specialCareAllowance) { try SpecialCareAllowance.decide($0, trace: &$1) }
    try add(.birthGrant) { try BirthGrant.decide($0, trace: &$1) }
    try add(.parentalBenefit) { try ParentalBenefit.decide($0, trace: &$1) }
    try add(.alimonyFund) { try AlimonyFund.decide($0, trace: &$1) }
    try add(.housingAllowance) { try HousingAllowance.decide($0, trace: &$1) }
    try add(.energyAllowance) { try EnergyAllowance.decide($0, trace: &$1) }
    try add(.childRaisingBenefit) { try ChildRaisingBenefit.decide($0, trace: &$1) }
    try add(.largeFamilyCard) { try LargeFamilyCard.decide($0, trace: &$1) }
    try add(.protectiveAllowance) { try ProtectiveAllowance.decide($0, trace: &$1) }
    try add(.coalAllowance) { try CoalAllowance.decide($0, trace: &$1) }
    try add(.heatSourceAllowance) { try HeatSourceAllowance.decide($0, trace: &$1) }
    try add(.electricityAllowance) { try ElectricityAllowance.decide($0, trace: &$1) }
    try add(.gasVATRefund) { try GasVATRefund.decide($0, trace: &$1) }
    try add(.energyVoucher) { try EnergyVoucher.decide($0, trace: &$1) }
    return FamilyDecision(id: family.id, outcomes: outcomes)
  }
}

/// A recorder the evaluator makes afresh for each benefit: ``NoTrace`` keeps nothing, ``Trace``
/// the steps that become ``BenefitDecision/explanation``.
protocol FamilyTraceRecorder: TraceRecorder {
  init()
  var collectedSteps: [TraceStep] { get }
}

extension NoTrace: FamilyTraceRecorder {
  var collectedSteps: [TraceStep] { [] }
}

extension Trace: FamilyTraceRecorder {
  var collectedSteps: [TraceStep] { steps }
}

extension BenefitOutcome {
  /// Puts the rule's explanation on a decision.
  mutating func attach(_ steps: [TraceStep]) {
    guard !steps.isEmpty, case .decided(var decision) = self else { return }
    decision.explanation = steps
    self = .decided(decision)
  }
}
