/// One person's income for the assessed month (*dochód*, art. 8 ust. 3 u.p.s.).
///
/// Receipts of the month before the application (or of the application month after
/// a loss of income) minus personal income tax, health and social insurance
/// contributions, and alimony paid to others (art. 8 ust. 3 pkt 1–3). Items the act
/// excludes (art. 8 ust. 4: *zasiłek celowy*, in-kind benefits, 800+, …) must not be
/// put into `receipts`.
public struct MonthlyIncome: Hashable, Sendable, Codable {
  /// *Przychody*: all counted receipts of the month.
  public var receipts: Money
  /// *Podatek dochodowy od osób fizycznych* (art. 8 ust. 3 pkt 1).
  public var incomeTax: Money
  /// *Składki na ubezpieczenie zdrowotne* (art. 8 ust. 3 pkt 2).
  public var healthInsurance: Money
  /// *Składki na ubezpieczenia społeczne* (art. 8 ust. 3 pkt 2).
  public var socialInsurance: Money
  /// *Alimenty świadczone na rzecz innych osób* (art. 8 ust. 3 pkt 3).
  public var alimonyPaid: Money

  /// Creates a month's income; every item left out is 0.00.
  public init(
    receipts: Money = .zero, incomeTax: Money = .zero, healthInsurance: Money = .zero,
    socialInsurance: Money = .zero, alimonyPaid: Money = .zero
  ) {
    self.receipts = receipts
    self.incomeTax = incomeTax
    self.healthInsurance = healthInsurance
    self.socialInsurance = socialInsurance
    self.alimonyPaid = alimonyPaid
  }

  /// Receipts less tax and contributions, before alimony (the contract's `income`).
  public func netOfTaxAndContributions() throws -> Money {
    try receipts.subtracting(incomeTax).subtracting(healthInsurance).subtracting(socialInsurance)
  }

  /// The person's income per art. 8 ust. 3 (never below zero).
  public func net() throws -> Money {
    max(.zero, try netOfTaxAndContributions().subtracting(alimonyPaid))
  }
}
