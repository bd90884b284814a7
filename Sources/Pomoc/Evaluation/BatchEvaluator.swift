#if canImport(Dispatch)
import Dispatch
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The outcome of one household in a batch: a result, or the error that stopped it.
public enum BatchOutcome: Sendable {
  case success(EvaluationResult)
  case failure(PomocError)

  /// The result, or `nil` for a failure.
  public var result: EvaluationResult? {
    if case .success(let result) = self { return result }
    return nil
  }

  /// The error, or `nil` for a success.
  public var error: PomocError? {
    if case .failure(let error) = self { return error }
    return nil
  }
}

/// Evaluates many households across all cores.
///
/// Outcomes are written at the index of their household, so the output is identical for any
/// number of threads and any scheduling. A successful household allocates nothing (errors
/// carry text, so they allocate); explanations are not recorded (use ``Evaluator`` with a
/// ``Trace`` for one household).
///
///     let batch = BatchEvaluator(threads: 8)
///     let outcomes = batch.evaluate(requests)          // [BatchOutcome], in input order
public struct BatchEvaluator: Sendable {
  public let evaluator: Evaluator
  public let threads: Int
  /// Households per unit of work handed to a thread.
  public let chunkSize: Int

  /// Processors available to this process.
  public static var processorCount: Int {
    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
    return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    #else
    return 1
    #endif
  }

  public init(evaluator: Evaluator = Evaluator(), threads: Int = BatchEvaluator.processorCount, chunkSize: Int = 4096) {
    self.evaluator = evaluator
    self.threads = max(1, threads)
    self.chunkSize = max(1, chunkSize)
  }

  /// Evaluates `requests` into `outcomes` (same count; the memory must be uninitialized).
  public func evaluate(_ requests: UnsafeBufferPointer<EvaluationRequest>,
                       initializing outcomes: UnsafeMutableBufferPointer<BatchOutcome>) {
    precondition(requests.count == outcomes.count, "one outcome per request")
    let evaluator = self.evaluator
    nonisolated(unsafe) let input = requests
    nonisolated(unsafe) let output = outcomes
    forEachChunk(of: requests.count) { _, rows in
      var trace = NoTrace()
      var result = EvaluationResult.unevaluated   // trivial: evaluated into in place, then copied once
      for position in rows {
        do {
          try withUnsafeMutablePointer(to: &result) {
            try evaluator.evaluate(at: input.baseAddress! + position, initializing: $0, trace: &trace)
          }
          (output.baseAddress! + position).initialize(to: .success(result))
        } catch {
          (output.baseAddress! + position).initialize(to: .failure(PomocError(wrapping: error)))
        }
      }
    }
  }

  /// The fastest form: results written in place into `results` (same count, uninitialized
  /// memory; every slot is initialized on return). A household that cannot be evaluated gets
  /// ``EvaluationResult/unevaluated`` in its slot and its error in the returned list, in
  /// index order. `EvaluationResult` holds no references, so the same buffer may be passed
  /// again for another run (overwriting is initializing): the fastest way to evaluate one
  /// population under many parameter sets.
  public func evaluate(_ requests: UnsafeBufferPointer<EvaluationRequest>,
                       initializingResults results: UnsafeMutableBufferPointer<EvaluationResult>)
    -> [(index: Int, error: PomocError)]
  {
    precondition(requests.count == results.count, "one result per request")
    let evaluator = self.evaluator
    nonisolated(unsafe) let input = requests
    nonisolated(unsafe) let output = results
    // Errors per chunk, merged in order afterwards (each chunk writes only its own slot).
    let chunks = (requests.count + chunkSize - 1) / chunkSize
    let errors = UnsafeMutableBufferPointer<[(index: Int, error: PomocError)]>.allocate(capacity: max(chunks, 1))
    errors.initialize(repeating: [])
    defer { errors.deinitialize().deallocate() }
    nonisolated(unsafe) let errorSlots = errors
    forEachChunk(of: requests.count) { chunk, rows in
      var trace = NoTrace()
      for position in rows {
        do {
          try evaluator.evaluate(at: input.baseAddress! + position, initializing: output.baseAddress! + position, trace: &trace)
        } catch {
          (output.baseAddress! + position).initialize(to: .unevaluated)
          errorSlots[chunk].append((position, PomocError(wrapping: error)))
        }
      }
    }
    return Array(errors.joined())
  }

  /// Splits `count` rows into chunks of ``chunkSize`` and runs `body` for each chunk (its
  /// number and its rows) on up to ``threads`` threads; every chunk touches only its own rows.
  func forEachChunk(of count: Int, _ body: @escaping @Sendable (_ chunk: Int, _ rows: Range<Int>) -> Void) {
    let chunk = chunkSize
    Self.run((count + chunk - 1) / chunk, threads: threads) { index in
      body(index, (index * chunk)..<min(count, index * chunk + chunk))
    }
  }

  /// Evaluates an array of requests; outcomes in the same order.
  public func evaluate(_ requests: [EvaluationRequest]) -> [BatchOutcome] {
    requests.withUnsafeBufferPointer { input in
      [BatchOutcome](unsafeUninitializedCapacity: input.count) { buffer, count in
        evaluate(input, initializing: buffer)
        count = input.count
      }
    }
  }

  /// Evaluates any sequence in chunks of `chunkSize`, calling `body` with each chunk's
  /// outcomes in order: bounded memory for populations that do not fit in memory.
  public func evaluate<S: Sequence>(_ requests: S, body: ([BatchOutcome]) throws -> Void) rethrows
  where S.Element == EvaluationRequest {
    var pending: [EvaluationRequest] = []
    let span = chunkSize * threads * 4
    pending.reserveCapacity(span)
    for request in requests {
      pending.append(request)
      if pending.count == span {
        try body(evaluate(pending))
        pending.removeAll(keepingCapacity: true)
      }
    }
    if !pending.isEmpty { try body(evaluate(pending)) }
  }

  /// Runs `count` work items on up to `threads` threads.
  static func run(_ count: Int, threads: Int, _ work: @escaping @Sendable (Int) -> Void) {
    guard count > 0 else { return }
    #if canImport(Dispatch)
    if threads > 1 && count > 1 {
      let workers = min(threads, count)
      // Each worker takes items by stride: item i goes to worker i % workers.
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var item = worker
        while item < count {
          work(item)
          item += workers
        }
      }
      return
    }
    #endif
    for item in 0..<count { work(item) }
  }
}
