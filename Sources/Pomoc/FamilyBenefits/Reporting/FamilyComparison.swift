/// The same families under two scenarios (decided on two dates: before and after a change of
/// the law, e.g. the alimony fund's cap raised on 2024-10-01): per benefit, the families
/// gaining or losing it, the change in the sum of the amounts.
///
///     var comparison = FamilyComparison()
///     comparison.add(base: try? FamilyEvaluator.decide(before), reform: try? FamilyEvaluator.decide(after))
public struct FamilyComparison: Hashable, Sendable {
  /// One benefit's change.
  public struct Change: Hashable, Sendable {
    /// Families entitled in the base scenario.
    public var entitledBase = 0
    /// Families entitled under the reform.
    public var entitledReform = 0
    /// Families not entitled in the base, entitled under the reform.
    public var gained = 0
    /// Families entitled in the base, not under the reform.
    public var lost = 0
    /// Families whose amount rose (entitled in both).
    public var increased = 0
    /// Families whose amount fell (entitled in both).
    public var decreased = 0
    /// Sum of the amounts in the base scenario.
    public var amountBase = Money.zero
    /// Sum of the amounts under the reform.
    public var amountReform = Money.zero
    /// Families for which the benefit was not decided in one scenario or both.
    public var notDecided = 0
    /// Nothing yet.
    public init() {}

    /// `amountReform − amountBase`.
    public var amountChange: Money { Money(grosze: amountReform.grosze &- amountBase.grosze) }
  }

  /// Families compared.
  public private(set) var families = 0
  /// Families that were record errors in the base scenario.
  public private(set) var errorsBase = 0
  /// Families that were record errors under the reform.
  public private(set) var errorsReform = 0
  /// The change per benefit.
  public private(set) var changes: [FamilyBenefit: Change] = [:]

  /// An empty comparison.
  public init() {}

  /// Whether any family was a record error in either scenario.
  public var hasErrors: Bool { errorsBase > 0 || errorsReform > 0 }

  /// Counts one family's decisions in both scenarios (`nil`: a record error).
  public mutating func add(base: FamilyDecision?, reform: FamilyDecision?) {
    families += 1
    if base == nil { errorsBase += 1 }
    if reform == nil { errorsReform += 1 }
    guard let base, let reform else { return }
    var benefits = base.outcomes.map(\.benefit)
    for (benefit, _) in reform.outcomes where !benefits.contains(benefit) { benefits.append(benefit) }
    for benefit in benefits {
      var change = changes[benefit, default: Change()]
      let before = base[benefit]
      let after = reform[benefit]
      // A benefit absent in one scenario (an energy allowance outside its window) is not entitled there.
      if (before != nil && before?.decision == nil) || (after != nil && after?.decision == nil) {
        change.notDecided += 1
        changes[benefit] = change
        continue
      }
      let b = before?.decision
      let r = after?.decision
      let wasEntitled = b?.entitled ?? false
      let isEntitled = r?.entitled ?? false
      let amountBefore = wasEntitled ? (b?.amount ?? .zero) : .zero
      let amountAfter = isEntitled ? (r?.amount ?? .zero) : .zero
      if wasEntitled { change.entitledBase += 1 }
      if isEntitled { change.entitledReform += 1 }
      if !wasEntitled && isEntitled { change.gained += 1 }
      if wasEntitled && !isEntitled { change.lost += 1 }
      if wasEntitled && isEntitled && amountAfter > amountBefore { change.increased += 1 }
      if wasEntitled && isEntitled && amountAfter < amountBefore { change.decreased += 1 }
      change.amountBase = Money(grosze: change.amountBase.grosze &+ amountBefore.grosze)
      change.amountReform = Money(grosze: change.amountReform.grosze &+ amountAfter.grosze)
      changes[benefit] = change
    }
  }

  /// The changes in `FamilyBenefit.allCases` order.
  public var rows: [(benefit: FamilyBenefit, change: Change)] {
    FamilyBenefit.allCases.compactMap { benefit in changes[benefit].map { (benefit, $0) } }
  }

  /// CSV: `benefit,entitled_base,entitled_reform,gained,lost,increased,decreased,amount_base,amount_reform,amount_change,not_decided`,
  /// then rows `families`, `errors_base`, `errors_reform`.
  public func csv() -> String {
    var text =
      "benefit,entitled_base,entitled_reform,gained,lost,increased,decreased,amount_base,amount_reform,amount_change,not_decided\n"
    for (benefit, c) in rows {
      text +=
        "\(benefit.rawValue),\(c.entitledBase),\(c.entitledReform),\(c.gained),\(c.lost),\(c.increased),\(c.decreased),"
        + "\(c.amountBase),\(c.amountReform),\(c.amountChange),\(c.notDecided)\n"
    }
    text +=
      "families,\(families),,,,,,,,,\nerrors_base,\(errorsBase),,,,,,,,,\nerrors_reform,\(errorsReform),,,,,,,,,\n"
    return text
  }

  /// The table as text.
  public func text(base: String, reform: String) -> String {
    func left(_ text: String, _ width: Int) -> String {
      text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
    func pad(_ text: String, _ width: Int) -> String {
      text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
    var text =
      "Families: \(families) (record errors: \(errorsBase) in \(base), \(errorsReform) in \(reform))\n\n"
      + "  " + pad("benefit", 34) + left("base", 8) + left("reform", 8) + left("gained", 8) + left("lost", 8)
      + left("up", 8) + left("down", 8) + left("amount base", 16) + left("amount reform", 16) + left("change", 16)
      + "\n"
    for (benefit, c) in rows {
      text +=
        "  " + pad(benefit.rawValue, 34) + left(String(c.entitledBase), 8) + left(String(c.entitledReform), 8)
        + left(String(c.gained), 8) + left(String(c.lost), 8) + left(String(c.increased), 8)
        + left(String(c.decreased), 8) + left(c.amountBase.description, 16) + left(c.amountReform.description, 16)
        + left(c.amountChange.description, 16) + "\n"
    }
    return text
  }
}
