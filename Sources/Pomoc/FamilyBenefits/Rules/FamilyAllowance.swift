/// *Zasiłek rodzinny* (family allowance), art. 4–6 u.ś.r., decided with its supplements
/// (*dodatki*, art. 8–15) and the "złotówka za złotówkę" reduction (art. 5 ust. 3–3c).
///
/// STUB: the criteria and amounts below are final; the decision is still to be written.
public enum FamilyAllowance {
  /// The criterion per person (art. 5 ust. 1, art. 19 verifications): 539 from 2012-11-01
  /// (Dz.U. 2012 poz. 959), 574 from 2014-11-01, 674 from 2015-11-01 (Dz.U. 2015 poz. 1238; kept in 2021 and 2024).
  public static let criterion = DatedAmounts<Money>([
    (CivilDate(2012, 11, 1), Money(zloty: 539)),
    (CivilDate(2014, 11, 1), Money(zloty: 574)),
    (CivilDate(2015, 11, 1), Money(zloty: 674)),
  ])

  /// The criterion per person with a disabled child in the family (art. 5 ust. 2): 623, 664, 764.
  public static let criterionWithDisabledChild = DatedAmounts<Money>([
    (CivilDate(2012, 11, 1), Money(zloty: 623)),
    (CivilDate(2014, 11, 1), Money(zloty: 664)),
    (CivilDate(2015, 11, 1), Money(zloty: 764)),
  ])

  /// The monthly amounts by the child's age (art. 6 ust. 2).
  public struct AgeBandAmounts: Hashable, Sendable {
    /// Under 5 (*do ukończenia 5. roku życia*).
    public var underFive: Money
    /// From 5 to under 18.
    public var fiveToEighteen: Money
    /// From 18 (to 24).
    public var eighteenAndOver: Money

    /// The amount for a child aged `age`.
    public func amount(age: Int) -> Money {
      age < 5 ? underFive : age < 18 ? fiveToEighteen : eighteenAndOver
    }

    /// The lowest of the three.
    public var lowest: Money { Swift.min(underFive, fiveToEighteen, eighteenAndOver) }
  }

  /// The monthly amounts (art. 6 ust. 2, art. 19 verifications): 77 / 106 / 115 from 2012-11-01
  /// (Dz.U. 2012 poz. 959), 89 / 118 / 129 from 2015-11-01 and 95 / 124 / 135 from 2016-11-01
  /// (Dz.U. 2015 poz. 1238; kept in 2021 and 2024).
  public static let amounts = DatedAmounts<AgeBandAmounts>([
    (CivilDate(2012, 11, 1), AgeBandAmounts(underFive: 77, fiveToEighteen: 106, eighteenAndOver: 115)),
    (CivilDate(2015, 11, 1), AgeBandAmounts(underFive: 89, fiveToEighteen: 118, eighteenAndOver: 129)),
    (CivilDate(2016, 11, 1), AgeBandAmounts(underFive: 95, fiveToEighteen: 124, eighteenAndOver: 135)),
  ])

  static func decide<R: TraceRecorder>(
    _ facts: FamilyFacts, trace: inout R
  ) throws -> [(benefit: FamilyBenefit, outcome: BenefitOutcome)] {
    ([FamilyBenefit.familyAllowance] + FamilyBenefit.supplements).map {
      ($0, BenefitOutcome.parameterNotEncoded("not yet encoded"))
    }
  }
}
