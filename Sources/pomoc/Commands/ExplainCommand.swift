import Pomoc
import PomocFormats

/// `pomoc explain [--format csv|jsonl] [--id ID] [--json] [FILE|-]`: the full explanation of one household.
enum ExplainCommand {
  static let usage = """
    pomoc explain [--format csv|jsonl] [--id ID] [--json] [FILE|-]
      Explains the evaluation of one household (the record with --id, else the first record):
      every step with its value, the parameter values used and the legal basis.
      --json   the explanation as JSON instead of text
    """

  static func run(_ arguments: inout Arguments) throws -> Int32 {
    let evaluator = try LawOptions.evaluator(&arguments)
    let explicitFormat = try LawOptions.format(&arguments)
    let wanted = try arguments.option("--id")
    let asJSON = arguments.flag("--json")
    let path = try arguments.positionals(max: 1).first ?? "-"
    let format = LawOptions.inputFormat(explicitFormat, path: path)
    let input = try InputFile(path: path)
    defer { input.close() }
    var bytes = try input.readAll()
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }

    var parser = RecordParser()
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
      line.last == 0x0D ? line.dropLast() : line
    }
    if format == .csv {
      guard let header = lines.first else { throw CommandFailure.data("the input is empty: a CSV input needs a header row") }
      do {
        parser = RecordParser(csvHeader: try Array(header).withUnsafeBufferPointer { b throws in
          try RecordParser.parseHeader(b)
        })
      } catch let error as HeaderError {
        throw CommandFailure.data(error.message)
      }
      lines.removeFirst()
    }
    var record = HouseholdRecord()
    for line in lines where !line.isEmpty {
      Array(line).withUnsafeBufferPointer { parser.parse($0, into: &record) }
      if let wanted, record.id != wanted { continue }
      return explain(record, evaluator: evaluator, asJSON: asJSON)
    }
    throw CommandFailure.data(wanted.map { "no record with id '\($0)' in '\(path)'" } ?? "no record in '\(path)'")
  }

  static func explain(_ record: HouseholdRecord, evaluator: Evaluator, asJSON: Bool) -> Int32 {
    var trace = Trace()
    do {
      let request = try HouseholdRecordDecoder.decode(record)
      let result = try evaluator.evaluate(request, trace: &trace)
      if asJSON {
        Console.write(JSONWriter.prettyString(.object([
          ("id", .string(record.id)), ("date", .string(request.date.description)),
          ("steps", trace.json()), ("error", .null),
        ])) + "\n")
      } else {
        var text = "Household \(record.id) on \(request.date) (\(request.persons) person\(request.persons == 1 ? "" : "s"))\n\n"
        text += trace.rendered()
        var row: [UInt8] = []
        ResultFormatter.append(id: record.id.utf8, result: result, format: .csv, to: &row)
        text += "\nResult (" + ResultColumn.allCases.map(\.name).joined(separator: ",") + "):\n"
        text += String(decoding: row, as: UTF8.self)
        Console.write(text)
      }
      return ExitStatus.success
    } catch {
      let failed = PomocError(wrapping: error).for(record: record.id)
      if asJSON {
        Console.write(JSONWriter.prettyString(.object([
          ("id", .string(record.id)), ("steps", trace.json()),
          ("error", .object([("code", .string(failed.outputCode)), ("message", .string(failed.message))])),
        ])) + "\n")
      } else {
        Console.write(trace.rendered() + "Error: \(failed)\n")
      }
      return ExitStatus.recordErrors
    }
  }
}
