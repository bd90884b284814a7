import Pomoc
import PomocFormats

/// `pomoc explain [--format csv|jsonl] [--id ID] [--json] [FILE|-]`: the full explanation of one household.
enum ExplainCommand {
  static let usage = """
    pomoc explain [--format csv|jsonl] [--id ID] [--json] [--max-record-bytes N] [FILE|-]
      Explains the evaluation of one household (the record with --id, compared byte for byte,
      else the first record): every step with its value, the parameter values used and the
      legal basis.
      --json   the explanation as JSON instead of text
    """

  /// Stops the reading once the record is found.
  private struct Found: Error {}

  static func run(_ arguments: inout Arguments) throws -> Int32 {
    let evaluator = try LawOptions.evaluator(&arguments)
    let explicitFormat = try LawOptions.format(&arguments)
    let wanted = try arguments.option("--id")
    let asJSON = arguments.flag("--json")
    let maximumRecordBytes = try LawOptions.maximumRecordBytes(&arguments)
    let path = try arguments.positionals(max: 1).first ?? "-"
    let format = LawOptions.inputFormat(explicitFormat, path: path)
    // The same reader and duplicate check as `pomoc evaluate` (the record found is the
    // first with its id, so never a duplicate, and its line is the line evaluate names).
    let input = try RecordInput(path: path, format: format, maximumRecordBytes: maximumRecordBytes)
    defer { input.close() }
    var stream = RecordStream(
      format: format, duplicates: input.duplicateCheck(),
      maximumRecordBytes: maximumRecordBytes)
    // Ids compare as bytes: "é" written precomposed (NFC) and decomposed (NFD) are two ids.
    let wantedBytes = wanted.map { Array($0.utf8) }
    var found: RecordStream.Item?
    let look: (RecordStream.Item) throws -> Void = { item in
      if let wantedBytes, item.idBytes != wantedBytes { return }
      found = item
      throw Found()
    }
    do {
      try input.forEachChunk { chunk in try stream.feed(chunk, look) }
      try stream.finish(look)
    } catch is Found {
    } catch let error as HeaderError {
      throw CommandFailure.data(error.message)
    }
    guard let found else {
      throw CommandFailure.data(
        wanted.map { "no record with id '\(EchoedText.cut($0))' in '\(path)'" } ?? "no record in '\(path)'")
    }
    return try explain(found, evaluator: evaluator, asJSON: asJSON)
  }

  static func explain(_ item: RecordStream.Item, evaluator: Evaluator, asJSON: Bool) throws -> Int32 {
    var trace = Trace()
    do {
      let request = try item.request.get()
      let result = try evaluator.evaluate(request, trace: &trace)
      if asJSON {
        try Console.write(
          JSONWriter.prettyString(
            .object([
              ("id", .string(item.id)), ("date", .string(request.date.description)),
              ("steps", trace.json()), ("error", .null),
            ])) + "\n")
      } else {
        var text =
          "Household \(EchoedText.cut(item.id)) on \(request.date) (\(request.persons) person\(request.persons == 1 ? "" : "s"))\n\n"
        text += trace.rendered()
        var row: [UInt8] = []
        ResultFormatter.append(id: item.idBytes, result: result, format: .csv, to: &row)
        text += "\nResult (" + ResultColumn.allCases.map(\.name).joined(separator: ",") + "):\n"
        text += String(decoding: row, as: UTF8.self)
        try Console.write(text)
      }
      return ExitStatus.success
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      let failed = PomocError(wrapping: error).for(record: item.id)
      if asJSON {
        try Console.write(
          JSONWriter.prettyString(
            .object([
              ("id", .string(item.id)), ("steps", trace.json()),
              (
                "error",
                .object([
                  ("code", .string(failed.outputCode)),
                  ("message", .string(EchoedText.cut(failed.message, limit: ErrorText.messageLimit))),
                ])
              ),
            ])) + "\n")
      } else {
        try Console.write(trace.rendered() + "Error: \(ErrorText.describe(failed))\n")
      }
      return ExitStatus.recordErrors
    }
  }
}
