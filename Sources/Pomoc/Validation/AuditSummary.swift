/// A calendar month (of a decision date), for the audit summary: `2024-03`.
public struct AuditMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// `year × 100 + month`, e.g. 202403.
  public var key: Int32

  /// The month of a day.
  public init(_ date: CivilDate) { key = date.key / 100 }

  /// The year.
  public var year: Int { Int(key / 100) }
  /// The month, 1–12.
  public var month: Int { Int(key % 100) }

  /// Orders months in time.
  public static func < (lhs: AuditMonth, rhs: AuditMonth) -> Bool { lhs.key < rhs.key }

  /// `YYYY-MM`.
  public var description: String {
    let month = self.month
    return "\(year)-" + (month < 10 ? "0" : "") + String(month)
  }
}

/// Counts and sums of an audit: decisions, verdicts, error rows, and the amounts granted beyond
/// or short of the law, in all, by benefit and by month of the decision date.
public struct AuditSummary: Hashable, Sendable, Codable {
  /// The counts and sums of one group of decisions.
  public struct Tally: Hashable, Sendable, Codable {
    /// Decision rows (error rows included).
    public var decisions = 0
    /// Error rows: decisions that could not be audited.
    public var errors = 0
    /// Verdicts `consistent`.
    public var consistent = 0
    /// Verdicts `overpaid`.
    public var overpaid = 0
    /// Verdicts `underpaid`.
    public var underpaid = 0
    /// Verdicts `not_entitled`.
    public var notEntitled = 0
    /// Verdicts `outside_legal_range`.
    public var outsideLegalRange = 0
    /// Sum of the overpayments (granted − due of the `overpaid` verdicts).
    public var overpaidSum = Money.zero
    /// Sum of the underpayments (due − granted of the `underpaid` verdicts).
    public var underpaidSum = Money.zero
    /// Sum of the amounts granted without entitlement (`not_entitled`).
    public var notEntitledSum = Money.zero
    /// Sum of the amounts granted above a legal range's maximum.
    public var aboveRangeSum = Money.zero
    /// Sum of the amounts missing below a legal range's minimum.
    public var belowRangeSum = Money.zero
    /// Whether a sum left the exact range of `Money` (never for real registers): the sums
    /// are then incomplete and say so.
    public var sumOverflow = false

    /// An empty tally.
    public init() {}

    /// Counts one verdict; `above` says on which side of a legal range an amount lies.
    mutating func add(_ kind: AuditVerdict.Kind, difference: Money, above: Bool) {
      decisions += 1
      switch kind {
      case .consistent: consistent += 1
      case .overpaid:
        overpaid += 1
        overpaidSum = plus(overpaidSum, difference)
      case .underpaid:
        underpaid += 1
        underpaidSum = plus(underpaidSum, difference)
      case .notEntitled:
        notEntitled += 1
        notEntitledSum = plus(notEntitledSum, difference)
      case .outsideLegalRange:
        outsideLegalRange += 1
        if above {
          aboveRangeSum = plus(aboveRangeSum, difference)
        } else {
          belowRangeSum = plus(belowRangeSum, difference)
        }
      }
    }

    mutating func addError() {
      decisions += 1
      errors += 1
    }

    /// `sum + value`, or `sum` with ``sumOverflow`` set when it would leave the range.
    private mutating func plus(_ sum: Money, _ value: Money) -> Money {
      let (total, overflow) = sum.grosze.addingReportingOverflow(value.grosze)
      if overflow {
        sumOverflow = true
        return sum
      }
      return Money(grosze: total)
    }
  }

  /// Every decision.
  public var total = Tally()
  /// By benefit (error rows whose benefit could be read included); benefits without a
  /// decision are left out.
  public var byBenefit: [AuditedBenefit: Tally] {
    var tallies: [AuditedBenefit: Tally] = [:]
    for (benefit, tally) in zip(AuditedBenefit.allCases, benefitTallies) where tally.decisions > 0 {
      tallies[benefit] = tally
    }
    return tallies
  }
  /// The tallies by benefit, in the order of `AuditedBenefit.allCases`.
  private var benefitTallies = Array(repeating: Tally(), count: AuditedBenefit.allCases.count)
  /// By month of the decision date (error rows whose decision date could be read included).
  public var byMonth: [AuditMonth: Tally] = [:]

  /// An empty summary.
  public init() {}

  /// Whether any decision could not be audited.
  public var hasErrors: Bool { total.errors > 0 }

  /// Counts the verdict on a decision.
  public mutating func add(_ verdict: AuditVerdict, for decision: Decision) {
    add(
      verdict.kind, difference: verdict.difference, above: verdict.minimum.map { verdict.granted >= $0 } ?? true,
      benefit: decision.benefit, month: AuditMonth(decision.date))
  }

  /// Counts a verdict from its parts (the bulk audit keeps no verdict values).
  package mutating func add(
    _ kind: AuditVerdict.Kind, difference: Money, above: Bool, benefit: AuditedBenefit, month: AuditMonth
  ) {
    total.add(kind, difference: difference, above: above)
    benefitTallies[benefit.ordinal].add(kind, difference: difference, above: above)
    byMonth[month, default: Tally()].add(kind, difference: difference, above: above)
  }

  /// Counts a decision that could not be audited, under its benefit and month when known.
  public mutating func addError(benefit: AuditedBenefit?, month: AuditMonth?) {
    total.addError()
    if let benefit { benefitTallies[benefit.ordinal].addError() }
    if let month { byMonth[month, default: Tally()].addError() }
  }
}

extension AuditedBenefit {
  /// The position in `allCases`.
  var ordinal: Int {
    switch self {
    case .permanentAllowance: return 0
    case .periodicAllowance: return 1
    case .targetedAllowance: return 2
    case .specialTargetedAllowance: return 3
    case .careFee: return 4
    case .careHomeFee: return 5
    }
  }
}
