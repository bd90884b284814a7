/// "Złotówka za złotówkę" (art. 5 ust. 3–3c u.ś.r., since 2016-01-01): a family whose income
/// exceeds the criterion × n is still paid *zasiłek rodzinny* with its supplements, reduced by the
/// excess, unless what is left is below 20.00 zł.
///
/// Art. 5 ust. 3–3a: when the family's income exceeds the criterion multiplied by the number of
/// members by no more than the family's total of *zasiłki rodzinne* with supplements, they are
/// paid in the amount of that total less the excess. Art. 5 ust. 3b: the total is the sum of the
/// *zasiłki rodzinne* and the supplements of art. 10, 11a, 12a and 13 divided by the months of
/// entitlement, and the supplements of art. 9, 14 and 15 divided by 12. Art. 5 ust. 3c: „jest
/// niższa niż 20,00 zł, świadczenia te nie przysługują”.
///
/// With each child's situation on the date taken for every month of the period, the monthly
/// total is **T = Σ ZR + Σ art. 10, 11a, 12a, 13 + (Σ art. 9 + Σ art. 14 + 10 × Σ art. 15) / 12**
/// (art. 15 is paid for the 10 months September–June), the excess **e = Y − K × n** and the amount
/// **A = round_half_up(T − e)**. How A is split among the benefits is not settled by the act's
/// text read; the family is paid A a month.
public enum IncomeExcessReduction {
  /// The minimum paid (art. 5 ust. 3c, statutory): 20.00 zł, from 2016-01-01, when the reduction
  /// took effect; before it any excess over the criterion meant no entitlement.
  public static let minimum = DatedAmounts<Money>([(CivilDate(2016, 1, 1), 20)])

  /// Art. 5 ust. 3, 3a, 3b and 3c u.ś.r.
  public static let basis: [LegalCitation] = [
    .familyBenefitsAct(article: "5", paragraph: "3"), .familyBenefitsAct(article: "5", paragraph: "3a"),
    .familyBenefitsAct(article: "5", paragraph: "3b"), .familyBenefitsAct(article: "5", paragraph: "3c"),
  ]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.incomeExcessReduction.rawValue)

  /// The monthly share of a benefit's amount in the total T (art. 5 ust. 3b): *zasiłek rodzinny*
  /// and the supplements of art. 10, 11a, 12a and 13 count monthly; art. 9 and 14 (paid once)
  /// ÷ 12; art. 15 (monthly for 10 months) × 10 ÷ 12.
  static func monthlyShare(of benefit: FamilyBenefit, amount: Money) throws -> RationalAmount {
    let exact = RationalAmount(money: amount)
    switch benefit {
    case .birthSupplement, .schoolYearSupplement: return try exact.multiplied(by: 1, dividedBy: 12)
    case .studyAwaySupplement: return try exact.multiplied(by: 10, dividedBy: 12)
    default: return exact
    }
  }

  /// The reduction worked out: the total T, the excess e, the amount A.
  struct Computation: Hashable, Sendable {
    /// The family's monthly total T of *zasiłki rodzinne* with supplements, exact.
    var total: RationalAmount
    /// The income above the criterion × n, e = Y − K × n, exact.
    var excess: RationalAmount
    /// A = round_half_up(T − e).
    var amount: Money
    /// The minimum paid on the date.
    var minimum: Money

    /// A reaches the minimum: the family is paid A instead of the full amounts.
    var isPaid: Bool { amount >= minimum }
  }

  /// Works out T, e and A for the benefits' full amounts `shares` (benefit, amount as paid), the
  /// family income `income` (Y) and the criterion × n `threshold`, and records the steps.
  static func compute<R: TraceRecorder>(
    shares: [(benefit: FamilyBenefit, amount: Money)], income: RationalAmount, threshold: RationalAmount,
    minimum: Money, trace: inout R
  ) throws -> Computation {
    var total = RationalAmount.zero
    var terms: [TraceParameter] = []
    for share in shares {
      let monthly = try monthlyShare(of: share.benefit, amount: share.amount)
      total = try total.adding(monthly)
      terms.append(TraceParameter(share.benefit.rawValue, .text(monthly.description)))
    }
    let excess = try income.subtracting(threshold)
    let amount = try total.subtracting(excess).roundedHalfUp()
    let result = Computation(total: total, excess: excess, amount: amount, minimum: minimum)
    trace.record(
      TraceStep(
        rule: rule, label: "Łączna kwota zasiłków rodzinnych wraz z dodatkami T (monthly)",
        value: .text(total.description),
        note: "Σ ZR + Σ art. 10, 11a, 12a, 13 + (Σ art. 9 + Σ art. 14 + 10 × Σ art. 15) / 12", parameters: terms,
        basis: [.familyBenefitsAct(article: "5", paragraph: "3b")]))
    trace.record(
      TraceStep(
        rule: rule, label: "Przekroczenie dochodu e = Y − K × n", value: .text(excess.description),
        parameters: [
          TraceParameter("Y", .text(income.description)), TraceParameter("K × n", .text(threshold.description)),
        ],
        basis: [.familyBenefitsAct(article: "5", paragraph: "3")]))
    trace.record(
      TraceStep(
        rule: rule, label: "Złotówka za złotówkę A = T − e", value: .money(amount),
        note: result.isPaid ? "paid instead of the full amounts" : "below the minimum: nothing is paid",
        parameters: [TraceParameter("minimum", minimum)],
        basis: [.familyBenefitsAct(article: "5", paragraph: "3a"), .familyBenefitsAct(article: "5", paragraph: "3c")]))
    return result
  }

  /// The `zlotowka_za_zlotowke` decision: A (or 0.00, `below_minimum`), the full amount
  /// round_half_up(T) and the excess round_half_up(e), for the *okres zasiłkowy*.
  static func decision(_ computation: Computation, periodFrom: CivilDate, periodTo: CivilDate) -> BenefitDecision {
    var decision =
      computation.isPaid
      ? BenefitDecision(
        entitled: true, amount: computation.amount, reason: nil, periodFrom: periodFrom, periodTo: periodTo)
      : .notEntitled(.belowMinimum, periodFrom: periodFrom, periodTo: periodTo)
    decision.fullAmount = computation.total.roundedHalfUp()
    decision.excess = computation.excess.roundedHalfUp()
    return decision
  }
}
