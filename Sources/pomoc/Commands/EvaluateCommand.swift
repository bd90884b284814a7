import Pomoc
import PomocFormats

/// `pomoc evaluate [--format csv|jsonl] [--output-format csv|jsonl] [--threads N] [--progress] [FILE|-]`
enum EvaluateCommand {
  static let usage = """
    pomoc evaluate [--format csv|jsonl] [--output-format csv|jsonl] [--threads N] [--progress]
                   [--max-record-bytes N] [FILE|-]
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
    let maximumRecordBytes = try LawOptions.maximumRecordBytes(&arguments)
    let progress = arguments.flag("--progress") || Console.stderrIsTerminal
    let path = try arguments.positionals(max: 1).first ?? "-"
    let format = LawOptions.inputFormat(explicitFormat, path: path)

    // A regular file is read twice: first for its duplicate ids (kept on disk, so memory does
    // not grow with the file), then for the evaluation. A pipe can be read only once: its ids
    // are kept in memory (the id plus 23 to 46 bytes per record).
    let input = try RecordInput(path: path, format: format, maximumRecordBytes: maximumRecordBytes)
    defer { input.close() }
    var bulk = BulkEvaluation(
      evaluator: evaluator, format: format, outputFormat: outputFormat, threads: threads,
      parallelLoop: WorkerThreads.parallelLoop,
      knownDuplicates: input.knownDuplicates, hasher: input.hasher,
      maximumRecordBytes: maximumRecordBytes)
    var meter = ProgressMeter(enabled: progress, totalBytes: input.file.size)
    // Every row goes to stdout through Console.write, which throws on the first failed write:
    // the evaluation stops there (exit 74). The loop is the one the fuzzer's stream target drives.
    let summary = try input.run(&bulk, to: Console.standardOutput) { bytes, records in
      meter.advance(bytes: bytes, records: records)
    }
    meter.finish(records: summary.records)
    report(summary, path: path)
    return summary.errorRows > 0 ? ExitStatus.recordErrors : ExitStatus.success
  }

  /// The summary on stderr: counts, then the first errors with line and record.
  static func report(_ summary: BulkEvaluation.Summary, path: String) {
    var text =
      "pomoc evaluate: \(summary.records) records, \(summary.records - summary.errorRows) evaluated, \(summary.errorRows) error rows"
    if summary.blankLines > 0 { text += ", \(summary.blankLines) blank lines skipped" }
    text += "\n" + errorDetails(summary, path: path, more: "more error rows (see the error column)")
    Console.error(text)
  }

  /// The lines under a summary's first: the count per error code, the first errors with file,
  /// line and record, and how many more (`more` names them).
  static func errorDetails(_ summary: BulkEvaluation.Summary, path: String, more: String) -> String {
    var text = ""
    for (code, count) in summary.errorCounts.sorted(by: { $0.key < $1.key }) {
      text += "  \(EchoedText.cut(code)): \(count)\n"
    }
    for (line, error) in summary.firstErrors {
      text += "  \(path):\(line): \(ErrorText.describe(error))\n"
    }
    if summary.errorRows > summary.firstErrors.count {
      text += "  … \(summary.errorRows - summary.firstErrors.count) \(more)\n"
    }
    return text
  }
}

/// Errors as the tool shows them: record id, field and message, with any echoed input cut
/// to a short prefix and its length (Documentation/BatchTool.md), so one bad record cannot
/// flood stderr or split its lines.
enum ErrorText {
  /// Messages longer than this are cut (they may quote input, such as a municipality id).
  static let messageLimit = 240

  static func describe(_ error: PomocError) -> String {
    var text = ""
    if let record = error.record { text += "record '\(EchoedText.cut(record))': " }
    if let field = error.field, error.code == .missingField || error.code == .invalidField {
      text += error.code.rawValue + ":" + EchoedText.cut(field)
    } else {
      text += error.code.rawValue
    }
    if !error.message.isEmpty { text += " — " + EchoedText.cut(error.message, limit: messageLimit) }
    return text
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
    var line = "\r\(records) records, \(Self.rate(records, elapsed)) records/s"
    if let totalBytes, bytes > 0, totalBytes > bytes {
      // Time so far × bytes still to read / bytes read, in seconds.
      let remaining = Self.scaled(Int(elapsed), times: totalBytes - bytes, over: bytes) / 1_000_000_000
      line += ", ETA \(remaining) s"
    }
    Console.error(line + "   ")
  }

  func finish(records: Int) {
    guard enabled else { return }
    let elapsed = max(Console.nanoseconds() - start, 1)
    Console.error(
      "\r\(records) records in \(elapsed / 1_000_000) ms, \(Self.rate(records, elapsed)) records/s\n")
  }

  /// Records per second after `nanoseconds` (at least 1), rounded down.
  static func rate(_ records: Int, _ nanoseconds: Int64) -> Int {
    scaled(records, times: 1_000_000_000, over: Int(nanoseconds))
  }

  /// `value × factor / divisor` rounded down, for counts (never negative; `divisor` at least 1):
  /// the product in 128 bits, so no count can overflow it, and the result capped at 9·10^18.
  static func scaled(_ value: Int, times factor: Int, over divisor: Int) -> Int {
    let cap: UInt64 = 9_000_000_000_000_000_000
    let divisor = UInt64(max(divisor, 1))
    let product = UInt64(max(value, 0)).multipliedFullWidth(by: UInt64(max(factor, 0)))
    // The quotient fits in 64 bits only when the high half is below the divisor.
    guard product.high < divisor else { return Int(cap) }
    return Int(min(divisor.dividingFullWidth(product).quotient, cap))
  }
}
