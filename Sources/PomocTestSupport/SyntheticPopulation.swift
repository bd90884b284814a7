import Pomoc
import PomocFormats

/// A deterministic pseudo-random generator (SplitMix64): same seed, same sequence, on every machine.
/// A `RandomNumberGenerator`, so the standard library's `Int.random(in:using:)` works with it.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  /// The generator's state.
  public var state: UInt64
  /// A generator starting from `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  @inlinable public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (bound > 0).
  @inlinable public mutating func below(_ bound: UInt64) -> UInt64 { next() % bound }
}

/// Synthetic households for benchmarks, examples and host test suites: a realistic mix
/// of sizes, incomes clustered around the thresholds, dates 2012-10-01 … 2026-12-31 (within the supported days),
/// municipalities and care requests. Deterministic for a seed.
public struct SyntheticPopulation: Sequence, Sendable {
  /// How many households the sequence yields.
  public var count: Int
  /// The generator's seed: the same seed gives the same households.
  public var seed: UInt64

  /// `count` households generated from `seed`.
  public init(count: Int, seed: UInt64 = 2026) {
    self.count = count
    self.seed = seed
  }

  /// An iterator over the households, with their ids `h1`, `h2`, ….
  public func makeIterator() -> Iterator { Iterator(remaining: count, generator: SplitMix64(seed: seed)) }

  /// Yields `(id, request)` pairs.
  public struct Iterator: IteratorProtocol {
    var remaining: Int
    var generator: SplitMix64
    var index = 0

    /// The next household, or `nil` after the last.
    public mutating func next() -> (id: String, request: EvaluationRequest)? {
      guard remaining > 0 else { return nil }
      remaining -= 1
      index += 1
      return ("h\(index)", SyntheticPopulation.household(&generator))
    }
  }

  /// Household sizes weighted roughly like social-assistance clients (many single persons).
  private static let sizes: [Int] = [1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 8]

  /// Day offsets: 2012-10-01 plus up to 14 years and 3 months.
  static func household(_ g: inout SplitMix64) -> EvaluationRequest {
    let year = 2012 + Int(g.below(15))
    let month = year == 2012 ? 10 + Int(g.below(3)) : 1 + Int(g.below(12))
    let day = 1 + Int(g.below(UInt64(CivilDate.daysIn(month: month, year: year))))
    let date = CivilDate(year, month, day)
    let persons = sizes[Int(g.below(UInt64(sizes.count)))]
    // Criterion of the date (approximate by year, for shaping incomes only).
    let perPerson: Int64 = year >= 2025 ? 823 : year >= 2022 ? 600 : year >= 2019 ? 528 : year >= 2016 ? 514 : 456
    let single: Int64 = year >= 2025 ? 1010 : year >= 2022 ? 776 : year >= 2019 ? 701 : year >= 2016 ? 634 : 542
    let limit = persons == 1 ? single : perPerson * Int64(persons)
    // Income: 0–250 % of the limit, a third of households within ±10 % of it.
    let share: Int64 = g.below(3) == 0 ? 90 + Int64(g.below(21)) : Int64(g.below(251))
    let income = Money(grosze: limit * share + Int64(g.below(100)))
    let alimony = g.below(20) == 0 ? Money(grosze: Int64(g.below(50_000))) : .zero
    let farmland = g.below(15) == 0 ? Hectares(tenThousandths: Int64(g.below(60_000))) : .zero
    let age = 18 + Int(g.below(75))
    let sex: Sex = g.below(2) == 0 ? .female : .male
    let disabilityRoll = g.below(10)
    let disability: DisabilityDegree =
      disabilityRoll == 0
      ? .severe
      : disabilityRoll == 1
        ? .moderate
        : disabilityRoll == 2 ? .light : .none
    let ownIncome = persons == 1 ? nil : Money(grosze: income.grosze / Int64(persons) * Int64(g.below(3)) / 2)
    var reasons = ReasonSet()
    let allReasons = AssistanceReason.allCases
    for _ in 0..<Int(g.below(3)) { reasons.insert(allReasons[Int(g.below(UInt64(allReasons.count)))]) }
    if g.below(4) == 0 { reasons.insert(.poverty) }
    var municipality = ""
    var care: CareRequest?
    let careRoll = g.below(10)
    if year == 2023 && g.below(4) == 0 {
      municipality = "sopot-2023"
    } else if g.below(8) == 0 {
      municipality = "lipnica-murowana-2005"
    }
    if careRoll == 0 {
      care = CareRequest(
        kind: .mental, hours: CareHours(hundredths: Int64(g.below(6_000))),
        hourlyCost: Money(grosze: 3_500 + Int64(g.below(400))))
    } else if careRoll == 1 && municipality == "lipnica-murowana-2005" {
      care = CareRequest(
        kind: .standard, hours: CareHours(hundredths: Int64(g.below(8_000))),
        hourlyCost: Money(grosze: 2_300 + Int64(g.below(1_500))))
    }
    return EvaluationRequest(
      date: date, persons: persons, income: income, alimonyPaid: alimony, farmland: farmland,
      municipality: municipality,
      applicant: Applicant(age: age, sex: sex, disability: disability, ownIncome: ownIncome),
      reasons: reasons, care: care)
  }
}

/// Writes requests as input rows of `pomoc evaluate` (the contract's columns, in order).
public enum HouseholdRecordWriter {
  /// The CSV header line (with `\n`).
  public static var csvHeader: [UInt8] {
    Array((HouseholdColumn.allCases.map(\.name).joined(separator: ",") + "\n").utf8)
  }

  /// Appends one CSV row.
  public static func appendCSV(id: String, _ request: EvaluationRequest, to out: inout [UInt8]) {
    func text(_ value: String) { out.append(contentsOf: value.utf8) }
    func comma() { out.append(UInt8(ascii: ",")) }
    text(id); comma()
    text(request.date.description); comma()
    text(String(request.persons)); comma()
    request.income.appendDecimal(to: &out); comma()
    if request.alimonyPaid != .zero { request.alimonyPaid.appendDecimal(to: &out) }
    comma()
    if request.farmland != .zero { text(request.farmland.description) }
    comma()
    text(request.municipality); comma()
    text(String(request.applicant.age)); comma()
    text(request.applicant.sex?.rawValue ?? ""); comma()
    text(request.applicant.disability.rawValue); comma()
    if let own = request.applicant.ownIncome { own.appendDecimal(to: &out) }
    comma()
    text(request.reasons.map(\.rawValue).joined(separator: ";")); comma()
    if let care = request.care {
      text(care.kind.rawValue); comma()
      text(care.hours.description); comma()
      care.hourlyCost.appendDecimal(to: &out)
    } else {
      comma(); comma()
    }
    out.append(UInt8(ascii: "\n"))
  }
}
