import Pomoc
import PomocFormats

/// `pomoc report --families` and `pomoc compare --families --base DATE --reform DATE`: the
/// population tables and the what-if comparison of the family benefits (JSON lines of families).
enum FamilyReportCommands {
  static let usage = """
    pomoc report --families [--output text|csv] [FILE|-]
    pomoc compare --families --base DATE --reform DATE [--output text|csv] [FILE|-]
      The same for JSON lines of families (pomoc family's input): per benefit the families
      decided and entitled, the persons entitled and the sum of the amounts (by year too); or
      every family decided on two dates, e.g. --base 2024-09-30 --reform 2024-10-01 for the
      alimony fund's raised cap (give the incomes of both base years; income years from a
      scenario's year on are left out for it). Exit 1 when a family was a record error.
    """

  static func run(_ command: String, _ arguments: inout Arguments) throws -> Int32 {
    let output = try arguments.option("--output") ?? "text"
    guard ["text", "csv"].contains(output) else {
      throw CommandFailure.usage("--output must be text or csv with --families")
    }
    var dates: [CivilDate] = []
    if command == "compare" {
      guard let base = try arguments.option("--base"), let reform = try arguments.option("--reform") else {
        throw CommandFailure.usage("compare needs --base and --reform\n" + usage)
      }
      for text in [base, reform] {
        guard let date = CivilDate(text) else {
          throw CommandFailure.usage("with --families, --base and --reform are dates YYYY-MM-DD")
        }
        dates.append(date)
      }
    }
    let maximumRecordBytes = try LawOptions.maximumRecordBytes(&arguments)
    let path = try arguments.positionals(max: 1).first ?? "-"
    // Read as pomoc family reads it: a file's repeated ids found on disk first, a pipe's held
    // in memory; a line that is not UTF-8 rejects the input (exit 65).
    let input = try RecordInput(path: path, format: .jsonl, maximumRecordBytes: maximumRecordBytes, key: .familyID)
    defer { input.close() }
    if let line = input.knownDuplicates?.firstLineNotUTF8 {
      throw CommandFailure.data("'\(path)': line \(line) is not UTF-8")
    }
    var reader = LineReader(maximumLineBytes: maximumRecordBytes)
    var duplicates = input.duplicateCheck()
    var tape = JSONTape()
    var report = FamilyPopulationReport()
    var comparison = FamilyComparison()
    var records = 0
    let handle: (LineBatch) throws -> Void = { batch in
      for index in batch.lines.indices {
        let line = batch[index]
        if !batch.isOverlong && FamilyJSON.isEmptyLine(line) { continue }
        if !batch.isOverlong && !isValidUTF8(line) {
          throw CommandFailure.data("'\(path)': line \(batch.lineNumber(index)) is not UTF-8")
        }
        records += 1
        var parsed = batch.isOverlong ? nil : FamilyJSON.parse(line: line, tape: &tape)
        if let id = parsed?.id,
          Array(id.utf8).withUnsafeBufferPointer({ duplicates.isDuplicate(line: batch.lineNumber(index), id: $0) })
        {
          parsed = nil
        }
        let family = try? parsed?.family.get()
        if command == "compare" {
          func decide(on date: CivilDate) -> FamilyDecision? {
            guard var family else { return nil }
            family.date = date
            // Income years from the scenario's year on cannot be read on that date: left out.
            family.incomes = family.incomes.filter { $0.key < date.year }
            return try? FamilyEvaluator.decide(family)
          }
          comparison.add(base: decide(on: dates[0]), reform: decide(on: dates[1]))
        } else {
          report.add(family.flatMap { try? FamilyEvaluator.decide($0) }, date: family?.date)
        }
      }
    }
    try input.forEachChunk { chunk in try reader.feed(chunk, handle) }
    try reader.finish(handle)
    guard records > 0 else { throw CommandFailure.data("'\(path)': no family (no non-empty line)") }
    if command == "compare" {
      let names = dates.map(\.description)
      try Console.write(output == "csv" ? comparison.csv() : comparison.text(base: names[0], reform: names[1]))
      if comparison.hasErrors {
        Console.error(
          "pomoc compare: \(records) families; record errors: base \(comparison.errorsBase), "
            + "reform \(comparison.errorsReform)\n")
      }
      return comparison.hasErrors ? ExitStatus.recordErrors : ExitStatus.success
    }
    try Console.write(output == "csv" ? report.csv() : report.text())
    if report.hasErrors { Console.error("pomoc report: \(records) families; record errors: \(report.errors)\n") }
    return report.hasErrors ? ExitStatus.recordErrors : ExitStatus.success
  }
}
