/// Evaluates many households on all cores, with Swift concurrency.
///
/// Outcomes are written at the index of their household, so the output is identical for any
/// degree of concurrency and any scheduling. A successful household allocates nothing (errors
/// carry text, so they allocate); explanations are not recorded (use ``Evaluator`` with a
/// ``Trace`` for one household).
///
///     let batch = BatchEvaluator()
///     let outcomes = await batch.evaluate(requests)     // [Result<EvaluationResult, PomocError>]
///
///     let results = EvaluationResults()                  // allocated once …
///     for year in 2020...2025 {                          // … reused for every run
///       let failures = await batch.evaluate(population(year), into: results)
///     }
///
/// Work is split into chunks of ``chunkSize`` households; at most ``maximumConcurrency`` child
/// tasks run them, on the cooperative thread pool (one thread per core).
public struct BatchEvaluator: Sendable {
  /// The law applied to every household.
  public let evaluator: Evaluator
  /// The most child tasks evaluating at once (1: one after the other, on one thread).
  public let maximumConcurrency: Int
  /// Households per unit of work.
  public let chunkSize: Int

  /// Creates a batch evaluator.
  ///
  /// - Parameters:
  ///   - evaluator: the law (by default the bundled one).
  ///   - maximumConcurrency: the most tasks at once; the thread pool never runs more than one
  ///     per core, so the default keeps every core busy. Values below 1 count as 1.
  ///   - chunkSize: households per unit of work (values below 1 count as 1).
  public init(evaluator: Evaluator = Evaluator(), maximumConcurrency: Int = 64, chunkSize: Int = 4096) {
    self.evaluator = evaluator
    self.maximumConcurrency = max(1, maximumConcurrency)
    self.chunkSize = max(1, chunkSize)
  }

  /// Evaluates `requests`; one outcome per request, in the same order.
  public func evaluate(_ requests: [EvaluationRequest]) async -> [Result<EvaluationResult, PomocError>] {
    var outcomes: [Result<EvaluationResult, PomocError>] = []
    outcomes.reserveCapacity(requests.count)
    // Windows of outcomes are written in place (each task touches only its own rows) into one
    // small buffer that stays in cache, then appended: fresh memory is touched once, by the array.
    let window = Swift.min(requests.count, Swift.max(chunkSize, 1 << 16))
    let buffer = UnsafeMutableBufferPointer<Result<EvaluationResult, PomocError>>.allocate(
      capacity: Swift.max(window, 1))
    defer { buffer.deallocate() }
    nonisolated(unsafe) let output = buffer
    let evaluator = self.evaluator
    var start = 0
    while start < requests.count {
      let end = Swift.min(requests.count, start + window)
      let offset = start
      _ = await forEachChunk(of: end - start) { _, rows in
        requests.withUnsafeBufferPointer { input in
          var trace = NoTrace()
          var result = EvaluationResult.unevaluated
          for row in rows {
            do {
              try withUnsafeMutablePointer(to: &result) {
                try evaluator.evaluate(at: input.baseAddress! + offset + row, initializing: $0, trace: &trace)
              }
              (output.baseAddress! + row).initialize(to: .success(result))
            } catch {
              (output.baseAddress! + row).initialize(to: .failure(PomocError(wrapping: error)))
            }
          }
        }
      }
      let filled = UnsafeMutableBufferPointer(rebasing: buffer[0..<(end - start)])
      outcomes.append(contentsOf: filled)
      filled.deinitialize()
      start = end
    }
    return outcomes
  }

  /// The fastest form: results written in place into `results`, which is resized to
  /// `requests.count` (reusing its memory when it is large enough). A household that cannot be
  /// evaluated gets ``EvaluationResult/unevaluated`` in its slot and is listed in the returned
  /// failures, in index order. Passing the same ``EvaluationResults`` to run after run is the
  /// fastest way to evaluate one population under many parameter sets.
  public func evaluate(_ requests: [EvaluationRequest], into results: EvaluationResults) async -> [BatchFailure] {
    results.prepare(count: requests.count)
    let evaluator = self.evaluator
    let parts = await forEachChunk(of: requests.count) { _, rows in
      requests.withUnsafeBufferPointer { input in
        var failures: [BatchFailure] = []
        var trace = NoTrace()
        for row in rows {
          let slot = results.slot(row)
          do {
            try evaluator.evaluate(at: input.baseAddress! + row, initializing: slot, trace: &trace)
          } catch {
            slot.initialize(to: .unevaluated)
            failures.append(BatchFailure(index: row, error: PomocError(wrapping: error)))
          }
        }
        return failures
      }
    }
    return Array(parts.joined())
  }

  /// Evaluates any sequence in chunks, calling `body` with each chunk's outcomes in order:
  /// bounded memory for populations that do not fit in memory.
  ///
  /// The sequence is iterated and `body` is called on the caller's actor (`isolation`, by default
  /// the caller's own), so neither needs to be `Sendable`; only the evaluation runs on other threads.
  public func evaluate<S: Sequence>(
    _ requests: S, isolation: isolated (any Actor)? = #isolation,
    chunks body: ([Result<EvaluationResult, PomocError>]) throws -> Void
  ) async rethrows where S.Element == EvaluationRequest {
    var pending: [EvaluationRequest] = []
    let span = chunkSize * min(maximumConcurrency, 16) * 4
    pending.reserveCapacity(span)
    for request in requests {
      pending.append(request)
      if pending.count == span {
        try body(await evaluate(pending))
        pending.removeAll(keepingCapacity: true)
      }
    }
    if !pending.isEmpty { try body(await evaluate(pending)) }
  }

  /// Splits `count` rows into chunks and runs `work` for each (its number and its rows) in up to
  /// ``maximumConcurrency`` child tasks; returns the chunks' answers in chunk order.
  func forEachChunk<Part: Sendable>(
    of count: Int, _ work: @escaping @Sendable (_ chunk: Int, _ rows: Range<Int>) -> Part
  ) async -> [Part] {
    let chunk = chunkSize
    let chunks = (count + chunk - 1) / chunk
    guard chunks > 0 else { return [] }
    let rows: @Sendable (Int) -> Range<Int> = { index in (index * chunk)..<Swift.min(count, index * chunk + chunk) }
    let workers = min(maximumConcurrency, chunks)
    if workers == 1 { return (0..<chunks).map { work($0, rows($0)) } }
    return await withTaskGroup(of: [(Int, Part)].self) { group in
      for worker in 0..<workers {
        // Each task takes chunks by stride: chunk i goes to task i % workers.
        group.addTask {
          var answers: [(Int, Part)] = []
          var index = worker
          while index < chunks {
            answers.append((index, work(index, rows(index))))
            index += workers
          }
          return answers
        }
      }
      var ordered = [Part?](repeating: nil, count: chunks)
      for await answers in group {
        for (index, part) in answers { ordered[index] = part }
      }
      return ordered.map { $0! }   // every chunk index was answered by exactly one task
    }
  }
}

/// A household of a batch that could not be evaluated: its index and why.
public struct BatchFailure: Hashable, Sendable, Codable {
  /// The household's position in the batch.
  public var index: Int
  /// Why the rules could not be applied.
  public var error: PomocError

  /// Creates a failure record.
  public init(index: Int, error: PomocError) {
    self.index = index
    self.error = error
  }
}
