import Pomoc
import PomocFormats

/// `pomoc evaluate [--format csv|jsonl] [--output-format csv|jsonl] [--threads N] [--progress] [FILE|-]`
enum EvaluateCommand {
  static let usage = """
    pomoc evaluate [--format csv|jsonl] [--output-format csv|jsonl] [--threads N] [--progress] [FILE|-]
      Evaluates households (Documentation/BatchTool.md) and writes one result per record to stdout.
      --format          input format (default: from the file name, .jsonl → jsonl, else csv)
      --output-format   output format (default: the input format)
      --threads N       worker threads (default: all processors)
      --progress        progress on stderr (default: only when stderr is a terminal)
    """

  static func run(_ arguments: inout Arguments) throws -> Int32 {
    let evaluator = try LawOptions.evaluator(&arguments)
    let explicitFormat = try LawOptions.format(&arguments)
    let outputFormat = try LawOptions.format(&arguments, name: "--output-format")
    let threads = try LawOptions.threads(&arguments)
    let progress = arguments.flag("--progress") || Console.stderrIsTerminal
    let path = try arguments.positionals(max: 1).first ?? "-"
    let format = LawOptions.inputFormat(explicitFormat, path: path)

    let input = try InputFile(path: path)
    defer { input.close() }
    // A regular file is read twice: first for its duplicate ids (kept on disk, so memory does
    // not grow with the file), then for the evaluation. A pipe can be read only once: its ids
    // are kept in memory (about 24 bytes plus the id per record).
    var duplicates: DuplicateLines?
    if input.size != nil {
      do {
        duplicates = try DuplicateIDScan.scan(descriptor: input.descriptor, format: format)
      } catch {
        throw CommandFailure.data("'\(path)': \(error)")
      }
    }
    var bulk = BulkEvaluation(evaluator: evaluator, format: format, outputFormat: outputFormat, threads: threads,
                              parallelLoop: WorkerThreads.parallelLoop,
                              knownDuplicates: duplicates)
    var meter = ProgressMeter(enabled: progress, totalBytes: input.size)
    var bytesRead = 0
    let summary: BulkEvaluation.Summary
    do {
      try input.forEachChunk { chunk throws in
        bytesRead += chunk.count
        if let duplicates, bytesRead > duplicates.scannedBytes {
          throw CommandFailure.data("'\(path)' changed while it was being read")
        }
        do {
          try bulk.feed(chunk) { Console.write($0) }
        } catch let error as HeaderError {
          throw CommandFailure.data(error.message)
        }
        meter.advance(bytes: chunk.count, records: bulk.summary.records)
      }
      if let duplicates, bytesRead != duplicates.scannedBytes {
        throw CommandFailure.data("'\(path)' changed while it was being read")
      }
      summary = try bulk.finish { Console.write($0) }
    } catch let error as HeaderError {
      throw CommandFailure.data(error.message)
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw CommandFailure.data("\(error)")
    }
    meter.finish(records: summary.records)
    report(summary, path: path)
    return summary.errorRows > 0 ? ExitStatus.recordErrors : ExitStatus.success
  }

  /// The summary on stderr: counts, then the first errors with line and record.
  static func report(_ summary: BulkEvaluation.Summary, path: String) {
    var text = "pomoc evaluate: \(summary.records) records, \(summary.records - summary.errorRows) evaluated, \(summary.errorRows) error rows"
    if summary.blankLines > 0 { text += ", \(summary.blankLines) blank lines skipped" }
    text += "\n"
    for (code, count) in summary.errorCounts.sorted(by: { $0.key < $1.key }) {
      text += "  \(code): \(count)\n"
    }
    for (line, error) in summary.firstErrors {
      text += "  \(path):\(line): \(error)\n"
    }
    if summary.errorRows > summary.firstErrors.count {
      text += "  … \(summary.errorRows - summary.firstErrors.count) more error rows (see the error column)\n"
    }
    Console.error(text)
  }
}

/// Progress on stderr: records, records per second, and an estimate of the time left.
struct ProgressMeter {
  let enabled: Bool
  let totalBytes: Int?
  private let start = Console.nanoseconds()
  private var lastPrint: Int64 = 0
  private var bytes = 0

  init(enabled: Bool, totalBytes: Int?) {
    self.enabled = enabled
    self.totalBytes = totalBytes
  }

  mutating func advance(bytes count: Int, records: Int) {
    guard enabled else { return }
    bytes += count
    let now = Console.nanoseconds()
    guard now - lastPrint >= 1_000_000_000 else { return }
    lastPrint = now
    let elapsed = max(now - start, 1)
    var line = "\r\(records) records, \(Int64(records) * 1_000_000_000 / elapsed) records/s"
    if let totalBytes, bytes > 0, totalBytes > bytes {
      let remaining = elapsed / 1_000_000_000 * Int64(totalBytes - bytes) / Int64(bytes)
      line += ", ETA \(remaining) s"
    }
    Console.error(line + "   ")
  }

  func finish(records: Int) {
    guard enabled else { return }
    let elapsed = max(Console.nanoseconds() - start, 1)
    Console.error("\r\(records) records in \(elapsed / 1_000_000) ms, \(Int64(records) * 1_000_000_000 / elapsed) records/s\n")
  }
}
