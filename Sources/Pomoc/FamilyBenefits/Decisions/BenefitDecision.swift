/// One benefit decided for a family: entitled or not, the amount, the reason, the period and,
/// per the benefit, the children's or members' entries, with its explanation.
///
/// `Codable` (synthesized): an object keyed by the property names, amounts as decimal strings,
/// dates as `"YYYY-MM-DD"`, the reason as its raw value (`"income_above_criterion"`).
public struct BenefitDecision: Hashable, Sendable, Codable {
  /// One child's or member's entitlement.
  public struct Entry: Hashable, Sendable, Codable {
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
///
/// `Codable`: an object with one key, the case, holding its value: `{"decided": {...}}`,
/// `{"missingField": "incomes.2023"}`, `{"parameterNotEncoded": "why"}`.
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
///
/// `Codable`: `{"id": "f1", "outcomes": [{"benefit": "zasilek_rodzinny", "outcome": {...}}, ...]}`,
/// the outcomes in order (see ``BenefitOutcome``).
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

extension FamilyDecision: Codable {
  private enum CodingKeys: String, CodingKey {
    case id
    case outcomes
  }

  private enum OutcomeKeys: String, CodingKey {
    case benefit
    case outcome
  }

  /// Decodes `{"id": ..., "outcomes": [{"benefit": <raw value>, "outcome": <BenefitOutcome>}, ...]}`,
  /// keeping the outcomes' order; a missing key, an unknown benefit or a bad outcome is a
  /// `DecodingError`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let id = try container.decode(String.self, forKey: .id)
    var list = try container.nestedUnkeyedContainer(forKey: .outcomes)
    var outcomes: [(benefit: FamilyBenefit, outcome: BenefitOutcome)] = []
    while !list.isAtEnd {
      let entry = try list.nestedContainer(keyedBy: OutcomeKeys.self)
      let benefit = try entry.decode(FamilyBenefit.self, forKey: .benefit)
      let outcome = try entry.decode(BenefitOutcome.self, forKey: .outcome)
      outcomes.append((benefit, outcome))
    }
    self.init(id: id, outcomes: outcomes)
  }

  /// Encodes `{"id": "f1", "outcomes": [{"benefit": "zasilek_rodzinny", "outcome": {...}}, ...]}`:
  /// each benefit as its raw value with its ``BenefitOutcome``, in order.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    var list = container.nestedUnkeyedContainer(forKey: .outcomes)
    for (benefit, outcome) in outcomes {
      var entry = list.nestedContainer(keyedBy: OutcomeKeys.self)
      try entry.encode(benefit, forKey: .benefit)
      try entry.encode(outcome, forKey: .outcome)
    }
  }
}

extension BenefitOutcome: Codable {
  private enum CodingKeys: String, CodingKey {
    case decided
    case missingField
    case parameterNotEncoded
  }

  /// Decodes `{"decided": <BenefitDecision>}`, `{"missingField": "<path>"}` or
  /// `{"parameterNotEncoded": "<why>"}`; any other object is a `DecodingError`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    guard container.allKeys.count == 1, let key = container.allKeys.first else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath,
          debugDescription: "expected one of the keys decided, missingField, parameterNotEncoded"))
    }
    switch key {
    case .decided: self = .decided(try container.decode(BenefitDecision.self, forKey: key))
    case .missingField: self = .missingField(try container.decode(String.self, forKey: key))
    case .parameterNotEncoded: self = .parameterNotEncoded(try container.decode(String.self, forKey: key))
    }
  }

  /// Encodes the outcome as an object with one key, the case, holding its value.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .decided(let decision): try container.encode(decision, forKey: .decided)
    case .missingField(let path): try container.encode(path, forKey: .missingField)
    case .parameterNotEncoded(let why): try container.encode(why, forKey: .parameterNotEncoded)
    }
  }
}
