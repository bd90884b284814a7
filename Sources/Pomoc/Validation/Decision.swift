/// The benefit or fee an issued decision sets, with its code in an audit register (`benefit`).
///
/// Encoded (`Codable`) as the code: `"staly"`, `"okresowy"`, `"celowy"`, `"specjalny_celowy"`,
/// `"care_fee"`, `"dps_fee"`.
public enum AuditedBenefit: String, CaseIterable, Hashable, Sendable, Codable {
  /// *Zasiłek stały* (art. 37 u.p.s.): the amount is set by the law.
  case permanentAllowance = "staly"
  /// *Zasiłek okresowy* (art. 38 u.p.s.): between the guaranteed part and the upper limit.
  case periodicAllowance = "okresowy"
  /// *Zasiłek celowy* (art. 39 u.p.s.): income within the threshold; no statutory amount.
  case targetedAllowance = "celowy"
  /// *Specjalny zasiłek celowy* (art. 41 pkt 1 u.p.s.): above the criterion, up to the cap.
  case specialTargetedAllowance = "specjalny_celowy"
  /// *Odpłatność za usługi opiekuńcze* (art. 50 u.p.s.): the monthly fee, set by the fee table.
  case careFee = "care_fee"
  /// *Odpłatność mieszkańca za pobyt w DPS* (art. 61 ust. 2 pkt 1 u.p.s.): the resident's fee.
  case careHomeFee = "dps_fee"

  /// The Polish name, for summaries (`zasiłek stały`).
  public var polishName: String {
    switch self {
    case .permanentAllowance: return "zasiłek stały"
    case .periodicAllowance: return "zasiłek okresowy"
    case .targetedAllowance: return "zasiłek celowy"
    case .specialTargetedAllowance: return "specjalny zasiłek celowy"
    case .careFee: return "odpłatność za usługi opiekuńcze"
    case .careHomeFee: return "odpłatność mieszkańca DPS"
    }
  }
}

/// An issued decision (*decyzja administracyjna*) as an audit register records it: what was
/// granted, when, and for which period. The household it concerns is an ``EvaluationRequest``
/// whose `date` is the day whose law applies (the application); the decision cannot precede it.
public struct Decision: Hashable, Sendable, Codable {
  /// The decision's number in the register (`decision_id`), unique in the register.
  public var id: String
  /// The benefit or fee decided.
  public var benefit: AuditedBenefit
  /// The amount granted (`granted`): the monthly amount of *zasiłek stały* or *okresowy*, the
  /// amount of a *zasiłek celowy*, the monthly fee set for care or a care home; 0 for a refusal.
  public var granted: Money
  /// The day the decision was issued (`decision_date`).
  public var date: CivilDate
  /// The first day of the period granted (`period_from`), if the register gives it.
  public var periodFrom: CivilDate?
  /// The last day of the period granted (`period_to`), if the register gives it.
  public var periodTo: CivilDate?
  /// For `dps_fee` only: the care home's average monthly cost of upkeep (*średni miesięczny
  /// koszt utrzymania*, art. 60 u.p.s.; column `dps_average_cost`).
  public var careHomeAverageCost: Money?

  /// Creates a decision.
  public init(
    id: String, benefit: AuditedBenefit, granted: Money, date: CivilDate, periodFrom: CivilDate? = nil,
    periodTo: CivilDate? = nil, careHomeAverageCost: Money? = nil
  ) {
    self.id = id
    self.benefit = benefit
    self.granted = granted
    self.date = date
    self.periodFrom = periodFrom
    self.periodTo = periodTo
    self.careHomeAverageCost = careHomeAverageCost
  }
}

/// What the law says about one decision.
public struct AuditVerdict: Hashable, Sendable, Codable {
  /// The verdict.
  public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
    /// The amount granted is the amount the law gives, or lies within the legal range.
    case consistent
    /// More than the amount the law gives, by ``AuditVerdict/difference`` (for a fee: the
    /// person is charged more than the table allows).
    case overpaid
    /// Less than the amount the law gives, by ``AuditVerdict/difference`` (for a fee: the
    /// person is charged less than the table requires).
    case underpaid
    /// An amount granted to a household the law does not entitle to the benefit;
    /// ``AuditVerdict/difference`` is the whole amount granted.
    case notEntitled = "not_entitled"
    /// Outside the legal range of a discretionary amount, by ``AuditVerdict/difference`` below
    /// ``AuditVerdict/minimum`` or above ``AuditVerdict/maximum``.
    case outsideLegalRange = "outside_legal_range"
  }

  /// The verdict.
  public var kind: Kind
  /// The amount granted.
  public var granted: Money
  /// The amount the law gives, where it sets one (*zasiłek stały*, the fees; 0.00 when the
  /// household is not entitled); `nil` where the law leaves the amount open.
  public var due: Money?
  /// The lowest lawful amount of a discretionary benefit, when the law sets one.
  public var minimum: Money?
  /// The highest lawful amount of a discretionary benefit, when the law sets one.
  public var maximum: Money?
  /// How far the amount granted is from the lawful amount or range (≥ 0; 0 when consistent).
  public var difference: Money
  /// The provisions the verdict rests on.
  public var basis: [LegalCitation]

  /// Creates a verdict.
  public init(
    kind: Kind, granted: Money, due: Money? = nil, minimum: Money? = nil, maximum: Money? = nil,
    difference: Money = .zero, basis: [LegalCitation]
  ) {
    self.kind = kind
    self.granted = granted
    self.due = due
    self.minimum = minimum
    self.maximum = maximum
    self.difference = difference
    self.basis = basis
  }

  /// The provisions as an audit row writes them, without the act's publication:
  /// `art. 37 ust. 2 pkt 1 u.p.s.`; several joined by `; `.
  public var article: String { Self.article(basis) }

  /// `art. 37 ust. 2 pkt 1 u.p.s.` for each citation, joined by `; `.
  public static func article(_ basis: [LegalCitation]) -> String {
    basis.map { citation in
      var parts: [String] = []
      if let article = citation.article { parts.append("art. " + article) }
      if let paragraph = citation.paragraph { parts.append("ust. " + paragraph) }
      if let point = citation.point { parts.append("pkt " + point) }
      if let letter = citation.letter { parts.append("lit. " + letter) }
      parts.append(citation.act)
      return parts.joined(separator: " ")
    }.joined(separator: "; ")
  }
}

extension AuditVerdict: CustomStringConvertible {
  /// The verdict on one line: `overpaid by 50.00 (granted 558.80, due 508.80; art. 37 ust. 2 pkt 1 u.p.s.)`.
  public var description: String {
    var text = kind.rawValue
    if kind != .consistent { text += " by \(difference)" }
    text += " (granted \(granted)"
    if let due { text += ", due \(due)" }
    if minimum != nil || maximum != nil {
      text += ", legal range \(minimum?.description ?? "…")–\(maximum?.description ?? "…")"
    }
    return text + "; " + article + ")"
  }
}
