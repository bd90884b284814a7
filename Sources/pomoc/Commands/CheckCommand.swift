import Pomoc
import PomocFormats

/// `pomoc check [--format csv|jsonl] [FILE…|-]`: files of expected outcomes.
enum CheckCommand {
  static let usage = """
    pomoc check [--format csv|jsonl] [--max-record-bytes N] [FILE…|-]
      Checks files of expected outcomes (Documentation/Validation.md): the household columns of
      evaluate plus expect_<column> columns (expect_permanent, expect_error, …). A case passes
      when every expected cell equals the cell evaluate writes (amounts to the grosz; an empty
      expected cell expects an empty cell). Prints each failure (file, line, case, column,
      expected and actual, the explanation step with its legal basis), then "K/N cases pass".
      Exit 0 when every case passes, 1 otherwise.
      --format   input format of every FILE (default: from the name, .jsonl → jsonl, else csv)
    """

  static func run(_ arguments: inout Arguments) throws -> Int32 {
    let evaluator = try LawOptions.evaluator(&arguments)
    let explicitFormat = try LawOptions.format(&arguments)
    let maximumRecordBytes = try LawOptions.maximumRecordBytes(&arguments)
    var paths = try arguments.positionals(max: Int.max)
    if paths.isEmpty { paths = ["-"] }
    var cases = 0
    var failed = 0
    for path in paths {
      let (fileCases, fileFailed) = try check(
        path, format: LawOptions.inputFormat(explicitFormat, path: path), evaluator: evaluator,
        maximumRecordBytes: maximumRecordBytes)
      cases += fileCases
      failed += fileFailed
    }
    try Console.write("\(cases - failed)/\(cases) cases pass\n")
    return failed == 0 ? ExitStatus.success : ExitStatus.recordErrors
  }

  /// Checks one file, writing its failures as they are found; returns its cases and failed cases.
  /// A file that cannot be read as a whole stops the run (exit 65, nothing of it written).
  static func check(
    _ path: String, format: RecordFormat, evaluator: Evaluator, maximumRecordBytes: Int
  ) throws -> (cases: Int, failed: Int) {
    let file = try InputFile(path: path)
    defer { file.close() }
    // Test files are small: the ids seen are kept in memory, as for evaluate on a pipe.
    var stream = CheckStream(format: format, maximumRecordBytes: maximumRecordBytes)
    var cases = 0
    var failed = 0
    var text = ""
    let handle: (CheckStream.Item) -> Void = { item in
      cases += 1
      let failures = item.failures(evaluator: evaluator)
      guard !failures.isEmpty else { return }
      failed += 1
      for failure in failures {
        text +=
          failure.text(
            location: "\(path):\(item.line)", shownID: EchoedText.cut(item.id),
            cut: { EchoedText.cut($0, limit: ErrorText.messageLimit) }) + "\n"
      }
    }
    do {
      try file.forEachChunk { chunk throws in
        try stream.feed(chunk, handle)
        try flush(&text)
      }
      try stream.finish(handle)
      try flush(&text)
    } catch let error as HeaderError {
      throw CommandFailure.data("\(path): \(error.message)")
    }
    return (cases, failed)
  }

  private static func flush(_ text: inout String) throws {
    guard !text.isEmpty else { return }
    defer { text = "" }
    try Console.write(text)
  }
}
