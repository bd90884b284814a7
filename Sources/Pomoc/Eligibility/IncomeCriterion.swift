/// The income criterion (*kryterium dochodowe*) applicable to a household, art. 8 ust. 1 u.p.s.
///
/// A single person is measured against the single criterion; a family against the
/// *family criterion* = per-person criterion × number of persons (art. 8 ust. 1 pkt 3).
public struct IncomeCriterion: Hashable, Sendable {
  /// *Kryterium dochodowe osoby samotnie gospodarującej*.
  public var single: Money
  /// *Kryterium dochodowe na osobę w rodzinie*.
  public var perPerson: Money
  public var persons: Int

  /// The criterion reported for the household: single (n = 1) or per person (n > 1).
  @inlinable public var applicable: Money { persons == 1 ? single : perPerson }

  /// The amount household income is compared with: single, or per-person × n.
  @inlinable public func limit() throws -> Money {
    persons == 1 ? single : try perPerson.multiplied(by: Int64(persons))
  }

  public var basis: [LegalCitation] {
    persons == 1 ? [.socialAssistanceAct(article: "8", paragraph: "1", point: "1")]
      : [.socialAssistanceAct(article: "8", paragraph: "1", point: "2"),
         .socialAssistanceAct(article: "8", paragraph: "1", point: "3")]
  }
}

/// Whether a household may receive cash benefits (art. 8 ust. 1 u.p.s.): income not
/// exceeding the criterion (≤) **and** a reason of art. 7 pkt 2–15 or another circumstance.
public enum CashEligibility {
  public static let basis: [LegalCitation] = [.socialAssistanceAct(article: "8", paragraph: "1")]

  /// `income ≤ limit` (art. 8 ust. 1: "nie przekracza").
  @inlinable public static func isWithinCriterion(income: ExactAmount, limit: Money) throws -> Bool {
    income <= (try ExactAmount(limit))
  }

  @inlinable public static func isEligible(withinCriterion: Bool, reasons: ReasonSet) -> Bool {
    withinCriterion && reasons.opensCashBenefits
  }
}
