import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

/// Properties checked over deterministic pseudo-random households (SplitMix64, fixed seeds):
/// no dependency, the same cases on every run.
@Suite("Properties")
struct PropertyTests {
  /// A random household shape (everything but income), valid by construction.
  static func shape(_ g: inout SplitMix64) -> EvaluationRequest {
    var request = SyntheticPopulation(count: 1, seed: g.next()).first(where: { _ in true })!.request
    request.income = .zero
    request.alimonyPaid = .zero
    request.farmland = .zero
    if request.persons > 1 { request.applicant.ownIncome = .zero }
    return request
  }

  /// Incomes from 0 to 6000 zł in uneven steps, plus every criterion edge ± 1 gr.
  static let incomes: [Money] = {
    var values = stride(from: Int64(0), through: 600_000, by: 1_337).map { Money(grosze: $0) }
    for criterion: Int64 in [542, 634, 701, 776, 1010, 456, 514, 528, 600, 823] {
      for n: Int64 in 1...6 {
        for delta: Int64 in -1...1 { values.append(Money(grosze: criterion * 100 * n + delta)) }
      }
    }
    return values.filter { $0 >= .zero }.sorted()
  }()

  /// Outcomes across the income sweep (errors are skipped: they do not depend on income).
  static func sweep(_ base: EvaluationRequest) -> [(Money, EvaluationResult)] {
    Self.incomes.compactMap { income in
      var request = base
      request.income = income
      return (try? evaluator.evaluate(request)).map { (income, $0) }
    }
  }

  @Test("Zasiłek stały and the guaranteed part of zasiłek okresowy never rise with income")
  func monotoneAmounts() {
    var g = SplitMix64(seed: 11)
    for _ in 0..<150 {
      let results = Self.sweep(Self.shape(&g))
      for (previous, next) in zip(results, results.dropFirst()) {
        #expect(next.1.permanent <= previous.1.permanent, "permanent rose from \(previous.0) to \(next.0)")
        #expect(
          next.1.periodicMinimum <= previous.1.periodicMinimum || previous.1.periodicMinimum == .zero,
          "periodic rose from \(previous.0) to \(next.0)")
      }
    }
  }

  @Test("Care fees never fall when income rises")
  func monotoneFees() {
    var g = SplitMix64(seed: 12)
    for _ in 0..<150 {
      var base = Self.shape(&g)
      base.care = CareRequest(
        kind: g.below(2) == 0 ? .mental : .standard, hours: CareHours(hundredths: 4_000),
        hourlyCost: Money(grosze: 3_000))
      if base.care?.kind == .standard { base.municipality = "lipnica-murowana-2005" }
      if base.date < d("2012-10-01") { continue }
      let results = Self.sweep(base)
      for (previous, next) in zip(results, results.dropFirst()) {
        if let a = previous.1.careFeePercent, let b = next.1.careFeePercent {
          #expect(b >= a, "fee % fell from \(previous.0) to \(next.0)")
          #expect(next.1.careFee! >= previous.1.careFee!)
        }
      }
    }
  }

  @Test("Eligibility flips exactly once across income (within the criterion, then not)")
  func singleFlip() {
    var g = SplitMix64(seed: 13)
    for _ in 0..<150 {
      let results = Self.sweep(Self.shape(&g))
      for flag in [\EvaluationResult.withinCriterion, \.targetedEligible] {
        let values = results.map { $0.1[keyPath: flag] }
        let flips = zip(values, values.dropFirst()).filter { $0 != $1 }.count
        #expect(flips <= 1)
        #expect(values.first != false || flips == 0)   // never false → true
      }
      let meal = results.compactMap { $0.1.mealEligible }
      #expect(zip(meal, meal.dropFirst()).filter { $0 != $1 }.count <= 1)
    }
  }

  @Test("Money survives printing and parsing for random amounts")
  func moneyRoundTrip() {
    var g = SplitMix64(seed: 14)
    for _ in 0..<20_000 {
      let money = Money(grosze: Int64(g.below(UInt64(Money.inputLimit.grosze) + 1)))
      #expect(Money(money.description) == money)
    }
  }

  @Test("One output row per input line, whatever the lines")
  func rowCount() throws {
    var g = SplitMix64(seed: 15)
    let fragments = [
      "a", "2025-01-01", "1", "100.00", ",", "\"", "\"\"", ";", "poverty", "-1", "2023-02-30", "ą", "\r", "x,y", "",
    ]
    var lines: [String] = []
    for index in 0..<2_000 {
      var line = "r\(index)"
      for _ in 0..<Int(g.below(20)) { line += fragments[Int(g.below(UInt64(fragments.count)))] }
      if g.below(3) == 0 { line = "r\(index),2025-01-01,1,\(g.below(300_000)),,,,,,,,,,," }
      lines.append(line)
    }
    let input = inputHeader + "\n" + lines.joined(separator: "\n") + "\n"
    let nonBlank = lines.filter { !$0.isEmpty && $0 != "\r" }.count
    for threads in [1, 2] {
      let (output, summary) = try runBulk(input, threads: threads, batchSize: 7, chunkSize: 333)
      #expect(summary.records == nonBlank)
      #expect(output.split(separator: "\n", omittingEmptySubsequences: false).count - 2 == nonBlank)
    }
  }
}

@Suite("Arithmetic safety")
struct ArithmeticSafetyTests {
  @Test("The largest accepted inputs compute without trapping")
  func largestInputs() throws {
    // 1 000 000 000.00 zł, 100 000 ha, 744 h at 1 000 000 000.00 zł/h, 50 persons.
    let request = EvaluationRequest(
      date: d("2025-06-01"), persons: 50, income: Money.inputLimit, alimonyPaid: .zero,
      farmland: Hectares.inputLimit,
      applicant: Applicant(age: 130, sex: .male, disability: .severe, ownIncome: Money.inputLimit),
      reasons: ReasonSet([.other]),
      care: CareRequest(kind: .mental, hours: CareHours.monthlyLimit, hourlyCost: Money.inputLimit))
    let result = try evaluate(request)
    // 100 % fee (income far above 600 %): 1e9 zł × 744 h = 744 000 000 000.00 zł.
    #expect(result.careFee == Money(grosze: 74_400_000_000_000))
    #expect(result.permanent == .zero && !result.withinCriterion)
  }

  @Test(
    "Amounts beyond the limits through the API give arithmetic_overflow, never a trap",
    arguments: [
      Int64.max, Int64.max / 2, Int64.max / 10_000 + 1,
    ])
  func overflow(grosze: Int64) {
    let request = EvaluationRequest(
      date: d("2025-06-01"), persons: 50, income: Money(grosze: grosze),
      care: CareRequest(kind: .mental, hours: CareHours(hundredths: .max), hourlyCost: Money(grosze: grosze)))
    #expect(errorCode(request) == "arithmetic_overflow")
  }

  @Test("Enormous staffing figures through the API are invalid input, not a trap")
  func staffing() {
    var trace = NoTrace()
    for request in [
      StaffingRequest(
        date: d("2024-01-01"), norm: .socialWorkers, residents: .max, familiesInSocialWork: 1,
        staff: FullTimeEquivalent(whole: 3)),
      StaffingRequest(
        date: d("2024-01-01"), norm: .fosterCareCoordinator, families: .max, staff: FullTimeEquivalent(whole: 3)),
      StaffingRequest(
        date: d("2024-01-01"), norm: .dpsCareStaff, residents: .max, careHomeType: .elderly,
        staff: FullTimeEquivalent(whole: 3)),
      StaffingRequest(
        date: d("2024-01-01"), norm: .occupationalTherapyWorkshop, participants: 5,
        staff: FullTimeEquivalent(tenThousandths: .max)),
    ] {
      #expect(throws: PomocError.self) { try StaffingRules.assess(request, trace: &trace) }
    }
  }

  @Test("Out-of-range household sizes are invalid, not a trap", arguments: [0, -1, 51, Int.max, Int.min])
  func persons(persons: Int) {
    #expect(
      errorCode(EvaluationRequest(date: d("2025-01-01"), persons: persons, income: .zero)) == "invalid_field:persons")
  }
}
