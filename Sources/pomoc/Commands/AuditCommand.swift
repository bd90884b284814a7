import Pomoc
import PomocFormats

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `pomoc audit [--summary FILE] [FILE|-]`: a register of issued decisions against the law.
enum AuditCommand {
  static let usage = """
    pomoc audit [--format csv|jsonl] [--output-format csv|jsonl] [--threads N] [--progress]
                [--summary FILE] [--max-record-bytes N] [FILE|-]
      Audits a register of issued decisions (Documentation/Validation.md): the household columns
      of evaluate plus decision_id, benefit (staly, okresowy, celowy, specjalny_celowy, care_fee,
      dps_fee), granted, decision_date, and optionally period_from, period_to, dps_average_cost.
      Writes one row per decision to stdout: the amount the law gives (due) or the legal range
      (range_min, range_max), the verdict (consistent, overpaid, underpaid, not_entitled,
      outside_legal_range), the difference and the article; a summary by benefit and by month
      of the decision date goes to stderr. Exit 1 when any decision is an error row.
      --summary FILE    also write the summary as CSV to FILE
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
    let summaryPath = try arguments.option("--summary")
    if summaryPath?.isEmpty == true { throw CommandFailure.usage("--summary needs a file name") }
    let progress = arguments.flag("--progress") || Console.stderrIsTerminal
    let path = try arguments.positionals(max: 1).first ?? "-"
    let format = LawOptions.inputFormat(explicitFormat, path: path)

    // As evaluate reads its input: a regular file is scanned first for repeated decision ids
    // on disk (memory flat); a pipe is read once and its decision ids are kept in memory. (The
    // household id may repeat: several decisions per household.)
    let input = try RecordInput(
      path: path, format: format, maximumRecordBytes: maximumRecordBytes,
      key: .column(DecisionColumn.columns, slot: DecisionColumn.decisionID.slot))
    defer { input.close() }
    var bulk = BulkAudit(
      evaluator: evaluator, format: format, outputFormat: outputFormat, threads: threads,
      parallelLoop: WorkerThreads.parallelLoop, knownDuplicates: input.knownDuplicates, hasher: input.hasher,
      maximumRecordBytes: maximumRecordBytes)
    var meter = ProgressMeter(enabled: progress, totalBytes: input.file.size)
    // Every row goes to stdout through Console.write, which throws on the first failed write:
    // the audit stops there (exit 74).
    let summary = try input.run(&bulk, to: Console.standardOutput) { bytes, records in
      meter.advance(bytes: bytes, records: records)
    }
    meter.finish(records: summary.records)
    report(summary, path: path)
    if let summaryPath { try writeFile(summaryPath, AuditSummaryFormat.csv(summary.audit)) }
    return summary.errorRows > 0 ? ExitStatus.recordErrors : ExitStatus.success
  }

  /// The summary on stderr: counts, the table by benefit and month, the first errors.
  static func report(_ summary: BulkAudit.Summary, path: String) {
    var text =
      "pomoc audit: \(summary.records) decisions, \(summary.records - summary.errorRows) audited, "
      + "\(summary.errorRows) error rows"
    if summary.blankLines > 0 { text += ", \(summary.blankLines) blank lines skipped" }
    text += "\n" + AuditSummaryFormat.text(summary.audit)
    text += EvaluateCommand.errorDetails(summary.rows, path: path, more: "more error rows (see the error column)")
    Console.error(text)
  }

  /// Writes `text` to a new file at `path` (replacing it) with the loop stdout's rows go
  /// through; a failed open, write or close is exit 74 naming the file.
  static func writeFile(_ path: String, _ text: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw CommandFailure.file(path, errno: errno) }
    var failure = Console.writeAll(Array(text.utf8), to: DescriptorDevice(descriptor: descriptor))
    if closeDescriptor(descriptor) != 0 && failure == 0 && errno != EINTR { failure = errno }
    if failure != 0 { throw CommandFailure.file(path, errno: failure) }
  }
}
