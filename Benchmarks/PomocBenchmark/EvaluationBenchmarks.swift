import Pomoc

/// In-memory evaluation through the library's APIs.
extension BenchmarkSuite {
  mutating func addEvaluationBenchmarks(size: Int, threads: Int) {
    let requests = Array(SyntheticPopulation(count: size, seed: 2026).map(\.request))
    let evaluator = Evaluator()
    var outcomes = [BatchOutcome]()
    outcomes.reserveCapacity(size)

    let batch = BatchEvaluator(evaluator: evaluator, threads: threads)
    measure("BatchEvaluator.evaluate(buffer)", size: size, threads: threads) {
      requests.withUnsafeBufferPointer { input in
        let output = UnsafeMutableBufferPointer<BatchOutcome>.allocate(capacity: input.count)
        batch.evaluate(input, initializing: output)
        blackHole(output[output.count / 2].result?.permanent)
        output.deinitialize().deallocate()   // releases the error boxes of failed households
      }
    }

    measure("BatchEvaluator.evaluate(results)", size: size, threads: threads) {
      requests.withUnsafeBufferPointer { input in
        let output = UnsafeMutableBufferPointer<EvaluationResult>.allocate(capacity: input.count)
        let errors = batch.evaluate(input, initializingResults: output)
        blackHole(output[output.count / 2].permanent)
        blackHole(errors.count)
        output.deallocate()   // EvaluationResult holds no references: nothing to deinitialize
      }
    }

    // The same, into one output buffer reused from run to run (as a host program evaluating
    // many parameter sets or years over one population does): no page faults on fresh memory.
    let reused = UnsafeMutableBufferPointer<EvaluationResult>.allocate(capacity: requests.count)
    reused.initialize(repeating: .unevaluated)
    defer { reused.deallocate() }
    measure("BatchEvaluator.evaluate(results), reused output", size: size, threads: threads) {
      requests.withUnsafeBufferPointer { input in
        let errors = batch.evaluate(input, initializingResults: reused)   // trivial type: overwriting is initializing
        blackHole(reused[reused.count / 2].permanent)
        blackHole(errors.count)
      }
    }

    let single = BatchEvaluator(evaluator: evaluator, threads: 1)
    measure("BatchEvaluator.evaluate(buffer)", size: size, threads: 1) {
      requests.withUnsafeBufferPointer { input in
        let output = UnsafeMutableBufferPointer<BatchOutcome>.allocate(capacity: input.count)
        single.evaluate(input, initializing: output)
        blackHole(output[output.count / 2].result?.permanent)
        output.deinitialize().deallocate()
      }
    }

    if size <= 1_000_000 {
      let columns = HouseholdColumns(requests)
      measure("BatchEvaluator.evaluate(columns)", size: size, threads: threads) {
        blackHole(batch.evaluate(columns).permanent.last)
      }
    }
    blackHole(outcomes.count)
  }
}

@inline(never) func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }
