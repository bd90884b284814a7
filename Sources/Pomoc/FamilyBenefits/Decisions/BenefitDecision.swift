/// One benefit decided for a family: entitled or not, the amount, the reason, the period and,
/// per the benefit, the children's or members' entries, with its explanation.
public struct BenefitDecision: Hashable, Sendable {
  /// One child's or member's entitlement.
  public struct Entry: Hashable, Sendable {
    /// The member's id.
    public var id: String
    /// Whether the member is entitled.
    public var entitled: Bool
    /// The member's amount (`nil` for the Large Family Card).
    public var amount: Money?
    /// An entry.
    public init(id: String, entitled: Bool, amount: Money?) {
      self.id = id
      self.entitled = entitled
      self.amount = amount
    }
  }

  /// Whether the family is entitled.
  public var entitled: Bool
  /// The amount (monthly, or once, by benefit); `0.00` when not entitled; `nil` for the Large Family Card.
  public var amount: Money?
  /// Why not entitled (`nil` when entitled).
  public var reason: FamilyReason?
  /// The first day of the benefit period.
  public var periodFrom: CivilDate?
  /// The last day of the benefit period.
  public var periodTo: CivilDate?
  /// One entry per member with role child, in input order (benefits paid per child).
  public var perChild: [Entry]?
  /// One entry per member, in input order (benefits decided per member).
  public var perMember: [Entry]?
  /// "Złotówka za złotówkę" applies: the family is paid the reduced amount instead (ZR and dodatki).
  public var reduced: Bool?
  /// The income criterion per person, where the income was read.
  public var criterion: Money?
  /// The income per person (exact value rounded half up, display only), where the income was read.
  public var incomePerPerson: Money?
  /// *Świadczenie rodzicielskie*: the amount due for the month of the date.
  public var monthAmount: Money?
  /// "Złotówka za złotówkę": the full amount T of the family's benefits, rounded.
  public var fullAmount: Money?
  /// "Złotówka za złotówkę": the income above the criterion, rounded.
  public var excess: Money?
  /// The explanation: each step with its article and parameter values (empty unless explained).
  public var explanation: [TraceStep] = []

  /// A decision.
  public init(
    entitled: Bool, amount: Money?, reason: FamilyReason?, periodFrom: CivilDate? = nil,
    periodTo: CivilDate? = nil
  ) {
    self.entitled = entitled
    self.amount = amount
    self.reason = reason
    self.periodFrom = periodFrom
    self.periodTo = periodTo
  }

  /// Not entitled for `reason`, amount `0.00`.
  public static func notEntitled(
    _ reason: FamilyReason, periodFrom: CivilDate? = nil, periodTo: CivilDate? = nil
  ) -> BenefitDecision {
    BenefitDecision(entitled: false, amount: .zero, reason: reason, periodFrom: periodFrom, periodTo: periodTo)
  }
}

/// What a benefit answered: a decision, or why the library cannot decide it (the rest of the
/// family is still decided).
public enum BenefitOutcome: Hashable, Sendable {
  /// The decision.
  case decided(BenefitDecision)
  /// A fact the benefit needs is absent: its path, e.g. `incomes.2023` (`missing_field:<path>`).
  case missingField(String)
  /// A value the benefit needs on the date is not verified (`parameter_not_encoded`), with why.
  case parameterNotEncoded(String)

  /// The decision, if decided.
  public var decision: BenefitDecision? {
    if case .decided(let decision) = self { return decision }
    return nil
  }

  /// The error code written for an undecided benefit (`missing_field:incomes.2023`), else `nil`.
  public var errorCode: String? {
    switch self {
    case .decided: return nil
    case .missingField(let path): return "missing_field:" + path
    case .parameterNotEncoded: return "parameter_not_encoded"
    }
  }
}

/// Everything decided for one family, in the order of `FamilyBenefit.allCases`.
public struct FamilyDecision: Hashable, Sendable {
  /// The family's id.
  public var id: String
  /// The benefits decided, with their outcomes.
  public var outcomes: [(benefit: FamilyBenefit, outcome: BenefitOutcome)]

  /// The outcome of `benefit`, if it was decided.
  public subscript(benefit: FamilyBenefit) -> BenefitOutcome? {
    outcomes.first { $0.benefit == benefit }?.outcome
  }

  /// Creates a decision.
  public init(id: String, outcomes: [(benefit: FamilyBenefit, outcome: BenefitOutcome)]) {
    self.id = id
    self.outcomes = outcomes
  }

  /// Compares ids and outcomes.
  public static func == (a: FamilyDecision, b: FamilyDecision) -> Bool {
    a.id == b.id && a.outcomes.elementsEqual(b.outcomes) { $0.benefit == $1.benefit && $0.outcome == $1.outcome }
  }

  /// Hashes ids and outcomes.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    for entry in outcomes {
      hasher.combine(entry.benefit)
      hasher.combine(entry.outcome)
    }
  }
}
