/// Results of a batch, written in place by ``BatchEvaluator/evaluate(_:into:)`` and reused from
/// run to run: the memory is allocated once (and grown when a larger batch comes), so evaluating
/// one population under many parameter sets touches no new memory.
///
/// A collection of ``EvaluationResult``s in the order of the requests. Read it after the batch
/// call returns; do not read it while another batch call is writing into it.
public final class EvaluationResults: RandomAccessCollection, @unchecked Sendable {
  // The one unsafe buffer of the batch API: child tasks write disjoint slots of it while the
  // batch call holds it. `EvaluationResult` holds no references, so slots need no
  // deinitialization and overwriting a slot is initializing it.
  private var base: UnsafeMutablePointer<EvaluationResult>
  private var capacity: Int
  /// The number of results of the last batch.
  public private(set) var count = 0

  /// Creates an empty buffer; `minimumCapacity` results are allocated at once.
  public init(minimumCapacity: Int = 0) {
    capacity = Swift.max(1, minimumCapacity)
    base = .allocate(capacity: capacity)
  }

  deinit { base.deallocate() }

  /// The first index (0).
  public var startIndex: Int { 0 }
  /// One past the last result.
  public var endIndex: Int { count }

  /// The result of household `index` (``EvaluationResult/unevaluated`` for a failure).
  public subscript(index: Int) -> EvaluationResult {
    precondition(index >= 0 && index < count, "index out of range")
    return base[index]
  }

  /// Makes room for `count` results (keeping the allocation when it is large enough).
  func prepare(count newCount: Int) {
    if newCount > capacity {
      base.deallocate()
      capacity = newCount
      base = .allocate(capacity: capacity)
    }
    count = newCount
  }

  /// The memory of slot `index`, for the batch's tasks.
  func slot(_ index: Int) -> UnsafeMutablePointer<EvaluationResult> { base + index }
}
