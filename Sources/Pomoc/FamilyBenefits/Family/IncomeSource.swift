/// One source of the family's income in an income year (*dochód*, art. 3 pkt 1 u.ś.r.),
/// already net of tax and contributions, classified by the caller under art. 5 ust. 4–4c.
public struct IncomeSource: Hashable, Sendable, Codable {
  /// How the source counts (art. 5 ust. 4–4b u.ś.r., *utrata i uzyskanie dochodu*).
  public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
    /// Earned in the base year (counted: ÷ 12).
    case baseYear = "base_year"
    /// Earned in the base year from a source since lost (*utrata dochodu*, art. 5 ust. 4: not counted).
    case lost
    /// Gained in the base year and still received (*uzyskanie dochodu*, art. 5 ust. 4a: ÷ its months).
    case gainedInBaseYear = "gained_in_base_year"
    /// Gained after the base year: the amount of the month after the month of gain (art. 5 ust. 4b).
    case gainedAfterBaseYear = "gained_after_base_year"
  }

  /// How the source counts.
  public var kind: Kind
  /// The amount (see ``Kind``).
  public var amount: Money
  /// For ``Kind/gainedInBaseYear``: the months (1–12) in which it was earned.
  public var months: Int?
  /// The member it belongs to (for the explanation only).
  public var member: String?

  /// Creates a source.
  public init(kind: Kind, amount: Money, months: Int? = nil, member: String? = nil) {
    self.kind = kind
    self.amount = amount
    self.months = months
    self.member = member
  }
}

extension Family {
  /// The family's monthly income from the sources of income year `year`, exact
  /// (art. 5 ust. 4–4b u.ś.r.): **Y = Σ base_year ÷ 12 + Σ (gained_in_base_year ÷ months) +
  /// Σ gained_after_base_year**; lost sources are not counted. `nil` when the year is not given.
  ///
  /// - Throws: ``PomocError`` (`arithmetic_overflow`) past `Int64` (never for the input limits).
  public func monthlyIncome(year: Int) throws -> RationalAmount? {
    guard let sources = incomes[year] else { return nil }
    var total = RationalAmount.zero
    for source in sources {
      let part: RationalAmount
      switch source.kind {
      case .baseYear: part = try RationalAmount(grosze: source.amount.grosze, over: 12)
      case .lost: continue
      case .gainedInBaseYear:
        part = try RationalAmount(grosze: source.amount.grosze, over: Int64(max(1, source.months ?? 1)))
      case .gainedAfterBaseYear: part = RationalAmount(money: source.amount)
      }
      total = try total.adding(part)
    }
    return total
  }
}
