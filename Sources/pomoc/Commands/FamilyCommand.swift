import Pomoc
import PomocFormats

/// `pomoc family [FILE|-]` and `pomoc family explain [--id ID] [FILE|-]`: family benefits, the
/// alimony fund, housing and energy allowances (Documentation/FamilyBenefits.md).
enum FamilyCommand {
  static let usage = """
    pomoc family [--threads N] [--progress] [--max-record-bytes N] [FILE|-]
      Decides family benefits, the alimony fund, housing and energy allowances, 500+/800+ and
      the Large Family Card for JSON lines of families (Documentation/FamilyBenefits.md): one
      JSON object per non-empty input line to stdout, in order. Exit 1 when a record is an error.
    pomoc family explain [--id ID] [--max-record-bytes N] [FILE|-]
      Explains one family (the record with --id, else the first): every benefit with each step,
      its article and the parameter values. --json: the output line with its explanations.
    """

  private struct Found: Error {}

  static func run(_ arguments: inout Arguments) throws -> Int32 {
    if arguments.subcommand("explain") { return try explain(&arguments) }
    let threads = try LawOptions.threads(&arguments)
    let maximumRecordBytes = try LawOptions.maximumRecordBytes(&arguments)
    let progress = arguments.flag("--progress") || Console.stderrIsTerminal
    let path = try arguments.positionals(max: 1).first ?? "-"
    // As evaluate reads its input: a regular file is scanned first for repeated ids (on disk)
    // and for a line that is not UTF-8 (then nothing is written); a pipe is read once, its ids
    // held in memory.
    let input = try RecordInput(path: path, format: .jsonl, maximumRecordBytes: maximumRecordBytes, key: .familyID)
    defer { input.close() }
    if let line = input.knownDuplicates?.firstLineNotUTF8 {
      throw CommandFailure.data("'\(path)': line \(line) is not UTF-8")
    }
    var bulk = BulkFamilyEvaluation(
      threads: threads, parallelLoop: WorkerThreads.parallelLoop, knownDuplicates: input.knownDuplicates,
      hasher: input.hasher, maximumRecordBytes: maximumRecordBytes)
    var meter = ProgressMeter(enabled: progress, totalBytes: input.file.size)
    let summary = try input.run(&bulk, to: Console.standardOutput) { bytes, records in
      meter.advance(bytes: bytes, records: records)
    }
    meter.finish(records: summary.records)
    guard summary.records > 0 else { throw CommandFailure.data("'\(path)': no family (no non-empty line)") }
    report(summary, benefitErrors: bulk.benefitErrors, path: path)
    return summary.errorRows > 0 ? ExitStatus.recordErrors : ExitStatus.success
  }

  /// The summary on stderr: counts, the first record errors, the benefits not decided by code.
  static func report(_ summary: BulkFamilyEvaluation.Summary, benefitErrors: [String: Int], path: String) {
    var text =
      "pomoc family: \(summary.records) families, \(summary.records - summary.errorRows) decided, "
      + "\(summary.errorRows) record errors"
    if summary.blankLines > 0 { text += ", \(summary.blankLines) empty lines" }
    text += "\n" + EvaluateCommand.errorDetails(summary, path: path, more: "more record errors")
    if !benefitErrors.isEmpty {
      text += "  benefits not decided: "
      text += benefitErrors.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
      text += "\n"
    }
    Console.error(text)
  }

  static func explain(_ arguments: inout Arguments) throws -> Int32 {
    let wanted = try arguments.option("--id")
    let asJSON = arguments.flag("--json")
    let maximumRecordBytes = try LawOptions.maximumRecordBytes(&arguments)
    let path = try arguments.positionals(max: 1).first ?? "-"
    let file = try InputFile(path: path)
    defer { file.close() }
    var reader = LineReader(maximumLineBytes: maximumRecordBytes)
    let wantedBytes = wanted.map { Array($0.utf8) }
    var found: FamilyJSON.Parsed?
    let look: (LineBatch) throws -> Void = { batch in
      guard !batch.isOverlong else { return }
      for index in batch.lines.indices {
        let line = batch[index]
        if FamilyJSON.isEmptyLine(line) { continue }
        let parsed = FamilyJSON.parse(line: line)
        if let wantedBytes, Array(parsed.id.utf8) != wantedBytes { continue }
        found = parsed
        throw Found()
      }
    }
    do {
      try file.forEachChunk { chunk in try reader.feed(chunk, look) }
      try reader.finish(look)
    } catch is Found {}
    guard let found else {
      throw CommandFailure.data(
        wanted.map { "no family with id '\(EchoedText.cut($0))' in '\(path)'" } ?? "no family in '\(path)'")
    }
    switch found.family {
    case .failure(let error):
      try Console.write(
        asJSON ? FamilyOutput.line(id: found.id, error: error) + "\n" : "Error: \(ErrorText.describe(error))\n")
      return ExitStatus.recordErrors
    case .success(let family):
      let decision: FamilyDecision
      do {
        decision = try FamilyEvaluator.explain(family)
      } catch {
        let failed = PomocError(wrapping: error).for(record: found.id)
        try Console.write(
          asJSON ? FamilyOutput.line(id: found.id, error: failed) + "\n" : "Error: \(ErrorText.describe(failed))\n")
        return ExitStatus.recordErrors
      }
      try Console.write(
        asJSON
          ? FamilyOutput.line(decision, explanation: true) + "\n"
          : decision.rendered(date: family.date, members: family.members.count))
      return ExitStatus.success
    }
  }
}
