/// The same population under two sets of law ("what if"): how many households gain or lose
/// each benefit, and how the monthly cost of each benefit changes.
///
///     var comparison = ScenarioComparison()
///     comparison.add(base: baseOutcome, reform: reformOutcome)   // for every household
///
/// Encoded (`Codable`) with the property names as keys.
public struct ScenarioComparison: Hashable, Sendable, Codable {
  /// One benefit's change.
  public struct Change: Hashable, Sendable, Codable {
    /// Households eligible (or paid) in the base scenario.
    public var eligibleBase = 0
    /// Households eligible (or paid) under the reform.
    public var eligibleReform = 0
    /// Households not eligible in the base but eligible under the reform.
    public var gained = 0
    /// Households eligible in the base but not under the reform.
    public var lost = 0
    /// Monthly sum of the benefit in the base scenario (0 for benefits without an amount).
    public var costBase = Money.zero
    /// Monthly sum of the benefit under the reform.
    public var costReform = Money.zero
    /// No household yet.
    public init() {}

    /// `costReform − costBase`.
    public var costChange: Money { Money(grosze: costReform.grosze &- costBase.grosze) }

    mutating func add(_ base: Bool, _ reform: Bool, _ baseCost: Money, _ reformCost: Money) {
      if base { eligibleBase += 1 }
      if reform { eligibleReform += 1 }
      if !base && reform { gained += 1 }
      if base && !reform { lost += 1 }
      costBase = Money(grosze: costBase.grosze &+ baseCost.grosze)
      costReform = Money(grosze: costReform.grosze &+ reformCost.grosze)
    }
  }

  /// Benefits compared, in order.
  public static let benefits = [
    "within_criterion", "cash_eligible", "periodic", "permanent", "targeted", "meal", "care_fee",
  ]

  /// The benefits with an amount (``Change/costBase`` and ``Change/costReform``); the others
  /// count households only.
  package static let costed: Set<String> = ["periodic", "permanent", "care_fee"]

  /// The change of each benefit, keyed by the names in ``benefits``.
  public private(set) var changes: [String: Change] = Dictionary(uniqueKeysWithValues: benefits.map { ($0, Change()) })
  /// Households compared (error rows included).
  public private(set) var households = 0
  /// Households evaluated in both scenarios.
  public private(set) var comparable = 0
  /// Households that could not be evaluated in the base scenario.
  public private(set) var errorsBase = 0
  /// Households that could not be evaluated under the reform.
  public private(set) var errorsReform = 0
  /// Records that could not even be read (no request, so in neither scenario): counted apart.
  public private(set) var unreadable = 0

  /// An empty comparison.
  public init() {}

  /// A record whose fields could not be decoded.
  public mutating func addUnreadable() { unreadable += 1 }

  /// Whether any record was an error in either scenario, or could not be read.
  public var hasErrors: Bool { errorsBase > 0 || errorsReform > 0 || unreadable > 0 }

  /// Counts one household's outcomes in both scenarios.
  public mutating func add(base: Result<EvaluationResult, PomocError>, reform: Result<EvaluationResult, PomocError>) {
    households += 1
    guard case .success(let b) = base else {
      errorsBase += 1
      if case .failure = reform { errorsReform += 1 }
      return
    }
    guard case .success(let r) = reform else {
      errorsReform += 1
      return
    }
    comparable += 1
    changes["within_criterion"]!.add(b.withinCriterion, r.withinCriterion, .zero, .zero)
    changes["cash_eligible"]!.add(b.cashEligible, r.cashEligible, .zero, .zero)
    changes["periodic"]!.add(b.periodicMinimum > .zero, r.periodicMinimum > .zero, b.periodicMinimum, r.periodicMinimum)
    changes["permanent"]!.add(b.permanent > .zero, r.permanent > .zero, b.permanent, r.permanent)
    changes["targeted"]!.add(b.targetedEligible, r.targetedEligible, .zero, .zero)
    changes["meal"]!.add(b.mealEligible == true, r.mealEligible == true, .zero, .zero)
    changes["care_fee"]!.add(b.careFee != nil, r.careFee != nil, b.careFee ?? .zero, r.careFee ?? .zero)
  }

  /// CSV: `benefit,eligible_base,eligible_reform,gained,lost,cost_base,cost_reform,cost_change`,
  /// one line per benefit, then the counts in the first two number columns (base, reform):
  /// `households` (records evaluated), `error_rows` (records that were an error in that
  /// scenario) and `unreadable_records` (records that could not be read, the same in both).
  public func csv() -> String {
    var text = "benefit,eligible_base,eligible_reform,gained,lost,cost_base,cost_reform,cost_change\n"
    for benefit in Self.benefits {
      let c = changes[benefit]!
      text +=
        "\(benefit),\(c.eligibleBase),\(c.eligibleReform),\(c.gained),\(c.lost),\(c.costBase),\(c.costReform),\(c.costChange)\n"
    }
    text += "households,\(households),\(households),,,,,\n"
    text += "error_rows,\(errorsBase),\(errorsReform),,,,,\n"
    text += "unreadable_records,\(unreadable),\(unreadable),,,,,\n"
    return text
  }

  /// A readable table with the scenario names.
  public func text(base: String, reform: String) -> String {
    func pad(_ text: String, _ width: Int) -> String {
      text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
    var text = "Scenario comparison: base = \(base), reform = \(reform)\n"
    text +=
      "Households: \(households); comparable: \(comparable); errors base: \(errorsBase), reform: \(errorsReform)\n\n"
    text +=
      "benefit".padding(18)
      + ["base", "reform", "gained", "lost", "cost base", "cost reform", "change"].map { pad($0, 14) }.joined() + "\n"
    for benefit in Self.benefits {
      let c = changes[benefit]!
      let costs = Self.costed.contains(benefit)
      text +=
        benefit.padding(18)
        + [
          String(c.eligibleBase), String(c.eligibleReform), String(c.gained), String(c.lost),
          costs ? c.costBase.description : "-", costs ? c.costReform.description : "-",
          costs ? c.costChange.description : "-",
        ].map { pad($0, 14) }.joined() + "\n"
    }
    text +=
      "\nCosts are monthly sums in zł: the guaranteed part of zasiłek okresowy, zasiłek stały, care fees paid by households.\n"
    text += "Records that could not be read (not compared): \(unreadable)\n"
    return text
  }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
