import MallocCounter
import Pomoc

enum Quick {
  static func run() {
    let population = Array(SyntheticPopulation(count: 1_000_000, seed: 1).map(\.request))
    let evaluator = Evaluator()
    var ok = 0
    let clock = ContinuousClock()
    let a0 = pomoc_malloc_count()
    let elapsed = clock.measure {
      for r in population {
        if (try? evaluator.evaluate(r)) != nil { ok += 1 }
      }
    }
    let a1 = pomoc_malloc_count()
    Output.print("ok \(ok) time \(elapsed) allocations \(a1 - a0) counter active \(pomoc_malloc_counter_active())")
  }
}
