import PomocFormats

#if canImport(Dispatch)
import Dispatch
#endif

/// The tool's worker threads: the formats and the rules start none, the tool lends its own.
enum WorkerThreads {
  /// Runs the pieces on up to `count` threads at once and returns when all are done.
  static let parallelLoop: ParallelLoop = { count, body in
    #if canImport(Dispatch)
    DispatchQueue.concurrentPerform(iterations: count, execute: body)
    #else
    for piece in 0..<count { body(piece) }
    #endif
  }
}
