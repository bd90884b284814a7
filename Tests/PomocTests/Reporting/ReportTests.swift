import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

@Suite("Population report and scenario comparison")
struct ReportTests {
  /// Three households whose results are worked out elsewhere in the tests:
  /// a: 2025, 3 persons, H 2100, own 700, age 70 → periodic 184.50, permanent 369.90;
  /// b: 2025, single, income 500, unemployed, age 45 → periodic (1010 − 500) / 2 = 255.00, no permanent;
  /// c: 2011 → date_out_of_range (an error row).
  static let population = [
    household(
      "2025-03-01", persons: 3, income: "2100.00", age: 70, sex: .female, ownIncome: "700.00", reasons: [.disability]),
    household("2025-02-01", income: "500.00", age: 45, sex: .male, reasons: [.unemployment]),
    household("2011-01-01", income: "1"),
  ]

  @Test("Totals and sums are exact")
  func totals() async {
    var report = PopulationReport()
    let outcomes = await BatchEvaluator(maximumConcurrency: 2).evaluate(Self.population)
    for (request, outcome) in zip(Self.population, outcomes) { report.add(request, outcome) }
    #expect(report.total.households == 3 && report.total.persons == 5 && report.total.errors == 1)
    #expect(report.total.periodic == 2 && report.total.periodicSum == m("439.50"))   // 184.50 + 255.00
    #expect(report.total.permanent == 1 && report.total.permanentSum == m("369.90"))
    #expect(report.total.cashEligible == 2 && report.total.cashEligiblePersons == 4)
    #expect(report.bySize[1]?.households == 2 && report.bySize[3]?.households == 1)
    #expect(report.byReason[.unemployment]?.periodicSum == m("255.00"))
    #expect(report.csv().contains("1_overall,all,periodic_sum,439.50\n"))
  }

  @Test("Every breakdown adds up to the total")
  func breakdownsAddUp() async {
    let requests = Array(SyntheticPopulation(count: 3_000, seed: 9).map(\.request))
    var report = PopulationReport()
    for (request, outcome) in zip(requests, await BatchEvaluator(maximumConcurrency: 2).evaluate(requests)) {
      report.add(request, outcome)
    }
    for breakdown in [Array(report.byYear.values), Array(report.bySize.values)] {
      #expect(breakdown.reduce(0) { $0 + $1.households } == report.total.households)
      #expect(breakdown.reduce(0) { $0 + $1.periodicSum.grosze } == report.total.periodicSum.grosze)
      #expect(breakdown.reduce(0) { $0 + $1.permanentSum.grosze } == report.total.permanentSum.grosze)
      #expect(breakdown.reduce(0) { $0 + $1.errors } == report.total.errors)
    }
  }

  @Test("2024 vs 2025 criteria: a single person with 900 zł gains eligibility")
  func compare() async throws {
    // 900 > 776 (2024) but ≤ 1010 (2025); with unemployment: periodic (1010 − 900) / 2 = 55.00.
    let base = household("2024-06-01", income: "900.00", age: 40, sex: .male, reasons: [.unemployment])
    var reform = base
    reform.date = d("2025-06-01")
    var comparison = ScenarioComparison()
    comparison.add(
      base: await BatchEvaluator().evaluate([base])[0], reform: await BatchEvaluator().evaluate([reform])[0])
    #expect(comparison.changes["within_criterion"]?.gained == 1)
    #expect(comparison.changes["periodic"]?.costChange == m("55.00"))
    #expect(comparison.csv().contains("periodic,0,1,1,0,0.00,55.00,55.00\n"))
  }
}

@Suite("Batch API")
struct BatchEvaluatorTests {
  static let requests = Array(SyntheticPopulation(count: 20_000, seed: 3).map(\.request))

  static func same(_ a: Result<EvaluationResult, PomocError>, _ b: Result<EvaluationResult, PomocError>) -> Bool {
    switch (a, b) {
    case (.success(let x), .success(let y)): return x == y
    case (.failure(let x), .failure(let y)): return x == y
    default: return false
    }
  }

  @Test("Identical outcomes for 1, 2, 3 and 8 threads and any chunk size")
  func determinism() async {
    let reference = await BatchEvaluator(maximumConcurrency: 1).evaluate(Self.requests)
    for (threads, chunk) in [(2, 4096), (3, 7), (8, 1000)] {
      let outcomes = await BatchEvaluator(maximumConcurrency: threads, chunkSize: chunk).evaluate(Self.requests)
      #expect(outcomes.count == reference.count)
      #expect(zip(outcomes, reference).allSatisfy { Self.same($0, $1) })
    }
  }

  @Test("Batch = one by one")
  func batchEqualsSingle() async {
    let evaluator = Evaluator()
    let outcomes = await BatchEvaluator(evaluator: evaluator, maximumConcurrency: 2).evaluate(Self.requests)
    for (request, outcome) in zip(Self.requests, outcomes) {
      let single: Result<EvaluationResult, PomocError>
      do { single = .success(try evaluator.evaluate(request)) } catch { single = .failure(error.pomoc) }
      #expect(Self.same(single, outcome))
    }
  }

  @Test("Columns give the same results as rows; sequences stream in order")
  func columnsAndSequences() async throws {
    let rows = Array(Self.requests.prefix(2_000))
    let outcomes = await BatchEvaluator(maximumConcurrency: 2).evaluate(rows)
    let columns = try await BatchEvaluator(maximumConcurrency: 2).evaluate(HouseholdColumns(rows))
    for (index, outcome) in outcomes.enumerated() {
      #expect(
        (try? outcome.get().permanent) ?? .zero == (columns.error[index] == nil ? columns.permanent[index] : .zero))
      #expect(((try? outcome.get()) != nil) == (columns.error[index] == nil))
    }
    var streamed: [Result<EvaluationResult, PomocError>] = []
    await BatchEvaluator(maximumConcurrency: 2, chunkSize: 64).evaluate(rows.lazy.map { $0 }) { streamed += $0 }
    #expect(streamed.count == rows.count && zip(streamed, outcomes).allSatisfy { Self.same($0, $1) })
  }
}

@Suite("Batch API, in place")
struct InPlaceBatchTests {
  @Test("Results written in place equal the outcomes; errors listed by index in order")
  func inPlace() async {
    let requests =
      Array(SyntheticPopulation(count: 5_000, seed: 21).map(\.request)) + [household("2011-01-01", income: "1")]
    let outcomes = await BatchEvaluator(maximumConcurrency: 1).evaluate(requests)
    for threads in [1, 2, 3] {
      let results = EvaluationResults()
      let failures = await BatchEvaluator(maximumConcurrency: threads, chunkSize: 97).evaluate(requests, into: results)
      #expect(failures.map(\.index) == outcomes.indices.filter { (try? outcomes[$0].get()) == nil })
      #expect(failures.last?.error.code == .dateOutOfRange)
      #expect(results.count == requests.count)
      for (index, outcome) in outcomes.enumerated() {
        #expect(results[index] == ((try? outcome.get()) ?? .unevaluated))
      }
    }
  }

  /// The benchmark's "reused output" and the documented use for many parameter sets: one
  /// buffer, filled under another date first, then again: no stale value survives.
  @Test("A result buffer reused from an earlier run holds only the new results")
  func reusedBuffer() async {
    let requests =
      Array(SyntheticPopulation(count: 3_000, seed: 22).map(\.request)) + [household("2011-01-01", income: "1")]
    let outcomes = await BatchEvaluator(maximumConcurrency: 1).evaluate(requests)
    let other = requests.map {
      var moved = $0; moved.date = d("2013-03-01"); return moved
    }
    let results = EvaluationResults()
    let batch = BatchEvaluator(maximumConcurrency: 2, chunkSize: 101)
    _ = await batch.evaluate(other + other, into: results)   // larger first: the memory is kept
    let failures = await batch.evaluate(requests, into: results)
    #expect(results.count == requests.count)
    #expect(failures.map(\.index) == outcomes.indices.filter { (try? outcomes[$0].get()) == nil })
    for (index, outcome) in outcomes.enumerated() {
      #expect(results[index] == ((try? outcome.get()) ?? .unevaluated))
    }
  }
}

@Suite("Batch API, caller's isolation")
struct BatchIsolationTests {
  /// A lazy sequence and a closure made on the main actor (as top-level code makes them) are used
  /// there: neither is Sendable, and Swift 6 traps at run time if either runs elsewhere.
  @MainActor
  @Test("Chunks of a sequence made on the main actor are delivered on it")
  func mainActorSequence() async {
    let rows = Array(SyntheticPopulation(count: 1_000, seed: 5).map(\.request))
    var seen = 0
    let lazy = rows.lazy.map { request -> EvaluationRequest in
      MainActor.assertIsolated()
      return request
    }
    await BatchEvaluator(maximumConcurrency: 2, chunkSize: 50).evaluate(lazy) { chunk in
      MainActor.assertIsolated()
      seen += chunk.count
    }
    #expect(seen == 1_000)
  }
}
