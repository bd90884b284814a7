import Pomoc
import PomocTestSupport

/// In-memory evaluation through the library's APIs.
extension BenchmarkSuite {
  mutating func addEvaluationBenchmarks(size: Int, threads: Int) async {
    let requests = Array(SyntheticPopulation(count: size, seed: 2026).map(\.request))
    let evaluator = Evaluator()

    let batch = BatchEvaluator(evaluator: evaluator, maximumConcurrency: threads)
    await measure("BatchEvaluator.evaluate(array) → [Result]", size: size, threads: threads) {
      let outcomes = await batch.evaluate(requests)
      blackHole(try? outcomes[outcomes.count / 2].get().permanent)
    }

    await measure("BatchEvaluator.evaluate(_:into:), fresh output", size: size, threads: threads) {
      let output = EvaluationResults(minimumCapacity: requests.count)
      let failures = await batch.evaluate(requests, into: output)
      blackHole(output[output.count / 2].permanent)
      blackHole(failures.count)
    }

    // The same, into one output buffer reused from run to run (as a host program evaluating
    // many parameter sets or years over one population does): no page faults on fresh memory.
    let reused = EvaluationResults(minimumCapacity: requests.count)
    _ = await batch.evaluate(requests, into: reused)
    await measure("BatchEvaluator.evaluate(_:into:), reused output", size: size, threads: threads) {
      let failures = await batch.evaluate(requests, into: reused)
      blackHole(reused[reused.count / 2].permanent)
      blackHole(failures.count)
    }

    let single = BatchEvaluator(evaluator: evaluator, maximumConcurrency: 1)
    await measure("BatchEvaluator.evaluate(array) → [Result]", size: size, threads: 1) {
      let outcomes = await single.evaluate(requests)
      blackHole(try? outcomes[outcomes.count / 2].get().permanent)
    }

    if size <= 1_000_000 {
      let columns = HouseholdColumns(requests)
      await measure("BatchEvaluator.evaluate(columns)", size: size, threads: threads) {
        blackHole(try? await batch.evaluate(columns).permanent.last)
      }
    }
  }
}

@inline(never) func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }
