import Pomoc
import PomocFormats

/// `pomoc report` and `pomoc compare`: population summaries and what-if comparisons.
enum ReportCommands {
  static let reportUsage = """
    pomoc report [--format csv|jsonl] [--output text|csv|html] [--threads N] [--max-record-bytes N] [FILE|-]
      Summary of a population in the shape of an annual report's tables (households and
      persons per benefit, sums of amounts; by year, household size, art. 7 reason and income
      per person against the criterion). --output html: one self-contained page (tables and
      charts, no scripts, opens offline). Exit 1 when any record was an error row (counted in
      the tables).
    """

  static let compareUsage = """
    pomoc compare --base DATE|PARAMS.json --reform DATE|PARAMS.json [--format csv|jsonl] [--output text|csv|html]
                  [--threads N] [--max-record-bytes N] [FILE|-]
      The same population under two scenarios: every household decided on DATE, or under the
      parameters of PARAMS.json (merged into the bundled law). Reports households gaining or
      losing each benefit and the change in monthly cost (--output html: a page with charts).
      Exit 1 when any record was an error in either scenario (counted in the output).
    """

  static let usage = reportUsage + "\n" + compareUsage + "\n" + FamilyReportCommands.usage

  /// A scenario: a date to decide every household on, and/or an evaluator.
  struct Scenario {
    var name: String
    var date: CivilDate?
    var batch: BatchEvaluator
  }

  static func scenario(_ text: String, base: Evaluator, threads: Int) throws -> Scenario {
    if let date = CivilDate(text) {
      return Scenario(name: text, date: date, batch: BatchEvaluator(evaluator: base, maximumConcurrency: threads))
    }
    var evaluator = base
    evaluator.parameters = try LawOptions.readLaw(text) { try base.parameters.merging(json: $0) }
    return Scenario(name: text, date: nil, batch: BatchEvaluator(evaluator: evaluator, maximumConcurrency: threads))
  }

  static func run(_ command: String, _ arguments: inout Arguments) async throws -> Int32 {
    if arguments.flag("--families") { return try FamilyReportCommands.run(command, &arguments) }
    let evaluator = try LawOptions.evaluator(&arguments)
    let explicitFormat = try LawOptions.format(&arguments)
    let output = try arguments.option("--output") ?? "text"
    guard ["text", "csv", "html"].contains(output) else {
      throw CommandFailure.usage("--output must be text, csv or html")
    }
    let threads = try LawOptions.threads(&arguments)
    var scenarios: [Scenario] = []
    if command == "compare" {
      guard let base = try arguments.option("--base"), let reform = try arguments.option("--reform") else {
        throw CommandFailure.usage("compare needs --base and --reform\n" + compareUsage)
      }
      scenarios = [
        try scenario(base, base: evaluator, threads: threads), try scenario(reform, base: evaluator, threads: threads),
      ]
    } else {
      scenarios = [
        Scenario(
          name: "bundled law", date: nil, batch: BatchEvaluator(evaluator: evaluator, maximumConcurrency: threads))
      ]
    }
    let maximumRecordBytes = try LawOptions.maximumRecordBytes(&arguments)
    let path = try arguments.positionals(max: 1).first ?? "-"
    let format = LawOptions.inputFormat(explicitFormat, path: path)
    // The reader and the duplicate check of `pomoc evaluate`: ids of a regular file are
    // found by a scan on disk, ids of a pipe are held in memory.
    let input = try RecordInput(path: path, format: format, maximumRecordBytes: maximumRecordBytes)
    defer { input.close() }

    var stream = RecordStream(
      format: format, duplicates: input.duplicateCheck(), maximumRecordBytes: maximumRecordBytes)
    var report = PopulationReport()
    var comparison = ScenarioComparison()
    /// At most this many requests wait for evaluation (bounded memory).
    let batchLimit = 65_536
    var pending: [EvaluationRequest] = []
    func flush() async {
      guard !pending.isEmpty else { return }
      var outcomes: [[Result<EvaluationResult, PomocError>]] = []
      for scenario in scenarios {
        if let date = scenario.date {
          outcomes.append(
            await scenario.batch.evaluate(
              pending.map {
                var r = $0; r.date = date; return r
              }))
        } else {
          outcomes.append(await scenario.batch.evaluate(pending))
        }
      }
      for index in pending.indices {
        if command == "compare" {
          comparison.add(base: outcomes[0][index], reform: outcomes[1][index])
        } else {
          report.add(pending[index], outcomes[0][index])
        }
      }
      pending.removeAll(keepingCapacity: true)
    }
    let handle: (RecordStream.Item) -> Void = { item in
      switch item.request {
      case .success(let request):
        pending.append(request)
      case .failure:
        // Not even a request: counted apart, and an error for the exit status.
        report.addUnreadable()
        comparison.addUnreadable()
      }
    }
    do {
      try await input.forEachCopiedChunk { (chunk: [UInt8]) async throws in
        try chunk.withUnsafeBufferPointer { try stream.feed($0, handle) }
        if pending.count >= batchLimit { await flush() }
      }
      try stream.finish(handle)
    } catch let error as HeaderError {
      throw CommandFailure.data(error.message)
    }
    await flush()
    let hasErrors: Bool
    let source = path == "-" ? "stdin" : path
    if command == "compare" {
      let base = scenarios[0].name
      let reform = scenarios[1].name
      switch output {
      case "csv": try Console.write(comparison.csv())
      case "html": try Console.write(comparison.html(base: base, reform: reform, source: source))
      default: try Console.write(comparison.text(base: base, reform: reform))
      }
      hasErrors = comparison.hasErrors
      if hasErrors {
        Console.error(
          "pomoc compare: \(stream.records) records; error rows: base \(comparison.errorsBase), "
            + "reform \(comparison.errorsReform); unreadable records: \(comparison.unreadable)\n")
      }
    } else {
      switch output {
      case "csv": try Console.write(report.csv())
      case "html": try Console.write(report.html(source: source))
      default: try Console.write(report.text())
      }
      hasErrors = report.hasErrors
      if hasErrors {
        Console.error(
          "pomoc report: \(stream.records) records; error rows: \(report.total.errors); "
            + "unreadable records: \(report.unreadable)\n")
      }
    }
    return hasErrors ? ExitStatus.recordErrors : ExitStatus.success
  }
}
